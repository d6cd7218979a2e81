import GRDB
import VerbatimText

extension Archive {
    /// Statements that perform `act` (a name of `data/acts.tsv` or a CAMEO code), aimed at `target` (a country, an
    /// organization or a person) when given; both must hold of the same act. A country as target takes in its
    /// institutions and the people who hold its offices: who criticized Russia includes who criticized its ministry
    /// of defence or its UN envoy.
    ///
    /// - Throws: ``ArchiveError`` naming the act or target that nothing in the archive matches.
    static func actCondition(act: String?, target: String?, lexicon: Lexicon, db: Database) throws -> SQLCondition {
        var parts: [String] = []
        var arguments: [DatabaseValueConvertible?] = []
        if let act {
            let name = act.trimmingCharacters(in: .whitespaces).lowercased()
            guard let known = try String.fetchOne(db, sql: "SELECT act FROM acts WHERE act = ?1 OR cameo = ?1",
                                                  arguments: [name]) else {
                let acts = try String.fetchAll(db, sql: "SELECT act FROM acts ORDER BY act")
                throw ArchiveError("no act '\(act)'; the acts are \(acts.joined(separator: ", "))")
            }
            parts.append("sa.act = ?")
            arguments.append(known)
        }
        if let target {
            var any: [String] = []
            if let code = try countryCode(target, db: db) {
                any.append("sa.target_country_code = ?")
                arguments.append(code)
                // Officials of the country, by any name that stands for them (an act's target is the name written).
                any.append("""
                    sa.target_person_id IN (SELECT p.id FROM people p WHERE coalesce(p.alias_of, p.id) IN (
                        SELECT coalesce(h.alias_of, h.id) FROM offices o JOIN people h ON h.id = o.person_id
                        WHERE o.country_code = ?))
                    """)
                arguments.append(code)
            }
            appendIn("sa.target_organization_id", try organizationIDs(target, db: db), to: &any, &arguments)
            let resolver = SpeakerResolver(db: db, lexicon: lexicon)
            let people = try resolver.withNames(try resolver.people(named: Self.trimArticle(target)).map(\.id))
            appendIn("sa.target_person_id", people, to: &any, &arguments)
            guard !any.isEmpty else {
                throw ArchiveError("no country, organization or person in the archive matches '\(target)'")
            }
            parts.append("(" + any.joined(separator: " OR ") + ")")
        }
        return SQLCondition("""
            v.id IN (SELECT sa.statement_id FROM statement_acts sa WHERE \(parts.joined(separator: " AND ")))
            """, arguments)
    }
}
