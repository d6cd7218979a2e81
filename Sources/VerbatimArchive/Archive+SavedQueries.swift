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
            try read { db in _ = try Self.readOnlyStatement(sql, name: name, db: db) }
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
        return try read { db in
            let statement = try Self.readOnlyStatement(sql, name: name, db: db)
            var arguments: [String: DatabaseValueConvertible?] = [:]
            for parameter in Self.parameterNames(sql) {
                guard let value = parameters[parameter] else {
                    throw ArchiveError("saved query '\(name)' needs --param \(parameter)=VALUE")
                }
                arguments[parameter] = value
            }
            statement.arguments = StatementArguments(arguments)
            return try ResultTable.fetch(statement)
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

    /// `sql` compiled, when it is one statement that only reads the archive.
    static func readOnlyStatement(_ sql: String, name: String, db: Database) throws -> Statement {
        let words = sql.uppercased().split(whereSeparator: { !$0.isLetter }).prefix(1)
        // ATTACH and DETACH count as read-only to SQLite, as they change the connection, not the file.
        if let first = words.first, ["ATTACH", "DETACH", "PRAGMA", "VACUUM"].contains(first) {
            throw ArchiveError("saved query '\(name)' is refused: it would run \(first), and saved queries only read")
        }
        let statement: Statement
        do {
            statement = try db.makeStatement(sql: sql)
        } catch {
            throw ArchiveError("saved query '\(name)' is refused: \(error)")
        }
        guard statement.isReadonly else {
            throw ArchiveError("saved query '\(name)' is refused: it would change the archive, and saved queries only read")
        }
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
