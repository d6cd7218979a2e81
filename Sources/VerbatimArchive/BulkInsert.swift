import GRDB
import GRDBSQLite

/// Rows of one table gathered as an import writes them, and inserted ``rowsPerStatement`` to a statement.
///
/// An import stores about a hundred rows per article in a few tables nothing reads until it ends. One `INSERT` per
/// row paid SQLite's per-statement work (open the table, start, halt, reset) and GRDB's per-execution checks for each
/// of them, half of what a row cost. Here a statement inserts 32 rows: their values are bound straight to its SQLite
/// statement, the statement stays GRDB's, prepared, cached and stepped by it. The rows must carry their ids, when
/// other rows refer to them: SQLite's last inserted rowid is the statement's last row.
struct BulkInsert {
    /// The rows one full statement inserts.
    static let rowsPerStatement = 32

    /// `INSERT INTO table(columns) VALUES `, without the rows.
    private let prefix: String
    /// Values per row.
    let width: Int
    /// The SQL of a full statement.
    private let fullSQL: String
    /// The rows not inserted yet.
    private var rows: [[DatabaseValue]] = []
    /// The statements GRDB has been told their arguments are bound (see ``GRDB/Statement/run(_:)``).
    private var primed: [Statement] = []

    init(table: String, columns: [String]) {
        prefix = "INSERT INTO \(table)(\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES "
        width = columns.count
        fullSQL = Self.sql(prefix: prefix, width: width, rows: Self.rowsPerStatement)
        rows.reserveCapacity(Self.rowsPerStatement)
    }

    /// The statement's SQL for `rows` rows.
    func sql(rows: Int) -> String {
        Self.sql(prefix: prefix, width: width, rows: rows)
    }

    private static func sql(prefix: String, width: Int, rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
        return prefix + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Adds one row (``width`` values), inserting the rows gathered once they fill a statement.
    mutating func append(_ row: consuming [DatabaseValue], db: Database) throws {
        precondition(row.count == width, "a row of \(row.count) values for \(width) columns")
        rows.append(row)
        if rows.count == Self.rowsPerStatement { try flush(db) }
    }

    /// Inserts the rows gathered, a statement of fewer rows for the last ones.
    mutating func flush(_ db: Database) throws {
        guard !rows.isEmpty else { return }
        let statement = try db.cachedStatement(sql: rows.count == Self.rowsPerStatement ? fullSQL : sql(rows: rows.count))
        if !primed.contains(where: { $0 === statement }) {
            // Clears its bindings and tells GRDB they are set: it then only resets the statement before stepping.
            statement.setUncheckedArguments([])
            primed.append(statement)
        }
        try statement.run(rows: rows)
        rows.removeAll(keepingCapacity: true)
    }

    /// Forgets the rows gathered.
    mutating func discard() {
        rows.removeAll(keepingCapacity: true)
    }
}

extension GRDB.Statement {
    /// Runs the statement with values already converted, bound straight to its SQLite statement.
    ///
    /// GRDB's arguments convert each value through a protocol at run time (an array literal boxes them; a typed
    /// sequence goes through a key path) and clear every binding first: with 300 parameters that cost more than
    /// the rows. The statement stays GRDB's, prepared, cached and stepped by it; only the binding is done here.
    ///
    /// - Precondition: `rows` have a value for each parameter, and GRDB was told the statement's arguments are set
    ///   (`setUncheckedArguments`), so that it steps the statement as it is bound.
    func run(rows: [[DatabaseValue]]) throws {
        let handle = sqliteStatement
        // A statement that ran must be reset before it takes new values.
        sqlite3_reset(handle)
        var index: CInt = 1
        for row in rows {
            for value in row {
                let code = Self.bind(value, at: index, to: handle)
                guard code == SQLITE_OK else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind argument \(index)",
                                        sql: sql)
                }
                index += 1
            }
        }
        try execute()
    }

    /// Binds `value` to parameter `index`; SQLite's result code.
    private static func bind(_ value: DatabaseValue, at index: CInt, to handle: SQLiteStatement) -> CInt {
        switch value.storage {
        case .null:
            return sqlite3_bind_null(handle, index)
        case .int64(let v):
            return sqlite3_bind_int64(handle, index, v)
        case .double(let v):
            return sqlite3_bind_double(handle, index, v)
        case .string(let v):
            // The string's own UTF-8 bytes, not a C string made of them.
            return v.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.withMemoryRebound(to: CChar.self) { text in
                    text.baseAddress.map { sqlite3_bind_text(handle, index, $0, CInt(text.count), sqliteTransient) }
                        ?? sqlite3_bind_text(handle, index, "", 0, sqliteTransient)
                }
            } ?? sqlite3_bind_text(handle, index, v, -1, sqliteTransient)
        case .blob(let v):
            return v.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, CInt($0.count), sqliteTransient) }
        }
    }
}

/// SQLite copies the text or blob before the call returns.
private let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
