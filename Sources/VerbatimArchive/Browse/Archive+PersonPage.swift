import GRDB

/// What a page's statement list keeps: statements about a topic, and between two dates.
public struct PageFilter: Sendable, Equatable {
    /// A topic's label as `statement_topics` stores it (`Aleppo`, `RUS`, `sanctions`), any kind, any case.
    public var topic: String?
    /// On or after this ISO date.
    public var since: String?
    /// On or before this ISO date.
    public var until: String?

    public init(topic: String? = nil, since: String? = nil, until: String? = nil) {
        self.topic = topic
        self.since = since
        self.until = until
    }

    /// The conditions on statements `v`.
    var conditions: [SQLCondition] {
        var conditions: [SQLCondition] = []
        if let topic {
            // Each kind named, so that the index on (kind, label) finds the label.
            conditions.append(SQLCondition("""
                v.id IN (SELECT statement_id FROM statement_topics
                         WHERE kind IN ('place', 'country', 'organization', 'person', 'event', 'term')
                           AND label = ? COLLATE NOCASE)
                """, [topic]))
        }
        if let since { conditions.append(SQLCondition("v.published_on >= ?", [since])) }
        if let until { conditions.append(SQLCondition("v.published_on <= ?", [until])) }
        return conditions
    }
}

extension Archive {
    /// A person's page: who they are, their offices over time, their statements per month, what they speak about
    /// most, and a page of their statements.
    public struct PersonPage: Sendable {
        /// One row: `id`, `name`, `other_names` (the names that stand for them, `; `-separated), `statements`.
        public var person: ResultTable
        /// The person this name stands for, when it stands for another (whose page is then the one to show).
        public var aliasOf: Int64?
        /// Offices, earliest first: `role`, `country`, `organization`, `organization_id`, `place`, `former`,
        /// `first_seen`, `last_seen`, an office seen both bare and in full shown once.
        public var offices: ResultTable
        /// Statements per month (`month` as YYYY-MM, `statements`), of all their statements.
        public var months: ResultTable
        /// The topics they speak about most in their newest ``Archive/summarizedStatements`` statements: `kind`,
        /// `label`, `name` (a country's or organization's name), `statements`.
        public var topics: ResultTable
        /// A page of their statements matching the filter, newest first.
        public var statements: Listing
    }

    /// How many topics a person's page lists.
    public static let topicsShown = 15

