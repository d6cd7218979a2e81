import GRDB

extension Archive {
    /// An event's page: where and when, who took part, the articles that report it, and what was said about it in
    /// time order.
    public struct EventPage: Sendable {
        /// One row of `v_events`: `id`, `kind`, `name`, `place`, `country`, `date`, `until`, `articles`,
        /// `statements`, `participants`.
        public var event: ResultTable
        /// Who took part: `kind` (person, country, organization), `label`, `country_code`, `organization_id`,
        /// `person_id`.
        public var participants: ResultTable
        /// A page of the articles that report it, oldest first: `id`, `published_on`, `title`, `source`.
        public var articles: Listing
        /// A page of the statements about it, in time order (then as stored).
        public var statements: Listing
    }

    /// The page of event `id`, or nil when there is no such event.
    ///
    /// - Parameters:
    ///   - paging: the page of statements.
    ///   - articlePaging: the page of articles.
    public func eventPage(_ id: Int64, paging: Paging = Paging(), articlePaging: Paging = Paging()) throws -> EventPage? {
        try read { db in
            let event = try ResultTable.fetch(db, sql: "SELECT * FROM v_events WHERE id = ?", arguments: [id])
            guard !event.rows.isEmpty else { return nil }
            let participants = try ResultTable.fetch(db, sql: """
                SELECT kind, label, country_code, organization_id, person_id FROM event_participants
                WHERE event_id = ? ORDER BY kind, label LIMIT 500
                """, arguments: [id])
            let articles = try ResultTable.fetch(db, sql: """
                SELECT a.id, a.published_on, a.title, src.name AS source
                FROM event_articles ea JOIN articles a ON a.id = ea.article_id LEFT JOIN sources src ON src.id = a.source_id
                WHERE ea.event_id = ? ORDER BY a.published_on, a.id \(articlePaging.sql)
                """, arguments: [id])
            let statements = try Self.statementListing(db, [SQLCondition(
                "v.id IN (SELECT statement_id FROM statement_topics WHERE event_id = ?)", [id.databaseValue])],
                paging, order: "v.published_on, v.article_id, v.start, v.id")
            return EventPage(event: event, participants: participants, articles: Listing(articles, articlePaging),
                             statements: statements)
        }
    }
}
