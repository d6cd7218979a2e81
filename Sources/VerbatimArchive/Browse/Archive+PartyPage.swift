import GRDB

extension Archive {
    /// A country's or organization's page: its officials, its statements per month, the acts its speakers made and
    /// the acts aimed at it, and a page of the statements aimed at it.
    public struct PartyPage: Sendable {
        /// One row: for a country `code`, `alpha2`, `name`, `official_name`; for an organization `id`, `name`,
        /// `acronym`, `kind`, `country`, `parent_id`, `parent`.
        public var party: ResultTable
        /// A page of its officials, one row per person, most quoted first: `person_id`, `name`, `roles` (the roles
        /// of their offices of it, `; `-separated), `organizations` (for a country) or `countries` (for an
        /// organization), `first_seen`, `last_seen`, `statements` (all the person's, counted up to
        /// ``Archive/officialStatementsCounted``).
        public var officials: Listing
        /// Its speakers' statements per month (`month`, `statements`): those whose speaker the import recorded as the
        /// country or organization, or as one of its people (`statements.country_code`, `organization_id`).
        public var months: ResultTable
        /// The main acts of its speakers' newest ``Archive/summarizedStatements`` statements: `act`, `label`,
        /// `statements`, most first.
        public var actsMade: ResultTable
        /// The acts aimed at it, its institutions or its officials: `act`, `label`, `statements`, most first.
        public var actsAimed: ResultTable
        /// A page of the statements with an act aimed at it, newest first.
        public var aimed: Listing
    }

    /// The page of the country `code` (alpha-3, any case), or nil when there is no such country.
    ///
    /// - Parameters:
    ///   - paging: the page of officials.
    ///   - aimedPaging: the page of statements aimed at the country.
    public func countryPage(_ code: String, paging: Paging = Paging(), aimedPaging: Paging = Paging()) throws -> PartyPage? {
        try read { db in
            let country = try ResultTable.fetch(db, sql: """
                SELECT code, alpha2, name, official_name FROM countries WHERE code = upper(?)
                """, arguments: [code])
            guard let code = country.rows.first.flatMap({ String.fromDatabaseValue($0[0]) }) else { return nil }
            let officials = try Self.officials(
                db, where: SQLCondition("o.country_code = ?", [code]),
                also: "replace(group_concat(DISTINCT org.name), ',', '; ') AS organizations", paging: paging)
            return PartyPage(
                party: country, officials: Listing(officials, paging), months: try Self.months(db, "country_code", code),
                actsMade: try Self.actsMade(db, "country_code", code),
                actsAimed: try Self.actsAimed(db, SQLCondition("sa.target_country_code = ?", [code])),
                aimed: try Self.aimedListing(db, SQLCondition("sa.target_country_code = ?", [code]), aimedPaging))
        }
    }

    /// The page of the organization `id`, or nil when there is no such organization.
    public func organizationPage(_ id: Int64, paging: Paging = Paging(), aimedPaging: Paging = Paging()) throws
        -> PartyPage? {
        try read { db in
            let organization = try ResultTable.fetch(db, sql: """
                SELECT o.id, o.name, o.acronym, o.kind, o.country_code AS country, o.parent_id, parent.name AS parent
                FROM organizations o LEFT JOIN organizations parent ON parent.id = o.parent_id WHERE o.id = ?
                """, arguments: [id])
            guard !organization.rows.isEmpty else { return nil }
            let officials = try Self.officials(
                db, where: SQLCondition("o.organization_id = ?", [id]),
                also: "group_concat(DISTINCT o.country_code) AS countries", paging: paging)
            return PartyPage(
                party: organization, officials: Listing(officials, paging), months: try Self.months(db, "organization_id", id),
                actsMade: try Self.actsMade(db, "organization_id", id),
                actsAimed: try Self.actsAimed(db, SQLCondition("sa.target_organization_id = ?", [id])),
                aimed: try Self.aimedListing(db, SQLCondition("sa.target_organization_id = ?", [id]), aimedPaging))
        }
    }

    /// The people holding the offices `condition` selects (on `o`), one row a person (the names that stand for them
    /// counted as them): their roles, the column `also` (a SQL expression with its name), when they were seen, and
    /// their statements counted up to ``officialStatementsCounted``; the most quoted first.
    static func officials(_ db: Database, where condition: SQLCondition, also: String, paging: Paging) throws -> ResultTable {
        try ResultTable.fetch(db, sql: """
            SELECT p.id AS person_id, p.name, replace(group_concat(DISTINCT o.role), ',', '; ') AS roles, \(also),
                   min(o.first_seen_on) AS first_seen, max(o.last_seen_on) AS last_seen,
                   (SELECT count(*) FROM (SELECT 1 FROM statements s WHERE s.person_id = p.id LIMIT \(Self.officialStatementsCounted))) AS statements
            FROM offices o JOIN people op ON op.id = o.person_id JOIN people p ON p.id = coalesce(op.alias_of, op.id)
            LEFT JOIN organizations org ON org.id = o.organization_id
            WHERE \(condition.sql)
            GROUP BY p.id
            ORDER BY statements DESC, last_seen DESC, p.name
            \(paging.sql)
            """, arguments: StatementArguments(condition.arguments))
    }

    /// How far an official's statements are counted: beyond it, the order of the most quoted does not change much,
    /// and counting a hundred thousand statements of one person would cost more than the rest of the page.
    public static let officialStatementsCounted = 1_000

    /// The main acts of the newest ``summarizedStatements`` statements whose `column` is `value`, with how many
    /// statements made each.
    static func actsMade(_ db: Database, _ column: String, _ value: DatabaseValueConvertible) throws -> ResultTable {
        try ResultTable.fetch(db, sql: """
            SELECT sa.act, acts.label, count(*) AS statements
            FROM (SELECT id FROM statements WHERE \(column) = ? ORDER BY published_on DESC LIMIT ?) v
            JOIN statement_acts sa ON sa.statement_id = v.id AND sa.position = 0
            LEFT JOIN acts ON acts.act = sa.act
            GROUP BY sa.act ORDER BY statements DESC, sa.act
            """, arguments: [value, summarizedStatements])
    }

    /// The acts (`sa`) matching `target`, with how many statements made each.
    static func actsAimed(_ db: Database, _ target: SQLCondition) throws -> ResultTable {
        try ResultTable.fetch(db, sql: """
            SELECT sa.act, acts.label, count(DISTINCT sa.statement_id) AS statements
            FROM statement_acts sa LEFT JOIN acts ON acts.act = sa.act
            WHERE \(target.sql) GROUP BY sa.act ORDER BY statements DESC, sa.act
            """, arguments: StatementArguments(target.arguments))
    }

    /// A page of the statements with an act (`sa`) matching `target`, newest first.
    static func aimedListing(_ db: Database, _ target: SQLCondition, _ paging: Paging) throws -> Listing {
        let ids = try Int64.fetchAll(db, sql: "SELECT sa.statement_id FROM statement_acts sa WHERE \(target.sql)",
                                     arguments: StatementArguments(target.arguments))
        return try newestListing(db, ids: ids, paging)
    }
}