    /// The page of person `id`, or nil when there is no such person.
    public func personPage(_ id: Int64, filter: PageFilter = PageFilter(), paging: Paging = Paging()) throws -> PersonPage? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name, alias_of FROM people WHERE id = ?", arguments: [id])
            else { return nil }
            let person = try ResultTable.fetch(db, sql: """
                SELECT p.id, p.name,
                       (SELECT group_concat(name, '; ') FROM people WHERE alias_of = p.id) AS other_names,
                       (SELECT count(*) FROM statements WHERE person_id = p.id) AS statements
                FROM people p WHERE p.id = ?
                """, arguments: [id])
            let offices = try ResultTable.fetch(db, sql: """
                SELECT p.name, o.role, o.country_code AS country, org.name AS organization, o.organization_id,
                       max(o.place) AS place, o.is_former AS former, min(o.first_seen_on) AS first_seen,
                       max(o.last_seen_on) AS last_seen
                FROM offices o JOIN people p ON p.id = ?1 LEFT JOIN organizations org ON org.id = o.organization_id
                WHERE o.person_id = ?1 OR o.person_id IN (SELECT id FROM people WHERE alias_of = ?1)
                GROUP BY o.role, o.country_code, o.organization_id, o.is_former
                ORDER BY first_seen, last_seen
                """, arguments: [id]).foldingLessSpecificOffices()
            let mine = SQLCondition("v.person_id = ?", [id])
            let topics = try ResultTable.fetch(db, sql: """
                SELECT t.kind, t.label, coalesce(c.name, org.name, p.name) AS name, count(DISTINCT t.statement_id) AS statements
                FROM (SELECT id FROM statements WHERE person_id = ? ORDER BY published_on DESC LIMIT ?) v
                JOIN statement_topics t ON t.statement_id = v.id
                LEFT JOIN countries c ON c.code = t.country_code AND t.kind = 'country'
                LEFT JOIN organizations org ON org.id = t.organization_id AND t.kind = 'organization'
                LEFT JOIN people p ON p.id = t.person_id AND t.kind = 'person'
                GROUP BY t.kind, t.label ORDER BY statements DESC, t.label LIMIT ?
                """, arguments: [id, Self.summarizedStatements, Self.topicsShown])
            return PersonPage(
                person: ResultTable(columns: Array(person.columns), rows: person.rows), aliasOf: row["alias_of"],
                offices: offices.dropping("name"), months: try Self.months(db, "person_id", id), topics: topics,
                statements: try Self.statementListing(db, [mine] + filter.conditions, paging))
        }
    }

    /// How many of the newest statements of a speaker a page's summaries (topics, acts) read: they then cost the same
    /// for a speaker quoted a hundred thousand times as for one quoted two thousand times.
    public static let summarizedStatements = 2_000

    /// Statements per month (`month`, `statements`) of the statements whose `column` (`person_id`, `country_code`,
    /// `organization_id`, each the first column of an index that ends with the date) is `value`; undated statements
    /// are left out. The days are counted off the index and added up by month here.
    static func months(_ db: Database, _ column: String, _ value: DatabaseValueConvertible) throws -> ResultTable {
        let days = try Row.fetchCursor(db, sql: """
            SELECT published_on, count(*) FROM statements WHERE \(column) = ? AND published_on IS NOT NULL
            GROUP BY published_on
            """, arguments: [value])
        var months: [(String, Int)] = []
        while let row = try days.next() {
            let month = String((row[0] as String).prefix(7)), count: Int = row[1]
            if months.last?.0 == month { months[months.count - 1].1 += count } else { months.append((month, count)) }
        }
        // The index is newest first; the days come in either order, a month's days together.
        months.sort { $0.0 < $1.0 }
        return ResultTable(columns: ["month", "statements"],
                           rows: months.map { [$0.0.databaseValue, $0.1.databaseValue] })
    }

    /// A page of the statements `v` matching `conditions`, newest first, as cards.
    static func statementListing(_ db: Database, _ conditions: [SQLCondition], _ paging: Paging,
                                 order: String = newestFirst) throws -> Listing {
        let (sql, arguments) = SQLCondition.query("SELECT v.id FROM statements v", conditions, order: order, limit: nil)
        let ids = try Int64.fetchAll(db, sql: sql + " " + paging.sql, arguments: arguments)
        return try Listing.statements(db, ids: ids, paging)
    }

    /// The page of the statements `ids` (in any order, repeats allowed) newest first, as cards.
    ///
    /// A few are read and sorted; many (more than 2,000) are picked out of the date index as it is read newest first,
    /// which meets the page's rows soon because they are many (``newestFirst(_:among:limit:)``).
    static func newestListing(_ db: Database, ids: [Int64], _ paging: Paging) throws -> Listing {
        let page: [Int64]
        if ids.count <= 2_000 {
            page = try Int64.fetchAll(db, sql: """
                SELECT v.id FROM statements v WHERE v.id IN (SELECT value FROM json_each(?))
                ORDER BY \(newestFirst) \(paging.sql)
                """, arguments: [jsonList(ids)])
        } else {
            page = Array(try newestFirst(db, among: ids, limit: paging.offset + paging.size + 1).dropFirst(paging.offset))
        }
        return try Listing.statements(db, ids: page, paging)
    }
}

extension ResultTable {
    /// The table without the column `name`.
    func dropping(_ name: String) -> ResultTable {
        guard let i = columns.firstIndex(of: name) else { return self }
        var table = self
        table.columns.remove(at: i)
        table.rows = rows.map { var row = $0; row.remove(at: i); return row }
        return table
    }
}
