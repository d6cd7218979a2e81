import GRDB

extension Archive {
    /// The columns `who` and `people` show, from `v_officials`.
    static let officialColumns = ["name", "role", "country", "organization", "place", "former", "first_seen",
                                  "last_seen", "statements"]

    /// The people a description names — an office (`Russia's UN envoy`, `the French ambassador`) or a name or
    /// surname (`Churkin`) — with every office they were seen holding and its dates, an office seen both bare and
    /// in full shown once, in full (``ResultTable/foldingLessSpecificOffices()``).
    ///
    /// - Throws: ``ArchiveError`` when no one in the archive matches.
    public func who(_ description: String) throws -> ResultTable {
        try read { db in
            let resolver = SpeakerResolver(db: db, lexicon: lexicon)
            let text = Self.trimArticle(description)
            let columns = Self.officialColumns.map { "v.\"\($0)\"" }.joined(separator: ", ")
            if let match = try resolver.officeMatch(text), !match.officeIDs.isEmpty {
                return try ResultTable.fetch(db, sql: """
                    SELECT \(columns) FROM v_officials v WHERE v.id IN (\(Archive.placeholders(match.officeIDs.count)))
                    ORDER BY v.last_seen DESC, v.name
                    """, arguments: StatementArguments(match.officeIDs)).foldingLessSpecificOffices()
            }
            let people = try resolver.people(named: text)
            guard !people.isEmpty else {
                let close = try String.fetchAll(db, sql: """
                    SELECT name FROM people WHERE folded_name LIKE '%' || ? || '%' ORDER BY name LIMIT 5
                    """, arguments: [PersonName.fold(text).split(separator: " ").last.map(String.init) ?? ""])
                throw ArchiveError("no one in the archive matches '\(description)'"
                    + (close.isEmpty ? "" : "; closest: " + close.joined(separator: ", ")))
            }
            // Each person the names stand for, with their offices; people without a known office are listed too,
            // with empty office columns.
            return try ResultTable.fetch(db, sql: """
                SELECT p.name AS name, v.role, v.country, v.organization, v.place, v.former, v.first_seen, v.last_seen,
                       (SELECT count(*) FROM statements s WHERE s.person_id = p.id) AS statements
                FROM people p LEFT JOIN v_officials v ON v.person_id = p.id
                WHERE p.alias_of IS NULL AND p.id IN (SELECT coalesce(alias_of, id) FROM people
                                                      WHERE id IN (\(Archive.placeholders(people.count))))
                ORDER BY p.name, v.last_seen DESC
                """, arguments: StatementArguments(people.map(\.id))).foldingLessSpecificOffices()
        }
    }

    /// Offices held, filtered by country (code, name or demonym), organization (with its parts) and role.
    public func officials(country: String? = nil, organization: String? = nil, role: String? = nil,
                          limit: Int? = nil) throws -> ResultTable {
        try read { db in
            var conditions: [SQLCondition] = []
            if let country {
                guard let code = try Self.countryCode(country, db: db) else {
                    throw ArchiveError("no country in the archive matches '\(country)'")
                }
                conditions.append(SQLCondition("o.country_code = ?", [code]))
            }
            if let organization {
                let ids = try Self.organizationIDs(organization, db: db)
                guard !ids.isEmpty else { throw ArchiveError("no organization in the archive matches '\(organization)'") }
                conditions.append(SQLCondition(
                    "o.organization_id IN (\(Archive.placeholders(ids.count)))", ids))
            }
            if let role {
                conditions.append(SQLCondition("o.role LIKE '%' || ? || '%'", [role.lowercased()]))
            }
            let columns = Self.officialColumns.map { "v.\"\($0)\"" }.joined(separator: ", ")
            let (sql, arguments) = SQLCondition.query(
                "SELECT \(columns) FROM v_officials v JOIN offices o ON o.id = v.id", conditions,
                order: "v.statements DESC, v.name", limit: limit)
            return try ResultTable.fetch(db, sql: sql, arguments: arguments)
        }
    }
}
