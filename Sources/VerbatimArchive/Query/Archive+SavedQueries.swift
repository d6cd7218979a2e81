import Foundation
import GRDB

/// A query kept in the archive (`saved_queries`), in the manner of Datasette's canned queries: SQL with `:named`
/// parameters, or a question for `ask`.
public struct SavedQuery: Sendable, Equatable {
    public var name: String
    public var description: String?
    public var sql: String?
    public var question: String?

    public init(name: String, description: String? = nil, sql: String? = nil, question: String? = nil) {
        self.name = name
        self.description = description
        self.sql = sql
        self.question = question
    }

    /// A query read from a `.sql` file: its name is the file's base name, its description the `--` comment lines
    /// that open it.
    ///
    /// - Throws: ``ArchiveError`` naming the file when it cannot be read or holds no SQL.
    public static func load(file path: String) throws -> SavedQuery {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ArchiveError("\(path): cannot be read as UTF-8 text")
        }
        var description: [String] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let first = lines.first, first.hasPrefix("--") {
            description.append(first.dropFirst(2).trimmingCharacters(in: .whitespaces))
            lines.removeFirst()
        }
        let sql = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !sql.isEmpty else { throw ArchiveError("\(path): holds no SQL") }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return SavedQuery(name: name, description: description.isEmpty ? nil : description.joined(separator: " "),
                          sql: sql)
    }
}

