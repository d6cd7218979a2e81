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
    private let width: Int
    /// The SQL of a full statement.
    private let fullSQL: String
    /// The rows not inserted yet.
    private var rows: [[DatabaseValue]] = []
    /// The statements GRDB has been told their arguments are bound (see ``GRDB/Statement/run(rows:texts:)``).
    private var primed: [Statement] = []
    /// Where the texts of the rows are copied for SQLite to read them in place.
    private var texts: [UInt8] = [0]

    init(table: String, columns: [String]) {
        prefix = "INSERT INTO \(table)(\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES "
        width = columns.count
        fullSQL = Self.sql(prefix: prefix, width: width, rows: Self.rowsPerStatement)
        rows.reserveCapacity(Self.rowsPerStatement)
    }

    /// The statement's SQL for `rows` rows.
    private func sql(rows: Int) -> String {
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
        var bytes = 0
        for row in rows {
            for value in row {
                if case .string(let text) = value.storage { bytes += text.utf8.count }
            }
        }
        if texts.count <= bytes { texts = [UInt8](repeating: 0, count: max(bytes + 1, 2 * texts.count)) }
        try texts.withUnsafeMutableBytes { texts in try statement.run(rows: rows, texts: texts) }
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
    /// the rows. Texts are copied into `texts`, which SQLite reads in place while the statement runs: bound as
    /// copies, each cost SQLite an allocation, and freeing it at the next binding. The bindings are cleared once the
    /// statement ran, so that none outlives `texts`. The statement stays GRDB's, prepared, cached and stepped by it;
    /// only the binding is done here.
    ///
    /// - Precondition: `rows` have a value for each parameter, `texts` room for their texts' UTF-8 bytes and one
    ///   byte more, and GRDB was told the statement's arguments are set (`setUncheckedArguments`), so that it steps
    ///   the statement as it is bound.
    func run(rows: [[DatabaseValue]], texts: UnsafeMutableRawBufferPointer) throws {
        let handle = sqliteStatement
        // A statement that ran must be reset before it takes new values.
        sqlite3_reset(handle)
        defer { sqlite3_clear_bindings(handle) }
        var index: CInt = 1
        var used = 0
        for row in rows {
            for value in row {
                let code: CInt
                switch value.storage {
                case .null:
                    code = sqlite3_bind_null(handle, index)
                case .int64(let v):
                    code = sqlite3_bind_int64(handle, index, v)
                case .double(let v):
                    code = sqlite3_bind_double(handle, index, v)
                case .string(let v):
                    let start = texts.baseAddress! + used
                    var count = 0
                    if v.utf8.withContiguousStorageIfAvailable({ (bytes) -> Void in
                        if let source = bytes.baseAddress { start.copyMemory(from: source, byteCount: bytes.count) }
                        count = bytes.count
                    }) == nil {
                        for byte in v.utf8 {
                            start.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
                            count += 1
                        }
                    }
                    used += count
                    code = sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), CInt(count), nil)
                case .blob(let v):
                    code = v.withUnsafeBytes {
                        sqlite3_bind_blob(handle, index, $0.baseAddress, CInt($0.count), sqliteTransient)
                    }
                }
                guard code == SQLITE_OK else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot bind argument \(index)",
                                        sql: sql)
                }
                index += 1
            }
        }
        try execute()
    }
}

/// SQLite copies the text or blob before the call returns.
private let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
