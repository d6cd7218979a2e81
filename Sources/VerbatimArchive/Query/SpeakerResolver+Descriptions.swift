import Foundation
import GRDB
import VerbatimText

/// Speakers found by how the articles describe them, by administration, and by the place an envoy serves in.
extension SpeakerResolver {
    /// Words that name the same kind of speaker in a description (`analyst` ~ `expert` ~ `fellow`).
    static let roleSynonyms: [[String]] = [
        ["analyst", "expert", "fellow", "scholar", "researcher", "specialist", "economist", "strategist"],
        ["aide", "staffer", "adviser", "advisor", "assistant"],
        ["spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"],
        ["official", "officer", "representative"],
        ["envoy", "ambassador", "diplomat"],
        ["chief", "head", "director", "leader", "chairman", "chairwoman", "chair"],
        ["professor", "academic", "lecturer", "scholar"],
        ["lawmaker", "legislator", "congressman", "congresswoman", "senator", "MP"],
        ["newspaper", "paper", "daily", "tabloid"],
        ["relative", "family", "mother", "father", "parent", "son", "daughter"],
    ]

    /// An FTS5 query that any form of a description's `term` matches: its own forms and its role synonyms.
    static func anyForm(_ term: Archive.TopicTerm) -> String {
        let synonyms = roleSynonyms.first { $0.contains(term.word) } ?? []
        return "(" + (term.forms + synonyms.filter { $0 != term.word }.map { Archive.ftsPhrase($0) })
            .joined(separator: " OR ") + ")"
    }

    /// Words a description may add that its speakers need not share (`the former official`).
    static let looseModifiers: Set<String> = ["former", "senior", "top", "acting", "leading", "prominent", "some"]

    /// Everything this resolver knows, in order: an administration, a speaker by name, office, seat, country,
    /// organization or the articles' descriptions (``condition(for:)``), then an envoy by the place they serve in, a
    /// country's officials, and a description no one fits in full.
    func resolve(_ description: String) throws -> Resolution {
        let text = Archive.trimArticle(description)
        if let administration = try administration(text) { return administration }
        // `a senior administration official`, `a Brookings analyst`: someone as the articles describe them.
        if let first = description.split(separator: " ").first?.lowercased(), ["a", "an", "one"].contains(first),
           let described = try described(text) {
            return described
        }
        do {
            return try condition(for: description)
        } catch let error as ArchiveError {
            if let host = try hostedEnvoy(text) { return host }
            if let country = try countryGroup(text) { return country }
            if let partly = try partlyDescribed(text) { return partly }
            throw error
        }
    }

    /// The last resort for a description no one fits in full (`China's finance minister` when the articles name
    /// no holder, `a former Obama adviser on Syria`): speakers described by two of its words (with their synonyms
    /// and other names), else the speakers of the country or organization it names.
    func partlyDescribed(_ text: String) throws -> Resolution? {
        let terms = try Archive.topicTerms(text, counted: false, wholeNames: false, db: db).filter { !Self.looseModifiers.contains($0.word) }
        if terms.count >= 2 {
            var pairs: [String] = []
            for i in terms.indices { for j in terms.indices where j > i { pairs.append("(\(Self.anyForm(terms[i])) AND \(Self.anyForm(terms[j])))") } }
            let match = "speaker : (" + pairs.prefix(15).joined(separator: " OR ") + ")"
            if let condition = try describedAs(match) {
                return Resolution(condition: condition,
                                  explanation: "no one is described as all of '\(text)': those described by two of its words")
            }
        }
        for term in terms {
            if let code = term.expansion?.split(separator: " ").last.map(String.init), term.expansion?.hasPrefix("country") == true {
                return Resolution(condition: Archive.speakerCountryCondition(code),
                                  explanation: "no one is described as '\(text)': the speakers of \(code)")
            }
            if term.expansion == "organization" {
                let ids = try Archive.organizationIDs(term.word, db: db)
                if !ids.isEmpty {
                    return Resolution(condition: Archive.organizationCondition(ids),
                                      explanation: "no one is described as '\(text)': the speakers of \(term.word)")
                }
            }
        }
        return nil
    }