extension Archive {
    /// Saves `query`, replacing one of the same name. SQL must be one statement that only reads.
    ///
    /// - Throws: ``ArchiveError`` naming the query when it has no name, both or neither of SQL and question, SQL
    ///   that does not compile or that would write, or a question `ask` does not understand.
    public func save(_ query: SavedQuery) throws {
        let name = query.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ArchiveError("a saved query needs a name") }
        guard (query.sql == nil) != (query.question == nil) else {
            throw ArchiveError("saved query '\(name)': give either SQL or a question")
        }
        if let sql = query.sql {
            try withSavedQueryConnection { db, authorizer in
                _ = try Self.readOnlyStatement(sql, name: name, db: db, authorizer: authorizer)
            }
        }
        if let question = query.question, Question.parse(question) == nil {
            throw ArchiveError("saved query '\(name)': cannot understand the question '\(question)'")
        }
        try write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO saved_queries(name, description, sql, question, created_at)
                VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """, arguments: [name, query.description, query.sql, query.question])
        }
    }

    /// The saved queries: name, description, what they run, and their parameters.
    public func savedQueries() throws -> ResultTable {
        try read { db in
            try ResultTable.fetch(db, sql: """
                SELECT name, description, coalesce(question, sql) AS query, created_at FROM saved_queries ORDER BY name
                """)
        }
    }

    /// Runs the saved query `name` with `parameters` for its `:named` parameters, on a read-only connection.
    ///
    /// - Throws: ``ArchiveError`` when no query has that name, a parameter is missing, or the SQL would write.
    public func runSavedQuery(_ name: String, parameters: [String: String] = [:], limit: Int = 20) throws -> ResultTable {
        guard let query = try read({ db in
            try Row.fetchOne(db, sql: "SELECT name, description, sql, question FROM saved_queries WHERE name = ?",
                             arguments: [name])
        }) else {
            let names = try read { db in try String.fetchAll(db, sql: "SELECT name FROM saved_queries ORDER BY name") }
            throw ArchiveError("no saved query '\(name)'" + (names.isEmpty ? "" : "; saved: " + names.joined(separator: ", ")))
        }
        if let question: String = query["question"] {
            guard let parsed = Question.parse(question) else {
                throw ArchiveError("saved query '\(name)': cannot understand the question '\(question)'")
            }
            return try answer(parsed, limit: limit).table
        }
        let sql: String = query["sql"]
        return try withSavedQueryConnection { db, authorizer in
            let statement = try Self.readOnlyStatement(sql, name: name, db: db, authorizer: authorizer)
            var arguments: [String: DatabaseValueConvertible?] = [:]
            for parameter in Self.parameterNames(sql) {
                guard let value = parameters[parameter] else {
                    throw ArchiveError("saved query '\(name)' needs --param \(parameter)=VALUE")
                }
                arguments[parameter] = value
            }
            statement.arguments = StatementArguments(arguments)
            do {
                return try ResultTable.fetch(statement)
            } catch is DatabaseError where authorizer.denied != nil {
                // What the query reads may compile more as it runs (the full-text index's own queries).
                throw ArchiveError("saved query '\(name)' is refused: it would \(authorizer.denied!), and saved queries only read")
            }
        }
    }

    /// Removes the saved query `name`.
    ///
    /// - Throws: ``ArchiveError`` when no query has that name.
    public func removeSavedQuery(_ name: String) throws {
        let removed = try write { db in
            try db.execute(sql: "DELETE FROM saved_queries WHERE name = ?", arguments: [name])
            return db.changesCount
        }
        if removed == 0 { throw ArchiveError("no saved query '\(name)'") }
    }

    /// Runs `body` on a connection of its own to the archive, opened read-only, that cannot attach a database and
    /// whose authorizer denies anything but reading (``SavedQueryAuthorizer``); the connection is closed after.
    func withSavedQueryConnection<T>(_ body: (Database, SavedQueryAuthorizer) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.inDatabase { db in
            try SavedQueryAuthorizer.guarding(db) { authorizer in try body(db, authorizer) }
        }
    }

    /// `sql` compiled on `db`, guarded by `authorizer`, when it is one statement that only reads.
    ///
    /// What the statement does is SQLite's answer, not the text's: the authorizer hears every table it would write,
    /// every database it would attach and every PRAGMA it would run, and `sqlite3_stmt_readonly` whether it would
    /// change a database file at all (`VACUUM INTO` does, and is reported to the authorizer only as it runs).
    ///
    /// - Throws: ``ArchiveError`` naming the query when it holds no statement or more than one, does not compile,
    ///   or would do anything but read.
    static func readOnlyStatement(_ sql: String, name: String, db: Database, authorizer: SavedQueryAuthorizer) throws
        -> Statement
    {
        func refused(_ reason: String) -> ArchiveError { ArchiveError("saved query '\(name)' is refused: \(reason)") }
        let statements = try db.allStatements(sql: sql)
        let first: Statement?
        do {
            first = try statements.next()
        } catch let error as DatabaseError {
            if let denied = authorizer.denied { throw refused("it would \(denied), and saved queries only read") }
            throw refused(error.message ?? "\(error)")
        }
        guard let statement = first else { throw refused("it holds no SQL statement") }
        // The rest is compiled too (nothing runs), and anything there, even what does not compile, is a second one.
        let more: Bool
        do { more = try statements.next() != nil } catch { more = true }
        if more { throw refused("it holds more than one statement, and a saved query is one") }
        guard statement.isReadonly else { throw refused("it would write, and saved queries only read") }
        return statement
    }

    /// The `:named` parameters of `sql`, in order, each once (not inside quoted strings: `'%H:%M'`).
    static func parameterNames(_ sql: String) -> [String] {
        var names: [String] = []
        var i = sql.startIndex
        var quote: Character? = nil
        while i < sql.endIndex {
            if let q = quote {
                if sql[i] == q { quote = nil }
                i = sql.index(after: i)
                continue
            }
            if sql[i] == "'" || sql[i] == "\"" {
                quote = sql[i]
                i = sql.index(after: i)
                continue
            }
            if sql[i] == ":", let next = sql.index(i, offsetBy: 1, limitedBy: sql.endIndex), next < sql.endIndex,
               sql[next].isLetter || sql[next] == "_" {
                var end = next
                while end < sql.endIndex, sql[end].isLetter || sql[end].isNumber || sql[end] == "_" { end = sql.index(after: end) }
                let name = String(sql[next..<end])
                if !names.contains(name) { names.append(name) }
                i = end
            } else {
                i = sql.index(after: i)
            }
        }
        return names
    }
}
