import GRDB
import GRDBSQLite

/// What a saved query may do, as SQLite itself reports it while it compiles the query (`sqlite3_set_authorizer`):
/// read tables and views, call functions, and run the PRAGMAs that only report (``reportingPragmas``). Anything else
/// — writing, creating, dropping, attaching, detaching, transactions, other PRAGMAs — is denied, and the first
/// denial is kept to name in the refusal.
///
/// Installing it replaces GRDB's own authorizer on the connection, which GRDB registers once per connection and
/// relies on to describe statements; so it is installed only on a connection opened for a saved query alone
/// (``Archive/withSavedQueryConnection(_:)``) and thrown away after.
final class SavedQueryAuthorizer {
    /// What the first action denied would have done (`insert into statements`, `attach 'x.db'`), nil when none was.
    private(set) var denied: String?

    /// PRAGMAs that report without changing anything, allowed without an argument.
    static let reportingPragmas: Set<String> = [
        "application_id", "collation_list", "compile_options", "data_version", "database_list", "encoding",
        "foreign_key_check", "foreign_key_list", "foreign_keys", "freelist_count", "function_list", "index_info",
        "index_list", "index_xinfo", "integrity_check", "module_list", "page_count", "page_size", "pragma_list",
        "quick_check", "schema_version", "table_info", "table_list", "table_xinfo", "user_version",
    ]
    /// PRAGMAs whose argument names what to report on (`table_info(statements)`), rather than a value to set.
    static let describingPragmas: Set<String> = [
        "foreign_key_check", "foreign_key_list", "index_info", "index_list", "index_xinfo", "integrity_check",
        "quick_check", "table_info", "table_list", "table_xinfo",
    ]

    /// The tables of the schema itself, as the authorizer names them.
    static let schemaTables: Set<String> = ["sqlite_master", "sqlite_temp_master"]

    /// Runs `body` with an authorizer guarding `db` (which also may attach no database), and removes it after.
    ///
    /// The connection is left without GRDB's authorizer: it must not be used for anything else afterwards.
    static func guarding<T>(_ db: Database, _ body: (SavedQueryAuthorizer) throws -> T) throws -> T {
        let authorizer = SavedQueryAuthorizer()
        let connection = db.sqliteConnection
        _ = sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_set_authorizer(connection, { context, action, first, second, _, _ in
            Unmanaged<SavedQueryAuthorizer>.fromOpaque(context!).takeUnretainedValue()
                .authorize(action, first.map { String(cString: $0) }, second.map { String(cString: $0) })
        }, Unmanaged.passUnretained(authorizer).toOpaque())
        defer { sqlite3_set_authorizer(connection, nil, nil) }
        return try withExtendedLifetime(authorizer) { try body(authorizer) }
    }

    private func authorize(_ action: CInt, _ first: String?, _ second: String?) -> CInt {
        guard let refusal = Self.refusal(action, first, second) else { return SQLITE_OK }
        if denied == nil { denied = refusal }
        return SQLITE_DENY
    }

    /// What an action would do when a saved query may not do it, nil when it only reads.
    ///
    /// `first` and `second` are the authorizer's first two arguments: a table or index and its table, a PRAGMA and
    /// its argument, a file and nothing, and so on (see `sqlite3_set_authorizer`).
    static func refusal(_ action: CInt, _ first: String?, _ second: String?) -> String? {
        let name = first ?? ""
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE:
            return nil
        case SQLITE_INSERT where schemaTables.contains(name), SQLITE_UPDATE where schemaTables.contains(name),
             SQLITE_DELETE where schemaTables.contains(name):
            // The schema's own rows: a CREATE or DROP reports them before itself, and SQLite reports them while it
            // connects a virtual table (the full-text index, `pragma_table_info`), whose declaration it parses as a
            // CREATE TABLE. The CREATE, DROP or ALTER itself is refused below; and a query cannot write the schema
            // table directly without `PRAGMA writable_schema`, which is refused too.
            return nil
        case SQLITE_PRAGMA:
            let pragma = name.lowercased()
            if let value = second {
                return describingPragmas.contains(pragma) ? nil : "run PRAGMA \(name) = \(value)"
            }
            return reportingPragmas.contains(pragma) ? nil : "run PRAGMA \(name)"
        case SQLITE_INSERT: return "insert into \(name)"
        case SQLITE_UPDATE: return "update \(name)"
        case SQLITE_DELETE: return "delete from \(name)"
        case SQLITE_ATTACH: return "attach '\(name)'"
        case SQLITE_DETACH: return "detach \(name)"
        case SQLITE_ALTER_TABLE: return "alter table \(second ?? "")"
        case SQLITE_ANALYZE: return "analyze \(name)"
        case SQLITE_REINDEX: return "reindex \(name)"
        case SQLITE_TRANSACTION: return "run \(name)"
        case SQLITE_SAVEPOINT: return "run SAVEPOINT \(second ?? "")"
        case SQLITE_CREATE_INDEX, SQLITE_CREATE_TEMP_INDEX: return "create index \(name)"
        case SQLITE_CREATE_TABLE, SQLITE_CREATE_TEMP_TABLE: return "create table \(name)"
        case SQLITE_CREATE_TRIGGER, SQLITE_CREATE_TEMP_TRIGGER: return "create trigger \(name)"
        case SQLITE_CREATE_VIEW, SQLITE_CREATE_TEMP_VIEW: return "create view \(name)"
        case SQLITE_CREATE_VTABLE: return "create virtual table \(name)"
        case SQLITE_DROP_INDEX, SQLITE_DROP_TEMP_INDEX: return "drop index \(name)"
        case SQLITE_DROP_TABLE, SQLITE_DROP_TEMP_TABLE: return "drop table \(name)"
        case SQLITE_DROP_TRIGGER, SQLITE_DROP_TEMP_TRIGGER: return "drop trigger \(name)"
        case SQLITE_DROP_VIEW, SQLITE_DROP_TEMP_VIEW: return "drop view \(name)"
        case SQLITE_DROP_VTABLE: return "drop virtual table \(name)"
        default: return "do what SQLite calls action \(action)"
        }
    }
}