    /// The statements whose speaker's description matches `match` (an FTS5 query on a `speaker` column), and every
    /// statement of a person described so in any article: an article gives a person's standing once.
    ///
    /// The indexes are searched here, once: the condition reads the people found as a list, and the statements too
    /// when they are few (``listedDescriptions``): an answer reads the condition several times. Nil when no one is
    /// described so.
    func describedAs(_ match: String) throws -> SQLCondition? {
        let people = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT person_id FROM person_descriptions
            WHERE id IN (SELECT rowid FROM person_descriptions_fts WHERE person_descriptions_fts MATCH ?) ORDER BY 1
            """, arguments: [match])
        let found = try Int64.fetchAll(db, sql: "SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ? LIMIT ?",
                                       arguments: [match, Self.listedDescriptions + 1])
        guard !found.isEmpty || !people.isEmpty else { return nil }
        if found.count <= Self.listedDescriptions {
            // Few described: they and the people's other statements, listed when they are few too.
            let theirs = try Int64.fetchAll(db, sql: "SELECT id FROM statements WHERE person_id IN (SELECT value FROM json_each(?)) LIMIT ?",
                                            arguments: [Archive.jsonList(people), Self.listedDescriptions + 1])
            let all = Set(found).union(theirs)
            if all.count <= Self.listedDescriptions { return SQLCondition.ids(all.sorted()) }
        }
        let statements = found.count <= Self.listedDescriptions
            ? SQLCondition.ids(found)
            : SQLCondition("v.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?)", [match])
        var condition = SQLCondition("\(statements.sql) OR v.person_id IN (SELECT value FROM json_each(?))",
                                     statements.arguments + [Archive.jsonList(people).databaseValue])
        condition.size = .many
        return condition
    }

    /// How many statements a description may match for ``describedAs(_:)`` to list them.
    static let listedDescriptions = 5000

    /// `Japanese officials`, `Iranian authorities`: a country named with a plural that stands for its officials.
    func countryGroup(_ text: String) throws -> Resolution? {
        let generic: Set<String> = ["officials", "authorities", "government", "leaders", "diplomats", "media", "state"]
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, generic.contains(words.last!.lowercased()) else { return nil }
        words.removeLast()
        guard let code = try Archive.countryCode(words.joined(separator: " "), db: db) else { return nil }
        return Resolution(condition: Archive.speakerCountryCondition(code), explanation: "country: \(code) (its \(text.split(separator: " ").last!))")
    }

    /// A speaker described as the articles describe them: each content word of `text` (with its synonyms, a
    /// country's or organization's other names) in the stored description of the speaker. All words first; then
    /// without the role words (`the IISS expert` → IISS), then without the modifiers; nil when nothing matches.
    func described(_ text: String) throws -> Resolution? {
        let terms = try Archive.topicTerms(text, counted: false, wholeNames: false, db: db).filter { !Self.looseModifiers.contains($0.word) }
        guard !terms.isEmpty else { return nil }
        let isRole = { (term: Archive.TopicTerm) in Self.roleSynonyms.contains { $0.contains(term.word) } }
        var attempts = [terms]
        let named = terms.filter { !isRole($0) }
        if !named.isEmpty, named.count < terms.count {
            // `the Brookings expert`: anyone the articles place at the institution, whatever their title.
            if named.contains(where: { $0.expansion == "organization" }) { attempts = [] }
            attempts.append(named)
        }
        for attempt in attempts {
            let match = "speaker : (" + attempt.map(Self.anyForm).joined(separator: " AND ") + ")"
            guard let condition = try describedAs(match) else { continue }
            return Resolution(condition: condition,
                              explanation: "described in the articles as \(match)")
        }
        return nil
    }

    /// Roles of a country's executive: its head, ministers, secretaries, spokespeople and advisers.
    static let executiveRoles = """
        o.role IN ('president', 'vice president', 'prime minister', 'press secretary', 'deputy press secretary',
                   'spokesperson', 'national security adviser', 'chief of staff', 'attorney general', 'chancellor',
                   'adviser', 'foreign secretary', 'home secretary', 'ambassador', 'special envoy')
        OR o.role LIKE 'secretary%' OR o.role LIKE '%minister%'
        """

    /// `the Obama administration`, `the Blair government`: the country's executive as that leader's — the leader,
    /// the holders of executive offices of the country the leader led, its seat and its unnamed officials.
    func administration(_ text: String) throws -> Resolution? {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, ["administration", "government", "cabinet", "white house"].contains(words.last!.lowercased())
        else { return nil }
        words.removeLast()
        let leaderName = words.joined(separator: " ").replacingOccurrences(of: "'s", with: "")
        let leaders = try people(named: leaderName)
        guard !leaders.isEmpty else { return nil }
        // Of those with the name, the one who led a country most often in the articles.
        guard let row = try Row.fetchOne(db, sql: """
                SELECT coalesce(p.alias_of, p.id) AS id, o.country_code AS country FROM offices o JOIN people p ON p.id = o.person_id
                WHERE coalesce(p.alias_of, p.id) IN (\(Archive.placeholders(leaders.count))) AND o.country_code IS NOT NULL
                  AND o.role IN ('president', 'prime minister', 'chancellor', 'premier')
                GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1
                """, arguments: StatementArguments(leaders.map(\.id))) else { return nil }
        let leaderID: Int64 = row["id"], country: String = row["country"]
        let leader = leaders.first { $0.id == leaderID } ?? leaders[0]
        let condition = SQLCondition("""
            v.person_id = ? OR (v.country_code = ? AND v.speaker_kind IN ('anonymous', 'organization', 'country')
                AND (v.speaker LIKE '%administration%' OR v.speaker LIKE '%White House%' OR v.speaker LIKE '%government%'
                     OR v.speaker LIKE '%official%'))
            OR v.office_id IN (SELECT o.id FROM offices o WHERE o.country_code = ? AND o.place IS NULL AND o.is_former = 0 AND (\(Self.executiveRoles)))
            """, [leaderID, country, country])
        let terms = try leaderTerms(leader.name, country: country)
        guard !terms.isEmpty else {
            return Resolution(condition: condition, explanation: "administration of \(leader.name) (\(country)): the leader, "
                + "the country's executive offices, and its unnamed officials")
        }
        // `the Bush administration` in 2016 is no one: statements of the leader's years in office, or undated.
        let during = terms.map { _ in "(v.published_on >= ? AND v.published_on <= ?)" }.joined(separator: " OR ")
        return Resolution(
            condition: SQLCondition("(\(condition.sql)) AND (v.published_on IS NULL OR \(during))",
                                    condition.arguments + terms.flatMap { [$0.start, $0.end] }),
            explanation: "administration of \(leader.name) (\(country)), "
                + terms.map { "\($0.start) to \($0.end)" }.joined(separator: " and ")
                + ": the leader, the country's executive offices, and its unnamed officials")
    }

    /// The terms of office (first and last day) that the known holders list gives `name` as its country's leader.
    /// A lexicon loaded for questions leaves the list out (most questions need none of it): it is read here then.
    func leaderTerms(_ name: String, country: String) throws -> [(start: String, end: String)] {
        let wanted = PersonName.matchName(PersonName.fold(name))
        var holders = lexicon.officeHolders
        if holders.isEmpty {
            holders = try Lexicon.load(from: lexicon.directory, parts: Lexicon.Parts.holders).officeHolders
        }
        return holders.filter { h in
            h.country == country && ["president", "prime minister", "chancellor", "premier"].contains(h.role)
                && ([h.name] + h.aliases).contains { PersonName.matchName(PersonName.fold($0)) == wanted }
        }.map { h in
            let end = h.end.map { $0.count == 4 ? $0 + "-12-31" : $0.count == 7 ? $0 + "-31" : $0 } ?? "9999-12-31"
            return (h.start, end)
        }
    }

    /// `the US ambassador in London`, `Afghanistan's envoy in Geneva`: an envoy of the country named, whose
    /// description names the place they serve in (its country's names and demonyms count).
    func hostedEnvoy(_ text: String) throws -> Resolution? {
        let lower = text.lowercased()
        guard let range = lower.range(of: " in ", options: .backwards) ?? lower.range(of: " to ", options: .backwards)
        else { return nil }
        let office = String(text[..<range.lowerBound]), place = String(text[range.upperBound...])
        guard let match = try officeMatch(office) else { return nil }
        // The place as a country with its capital and seat (`in London` serves Britain), else its words.
        let hostTerms = try Archive.entityTerm(place, seats: true, db: db).map { [$0] } ?? Archive.topicTerms(place, counted: false, db: db)
        guard !hostTerms.isEmpty else { return nil }
        let hostMatch = "speaker : (" + hostTerms.flatMap(\.forms).joined(separator: " OR ") + ")"
        guard let hosted = try describedAs(hostMatch) else { return nil }
        var conditions = [hosted]
        if !match.officeIDs.isEmpty {
            conditions.append(heldOffice(match.officeIDs))
        } else if let country = match.country {
            conditions.append(Archive.speakerCountryCondition(country))
        }
        let condition = SQLCondition(conditions.map { "(\($0.sql))" }.joined(separator: " AND "),
                                     conditions.flatMap(\.arguments))
        let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM statements v WHERE \(condition.sql))",
                                       arguments: StatementArguments(condition.arguments)) ?? false
        guard exists else { return nil }
        return Resolution(condition: condition, explanation: "envoy (\(match.roles.sorted().joined(separator: "/"))"
            + (match.country.map { " of \($0)" } ?? "") + ") serving in \(place): \(hostMatch)")
    }
}
