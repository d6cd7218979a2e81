import GRDB

extension Archive {
    /// A saved query as its page shows it: what it is and the parameters it takes.
    public struct SavedQueryInfo: Sendable, Equatable {
        public var query: SavedQuery
        /// Its `:named` parameters, in order, each once (none for a question).
        public var parameters: [String]
    }

    /// The saved query `name`, or nil when there is none.
    public func savedQuery(_ name: String) throws -> SavedQueryInfo? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT name, description, sql, question FROM saved_queries WHERE name = ?
                """, arguments: [name]) else { return nil }
            let query = SavedQuery(name: row["name"], description: row["description"], sql: row["sql"],
                                   question: row["question"])
            return SavedQueryInfo(query: query, parameters: query.sql.map(Self.parameterNames) ?? [])
        }
    }

    /// A page of the rows of the saved query `name` run with `parameters`, on the read-only connection of
    /// ``runSavedQuery(_:parameters:limit:)`` under the same rule: SQL that would do more than read is refused.
    /// Rows are read up to the page's end and no further.
    ///
    /// - Throws: ``ArchiveError`` when no query has that name, a parameter is missing, or the SQL would write.
    public func runSavedQuery(_ name: String, parameters: [String: String], paging: Paging) throws -> Listing {
        guard let info = try savedQuery(name) else {
            throw ArchiveError("no saved query '\(name)'")
        }
        if let question = info.query.question {
            guard let parsed = Question.parse(question) else {
                throw ArchiveError("saved query '\(name)': cannot understand the question '\(question)'")
            }
            let table = try answer(parsed, limit: min(paging.offset + paging.size + 1, Self.maxAnswers)).table
            return Listing(ResultTable(columns: table.columns, rows: Array(table.rows.dropFirst(paging.offset))), paging)
        }
        let sql = info.query.sql ?? ""
        return try withSavedQueryConnection { db, authorizer in
            let statement = try Self.readOnlyStatement(sql, name: name, db: db, authorizer: authorizer)
            var arguments: [String: DatabaseValueConvertible?] = [:]
            for parameter in info.parameters {
                guard let value = parameters[parameter] else {
                    throw ArchiveError("saved query '\(name)' needs the parameter \(parameter)")
                }
                arguments[parameter] = value
            }
            statement.arguments = StatementArguments(arguments)
            do {
                let cursor = try Row.fetchCursor(statement)
                var rows: [[DatabaseValue]] = []
                var skipped = 0
                while rows.count <= paging.size, let row = try cursor.next() {
                    if skipped < paging.offset { skipped += 1; continue }
                    rows.append(Array(row.databaseValues))
                }
                return Listing(ResultTable(columns: statement.columnNames, rows: rows), paging)
            } catch is DatabaseError where authorizer.denied != nil {
                throw ArchiveError("saved query '\(name)' is refused: it would \(authorizer.denied!), and saved queries only read")
            }
        }
    }
}
