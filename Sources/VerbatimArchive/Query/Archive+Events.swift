import GRDB

/// Which events to list: every condition given must hold.
public struct EventFilter: Sendable {
    /// A kind of `data/events.tsv` (`talks`, `air strike`).
    public var kind: String?
    /// Words of the place (`Geneva`).
    public var place: String?
    /// A country as code, name, alias or demonym: events there or with it taking part.
    public var country: String?
    /// Events on or after this ISO date (or ending on or after it).
    public var since: String?
    /// Events on or before this ISO date.
    public var until: String?
    public var limit: Int?

    public init(kind: String? = nil, place: String? = nil, country: String? = nil, since: String? = nil,
                until: String? = nil, limit: Int? = nil) {
        self.kind = kind
        self.place = place
        self.country = country
        self.since = since
        self.until = until
        self.limit = limit
    }
}

extension Archive {
    /// The events matching `filter` (rows of `v_events`), newest first.
    public func events(_ filter: EventFilter) throws -> ResultTable {
        try read { db in
            var conditions: [SQLCondition] = []
            if let kind = filter.kind {
                let known = try String.fetchAll(db, sql: "SELECT DISTINCT kind FROM events ORDER BY kind")
                guard known.contains(kind.lowercased()) else {
                    throw ArchiveError("no event of kind '\(kind)'; the kinds are \(known.joined(separator: ", "))")
                }
                conditions.append(SQLCondition("v.kind = ?", [kind.lowercased()]))
            }
            if let place = filter.place {
                conditions.append(SQLCondition("v.place LIKE '%' || ? || '%'", [Self.trimArticle(place)]))
            }
            if let country = filter.country {
                guard let code = try Self.countryCode(country, db: db) else {
                    throw ArchiveError("no country in the archive matches '\(country)'")
                }
                conditions.append(SQLCondition("""
                    v.country = ? OR v.id IN (SELECT event_id FROM event_participants WHERE country_code = ?)
                    """, [code, code]))
            }
            if let since = filter.since { conditions.append(SQLCondition("coalesce(v.until, v.date) >= ?", [since])) }
            if let until = filter.until { conditions.append(SQLCondition("v.date <= ?", [until])) }
            let (sql, arguments) = SQLCondition.query(
                "SELECT * FROM v_events v", conditions, order: "v.date DESC, v.articles DESC, v.id", limit: filter.limit)
            return try ResultTable.fetch(db, sql: sql, arguments: arguments)
        }
    }

    /// One event: its row of `v_events`, the articles that report it, and the statements about it in time order.
    ///
    /// - Throws: ``ArchiveError`` when no event has id `id`.
    public func event(_ id: Int64) throws -> (event: ResultTable, articles: ResultTable, statements: ResultTable) {
        try read { db in
            let event = try ResultTable.fetch(db, sql: "SELECT * FROM v_events WHERE id = ?", arguments: [id])
            guard !event.rows.isEmpty else { throw ArchiveError("no event has id \(id)") }
            let articles = try ResultTable.fetch(db, sql: """
                SELECT a.published_on, a.title, src.name AS source, a.name AS article
                FROM event_articles ea JOIN articles a ON a.id = ea.article_id LEFT JOIN sources src ON src.id = a.source_id
                WHERE ea.event_id = ? ORDER BY a.published_on, a.id
                """, arguments: [id])
            let statements = try ResultTable.fetch(db, sql: """
                SELECT v.published_on, v.speaker, v.speaker_role, v.speaker_country, v.act, v.text, max(t.weight) AS weight
                FROM statement_topics t JOIN v_statements v ON v.id = t.statement_id
                WHERE t.event_id = ? GROUP BY v.id ORDER BY v.published_on, v.article, v.start
                """, arguments: [id])
            return (event, articles, statements)
        }
    }
}

extension SQLCondition {
    /// `base` with `conditions` joined by `AND`, ordered (when `order` is given), and limited: the SQL and its
    /// arguments.
    static func query(_ base: String, _ conditions: [SQLCondition], order: String?, limit: Int?)
        -> (String, StatementArguments) {
        var sql = base
        if !conditions.isEmpty { sql += " WHERE " + conditions.map { "(\($0.sql))" }.joined(separator: " AND ") }
        if let order { sql += " ORDER BY " + order }
        var arguments = conditions.flatMap(\.arguments)
        if let limit {
            sql += " LIMIT ?"
            arguments.append(limit.databaseValue)
        }
        return (sql, StatementArguments(arguments))
    }
}
