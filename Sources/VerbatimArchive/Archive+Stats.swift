import GRDB

extension Archive {
    /// The tables `verbatim stats` counts, in the order it shows them.
    public static let countedTables = [
        "sources", "articles", "countries", "country_aliases", "organizations", "organization_aliases", "people",
        "offices", "mentions", "events", "event_articles", "statements", "statement_topics", "saved_queries",
    ]

    /// Counts per table, then the oldest and newest `published_on`.
    public func stats() throws -> ResultTable {
        try read { db in
            var rows: [[DatabaseValue]] = []
            for table in Self.countedTables {
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                rows.append([table.databaseValue, count.databaseValue])
            }
            let row = try Row.fetchOne(db, sql: "SELECT min(published_on), max(published_on) FROM articles")
            rows.append(["oldest article".databaseValue, (row?[0] as String?).databaseValue])
            rows.append(["newest article".databaseValue, (row?[1] as String?).databaseValue])
            for kind in ["direct", "partial", "indirect"] {
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM statements WHERE kind = ?", arguments: [kind]) ?? 0
                rows.append(["statements: \(kind)".databaseValue, count.databaseValue])
            }
            return ResultTable(columns: ["what", "count"], rows: rows)
        }
    }
}
