import Foundation
import GRDB
import VerbatimText

/// Turns a description of a speaker — a name, a surname, an office (`Russia's UN envoy`, `the French ambassador`),
/// a country or an organization — into a condition on `v_statements`.
///
/// In order, the first that matches wins (``condition(for:)``): an office description (a role word from
/// `offices.tsv`, with the country and organization it names); a person's full name or surname (or, for a name the
/// articles give only in part, its surname); a seat; a country; an organization; the articles' descriptions of
/// speakers; else the words as part of the stored speaker. ``resolve(_:)`` (in `SpeakerResolver+Descriptions.swift`)
/// tries an administration first and, when nothing matches, an envoy by post and looser descriptions.
struct SpeakerResolver {
    let db: Database
    let lexicon: Lexicon

    /// How a description was understood.
    struct Resolution {
        var condition: SQLCondition
        /// What it matched, for `--explain`.
        var explanation: String
    }

    func condition(for description: String) throws -> Resolution {
        let text = Archive.trimArticle(description)
        let office = try officeResolution(text)
        if try servesPerson(text), let described = try described(text) {
            // `Tillerson's senior adviser`: as the articles describe them, or holding the role for the person's country.
            guard let office else { return described }
            return Resolution(condition: try Self.either(office.condition, described.condition, db: db),
                              explanation: office.explanation + "; or " + described.explanation)
        }
        if let office { return office }
        // `France`, `Jordan`: a country's name is the country, not the people with that surname (`Brian France`).
        if text.count > 3 || text == text.uppercased(), try Archive.countryCode(text, seats: false, db: db) != nil,
           let country = try countryResolution(text) {
            return country
        }
        var people = try people(named: text)
        if !text.contains(" ") {
            // `Xi`, `Kim`: a name written surname first begins with it (`Xi Jinping`); the most quoted then wins.
            let known = Set(people.map(\.id))
            people += try self.people(beginningWith: text).filter { !known.contains($0.id) }
        }
        var also = ""
        // `German Gref`, `Pope Francis`: a name the articles gave only in part (a title or a given name taken for
        // something else), by its last word when that is someone's surname and the words before name nothing else.
        let words = text.split(separator: " ").map(String.init)
        if people.isEmpty, words.count == 2, words.allSatisfy(Question.isCapitalized),
           try Archive.countryCode(text, db: db) == nil, try Archive.organizationIDs(text, db: db).isEmpty {
            people = try self.people(named: words[1])
            if !people.isEmpty { also = " (by the surname '\(words[1])': the articles name no '\(text)')" }
        }
        if people.count > 1, !text.contains(" ") || !also.isEmpty {
            // `Trump`: the most quoted of those with that surname, not Ivanka and Melania as well.
            // Counted up to 1,000 each: past that, a name is the one the archive quotes, and counting Trump's every
            // statement would cost more than the question.
            let counts = try Dictionary(uniqueKeysWithValues: people.map { person in
                (person.id, try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT 1 FROM statements WHERE person_id = ? LIMIT 1000)
                    """, arguments: [person.id]) ?? 0)
            })
            let ranked = people.sorted { counts[$0.id, default: 0] > counts[$1.id, default: 0] }
            also = " (the most quoted of \(people.count) named '\(text)'; also "
                + ranked.dropFirst().prefix(5).map(\.name).joined(separator: ", ") + (people.count > 6 ? ", …)" : ")")
            people = [ranked[0]]
        }
        if !people.isEmpty {
            let ids = people.map(\.id)
            let names = people.map(\.name)
            let own = SQLCondition("v.person_id IN (\(Archive.placeholders(ids.count)))", ids)
            let explanation = "person: " + names.joined(separator: ", ") + also
            let speaking = try speakingFor(names)
            guard !speaking.isEmpty else { return Resolution(condition: own, explanation: explanation) }
            // Of a size still unknown, as a person's own statements are: the answer lists them when they are few.
            return Resolution(condition: SQLCondition("\(own.sql) OR v.id IN (SELECT value FROM json_each(?))",
                                                      own.arguments + [Archive.jsonList(speaking).databaseValue]),
                              explanation: explanation + "; and \(speaking.count) statements of who speaks for them, "
                                + "unnamed (their office, campaign or spokesman)")
        }
        // `the White House`, `the Kremlin`: a seat speaks for itself, through unnamed officials named after it, and
        // through the country's spokespeople who serve no other institution; not for every official of the country.
        if let seat = try Row.fetchOne(db, sql: """
            SELECT country_code, alias FROM country_aliases WHERE kind = 'seat' AND alias = ? COLLATE NOCASE
            """, arguments: [text]) {
            let code: String = seat["country_code"], name: String = seat["alias"]
            return Resolution(
                condition: SQLCondition("""
                    v.office_id IN (SELECT id FROM offices WHERE country_code = ? AND organization_id IS NULL
                                    AND role IN ('spokesperson', 'press secretary', 'deputy press secretary'))
                    OR (v.person_id IS NULL AND v.country_code = ?
                        AND v.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?))
                    OR v.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?)
                    """, [code, code, Self.someonesSpokesman, "speaker : " + Archive.ftsPhrase(name)]),
                explanation: "seat of \(code): \(name), its unnamed officials, the country's spokespeople, and "
                    + "those the articles describe by it")
        }
        if let country = try countryResolution(text) { return country }
        if let organization = try organizationResolution(text) { return organization }
        if let described = try described(text) { return described }
        let anyone = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM statements WHERE speaker LIKE '%' || ? || '%')",
                                       arguments: [text]) ?? false
        guard anyone else {
            let closest = try closestNames(to: text)
            throw ArchiveError("no one in the archive matches '\(description)'"
                + (closest.isEmpty ? "" : "; the closest names are " + closest.joined(separator: ", ")))
        }
        return Resolution(condition: SQLCondition("v.speaker LIKE '%' || ? || '%'", [text]),
                          explanation: "speaker containing '\(text)'")
    }

    /// A country by name, code, demonym or capital: its officials, and those the articles describe by it
    /// (`Mexico's foreign minister`).
    func countryResolution(_ text: String) throws -> Resolution? {
        guard let code = try Archive.countryCode(text, db: db) else { return nil }
        let country = Archive.speakerCountryCondition(code)
        guard let term = try Archive.entityTerm(text, seats: true, db: db) else {
            return Resolution(condition: country, explanation: "country: \(code)")
        }
        let match = "speaker : (" + term.forms.joined(separator: " OR ") + ")"
        return Resolution(
            condition: SQLCondition("(\(country.sql)) OR v.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?)",
                                    country.arguments + [match.databaseValue]),
            explanation: "country: \(code), or described as \(match)")
    }

    /// An organization by name, acronym or alias: its officials (and those of the organizations below it), and those
    /// the articles describe by it (`Mujtaba Rahman of the Eurasia Group`).
    func organizationResolution(_ text: String) throws -> Resolution? {
        let organizations = try Archive.organizationIDs(text, db: db)
        guard !organizations.isEmpty else { return nil }
        var condition = Archive.organizationCondition(organizations)
        var also = ""
        if let term = try Archive.entityTerm(text, seats: true, db: db) {
            let match = "speaker : (" + term.forms.joined(separator: " OR ") + ")"
            if let described = try describedAs(match) {
                condition = try Self.either(condition, described, db: db)
                also = ", or described as \(match)"
            }
        }
        return Resolution(condition: condition,
                          explanation: "organization ids: \(organizations.map(String.init).joined(separator: ", "))" + also)
    }

    /// The statements that meet `condition` or `described` (a ``describedAs(_:)``): listed once when both are few,
    /// else known to be many, so that an answer does not list or count them again.
    static func either(_ condition: SQLCondition, _ described: SQLCondition, db: Database) throws -> SQLCondition {
        let limit = listedDescriptions
        if case .listed(let ids) = described.size {
            let own = try Int64.fetchAll(db, sql: "SELECT v.id FROM statements v WHERE \(condition.sql) LIMIT ?",
                                         arguments: StatementArguments(condition.arguments + [(limit + 1).databaseValue]))
            let all = Set(own).union(ids)
            if all.count <= limit { return SQLCondition.ids(all.sorted()) }
        }
        var either = SQLCondition("(\(condition.sql)) OR \(described.sql)", condition.arguments + described.arguments)
        either.size = .many
        return either
    }

    /// The three people whose name or surname is fewest edits away from `text`.
    func closestNames(to text: String) throws -> [String] {
        let target = Array(PersonName.fold(text).unicodeScalars)
        let rows = try Row.fetchAll(db, sql: "SELECT name, folded_name, surname FROM people")
        let scored = rows.map { row -> (Int, String) in
            let full: String = row["folded_name"], surname: String = row["surname"] ?? full
            let distance = min(Self.editDistance(target, Array(full.unicodeScalars)),
                               Self.editDistance(target, Array(surname.unicodeScalars)))
            return (distance, row["name"])
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(3).map(\.1)
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// What an office description names, and the offices in the archive that fit it.
    struct OfficeMatch {
        var roles: Set<String>
        var country: String?
        var organizations: [Int64]
        /// A place within a country (`the Ohio secretary of state`).
        var place: String?
        var officeIDs: [Int64]
    }

    /// An office description: a role word, with a country (`Russia's`, `Russian`, `U.S.`) and an organization
    /// (`UN`, `NATO`) when given. Without a country, an organization's own officials (no country) come first.
    /// Nil when the text names no office title.
    func officeMatch(_ text: String) throws -> OfficeMatch? {
        var words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        // The role: the longest run of final words that is an office title.
        var roles: Set<String> = []
        var roleWords = 0
        for count in stride(from: min(6, words.count), through: 1, by: -1) {
            let surface = words.suffix(count).joined(separator: " ").lowercased()
            let matched = lexicon.offices.filter { $0.surface == surface }.map(\.role)
            if !matched.isEmpty {
                roles = Set(matched)
                roleWords = count
                break
            }
        }
        guard roleWords > 0 else { return nil }
        // `the deputy homeland security secretary`: a rank word before the title makes it the lower office.
        // The lower office of a title that names its department (`homeland security secretary`) is the bare rank
        // (`deputy secretary`) at that department.
        var rankedDepartment: String?
        if let rank = words.dropLast(roleWords).first(where: { Lexicon.rankWords.contains($0.lowercased()) })?.lowercased(),
           !roles.contains(where: { $0.hasPrefix(rank + " ") }) {
            let known = Set(lexicon.offices.map(\.role))
            var ranked = Set(roles.map { rank + " " + $0 }).intersection(known)
            if ranked.isEmpty, let role = roles.first, roles.count == 1, let head = role.split(separator: " ").first,
               known.contains(rank + " " + head), let of = role.range(of: " of ") {
                ranked = [rank + " " + head]
                rankedDepartment = String(role[of.upperBound...])
            }
            if !ranked.isEmpty {
                roles = ranked
                words.removeAll { $0.lowercased() == rank }
            }
        }
        // A title may name its organization (`ambassador to the UN`).
        var organizations = try rankedDepartment.map { try Archive.organizationIDs($0, db: db) } ?? []
        for word in words.suffix(roleWords) where organizations.isEmpty {
            organizations = try Archive.organizationIDs(word, db: db)
        }
        // An envoy of a country is its ambassador; an envoy of an organization is its special envoy.
        if roles.contains("ambassador") || roles.contains("special envoy") {
            roles.formUnion(["ambassador", "special envoy"])
        }
        // `which leader said`: a head of state or government is a country's leader.
        if roles.contains("leader") {
            roles.formUnion(["president", "prime minister", "chancellor", "king", "queen", "supreme leader", "premier"])
        }
        // `which German minister`: a bare `minister` is any of the country's ministers (`finance minister`).
        for generic in ["minister", "secretary"] where roles.contains(generic) {
            roles.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT role FROM offices WHERE role LIKE ?",
                                                arguments: ["% " + generic]))
        }
        if roles.contains("head") || roles.contains("chief") {
            let heads = try String.fetchAll(db, sql: "SELECT DISTINCT head_role FROM organizations WHERE head_role IS NOT NULL")
            roles.formUnion(heads)
        }
        words.removeLast(roleWords)
        // `Russia's` names Russia.
        let bare = words.map { Self.possessor($0) ?? $0 }
        // `the prime minister's spokesman`: someone who serves an office holder, as the articles describe them,
        // not every holder of the role (a person's aide: ``servesPerson(_:)``).
        if let possessive = words.lastIndex(where: { Self.possessor($0) != nil }),
           try Archive.countryCode(bare[possessive], db: db) == nil {
            let served = bare[possessive]
            let organizations = try Archive.organizationIDs(served, db: db)
                + Archive.organizationIDs(bare[...possessive].joined(separator: " "), db: db)
            if organizations.isEmpty, place(in: [served]) == nil, try people(named: served).isEmpty { return nil }
        }
        var country: String?
        let place = self.place(in: bare)
        if let place { country = place.country }
        // `the Department for Constitutional Affairs spokeswoman`: an organization of several words, the longest first.
        if organizations.isEmpty, bare.count >= 2 {
            search: for length in stride(from: min(bare.count, 6), through: 2, by: -1) {
                for start in 0...(bare.count - length) {
                    let ids = try Archive.organizationIDs(bare[start..<start + length].joined(separator: " "), db: db)
                    if !ids.isEmpty { organizations = ids; break search }
                }
            }
        }
        for token in bare {
            if country == nil, let code = try Archive.countryCode(token, db: db) {
                country = code
            } else if organizations.isEmpty {
                organizations = try Archive.organizationIDs(token, db: db)
            }
        }
        if roles.contains("head") || roles.contains("chief"), organizations.isEmpty, let field = try fieldRoles(bare) {
            roles = field
        }
        // `the Pentagon chief`: the head of the organization named (not of its parts, the NSA's director).
        var served = organizations
        if roles.contains("head") || roles.contains("chief"), let named = organizations.first {
            let own = try String.fetchOne(db, sql: "SELECT head_role FROM organizations WHERE id = ?", arguments: [named])
            roles = Set([own].compactMap { $0 }).union(["head", "chief"])
            served = [named]
        }
        var officeIDs = try offices(roles: roles, country: country, organizations: served, place: place?.name)
        officeIDs += try partyMembers(roles: roles, country: country, party: served, words: bare, place: place?.name)
            .filter { !officeIDs.contains($0) }
        if officeIDs.isEmpty, country != nil, !organizations.isEmpty {
            // The country's holder of the role whose organization the articles did not name.
            officeIDs = try offices(roles: roles, country: country, organizations: [], place: place?.name)
        }
        if officeIDs.isEmpty, let named = organizations.first, roles.contains("chief") || roles.contains("head") {
            // `the Pentagon chief`: the holder of the head office of the organization's country, when the articles
            // gave the office without the organization (`Defense Secretary Jim Mattis`).
            if let head = try Row.fetchOne(db, sql: "SELECT head_role, country_code FROM organizations WHERE id = ?",
                                           arguments: [named]),
               let role = head["head_role"] as String?, let code = head["country_code"] as String? {
                officeIDs = try offices(roles: [role], country: code, organizations: [], place: nil)
                roles = [role]
                country = code
            }
        }
        return OfficeMatch(roles: roles, country: country, organizations: organizations, place: place?.name,
                           officeIDs: officeIDs)
    }

    /// The unnamed spokespeople of someone (`Cameron's spokesman`, `the prime minister's official spokesman`), by
    /// the words of their description: few, where every unnamed spokesman of a country would be many.
    static let someonesSpokesman = "speaker : (" + ["s spokesman", "s spokeswoman", "s spokesperson", "s official spokesman",
                                                     "s official spokeswoman"].map(Archive.ftsPhrase).joined(separator: " OR ") + ")"

    /// What an unnamed speaker who speaks for a person is, after the person's name (`David Vitter's office`).
    static let speakingForWords = ["office", "campaign", "spokesman", "spokeswoman", "spokesperson"]

    /// The statements of unnamed speakers the articles name after one of `names` as speaking for them (`his office
    /// put out a statement`, stored as `David Vitter's office`), the first ``listedDescriptions`` of them.
    func speakingFor(_ names: [String]) throws -> [Int64] {
        let phrases = names.flatMap { name in Self.speakingForWords.map { Archive.ftsPhrase(name + "'s " + $0) } }
        return try Int64.fetchAll(db, sql: "SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ? LIMIT ?",
                                  arguments: ["speaker : (" + phrases.joined(separator: " OR ") + ")", Self.listedDescriptions])
    }

    /// Roles that serve a person rather than hold an office of their own (`Cameron's spokesman`).
    static let personalRoles: Set<String> = ["adviser", "advisor", "aide", "staffer", "assistant", "spokesman",
                                             "spokeswoman", "spokesperson", "advisers", "aides", "spokesmen"]

    /// Whether `text` is someone who serves a person the archive knows (`Clinton's senior policy adviser`): the
    /// articles' descriptions find them as well as the holders of the role do.
    func servesPerson(_ text: String) throws -> Bool {
        let words = text.split(separator: " ").map(String.init)
        // `Clinton's senior policy adviser`, or a name before the role (`a former Netanyahu adviser`).
        guard let last = words.last, Self.personalRoles.contains(last.lowercased()),
              let served = words.dropLast().compactMap(Self.possessor).last
                ?? words.dropLast().last(where: Question.isCapitalized),
              try Archive.countryCode(served, db: db) == nil else { return false }
        return try !people(named: served).isEmpty
    }

    /// `Russia` of `Russia's` (or `Russia’s`): whom a possessive word names; nil for any other word.
    static func possessor(_ word: String) -> String? {
        word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : nil
    }

    /// The place within a country that words before a title name (`Ohio`, `New York`), from `places.tsv`.
    func place(in words: [String]) -> (name: String, country: String?)? {
        let bare = words.filter { $0.lowercased() != "the" }
        guard !bare.isEmpty else { return nil }
        for count in stride(from: bare.count, through: 1, by: -1) {
            for start in 0...(bare.count - count) {
                let text = bare[start..<(start + count)].joined(separator: " ").lowercased()
                if let p = lexicon.places.first(where: { $0.name.lowercased() == text || $0.aliases.contains { $0.lowercased() == text } }) {
                    return (p.name, p.country)
                }
            }
        }
        return nil
    }

    /// The people whose full name, or surname, is `text` (folded for case and diacritics), as the people they stand
    /// for (``people`` `alias_of`): ids and names.
    func people(named text: String) throws -> [(id: Int64, name: String)] {
        let folded = PersonName.fold(text)
        // The last words of a name (`bin Zayed`); one word is a surname, which its index finds without reading every
        // name.
        let tail = folded.contains(" ") ? "OR folded_name LIKE '% ' || ?1" : ""
        return try Row.fetchAll(db, sql: """
            SELECT id, name FROM people
            WHERE alias_of IS NULL AND id IN (
                SELECT coalesce(alias_of, id) FROM people
                WHERE folded_name = ?1 OR match_name = ?2 OR surname = ?1 \(tail))
            ORDER BY name
            """, arguments: [folded, PersonName.matchName(folded).name]).map { ($0[0], $0[1]) }
    }

    /// The people whose full name begins with the one word `text` (`Xi Jinping` for `Xi`), as the people they stand
    /// for: read by a range of the index on `match_name`, not by a scan.
    func people(beginningWith text: String) throws -> [(id: Int64, name: String)] {
        let folded = PersonName.fold(text)
        guard !folded.isEmpty, !folded.contains(" ") else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT id, name FROM people
            WHERE alias_of IS NULL AND id IN (
                SELECT coalesce(alias_of, id) FROM people WHERE match_name >= ?1 || ' ' AND match_name < ?1 || '!')
            ORDER BY name
            """, arguments: [folded]).map { ($0[0], $0[1]) }
    }

    /// `ids` and the people who stand for them (a surname, another spelling): the ids an act's target or a mention
    /// may hold, as written.
    func withNames(_ ids: [Int64]) throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        return try Int64.fetchAll(db, sql: "SELECT id FROM people WHERE id IN (\(Archive.placeholders(ids.count))) OR alias_of IN (\(Archive.placeholders(ids.count)))",
                                  arguments: StatementArguments(ids + ids))
    }

    private func officeResolution(_ text: String) throws -> Resolution? {
        guard let match = try officeMatch(text), !match.officeIDs.isEmpty else { return nil }
        let officeIDs = match.officeIDs
        let people = try String.fetchAll(db, sql: """
            SELECT DISTINCT coalesce(c.name, p.name) FROM offices o JOIN people p ON p.id = o.person_id
            LEFT JOIN people c ON c.id = p.alias_of WHERE o.id IN (\(Archive.placeholders(officeIDs.count)))
            """, arguments: StatementArguments(officeIDs))
        // `the former intelligence chief`: whatever its holders said, in the office or after it.
        let former = text.split(separator: " ").contains { $0.lowercased() == "former" }
        return Resolution(
            condition: heldOffice(officeIDs, orLater: former),
            explanation: (former ? "former " : "")
                + "office: \(match.roles.sorted().joined(separator: "/"))\(match.country.map { ", country \($0)" } ?? "")"
                + (match.place.map { ", place \($0)" } ?? "")
                + (match.organizations.isEmpty ? "" : ", organization") + " → " + people.joined(separator: ", "))
    }

    /// `the intelligence chief`: with no organization named, the roles of the offices a lowercase word of the field
    /// is part of (`director of national intelligence`); nil when `words` name none.
    private func fieldRoles(_ words: [String]) throws -> Set<String>? {
        var roles: Set<String> = []
        for word in words where word.count > 3 && word == word.lowercased()
            && !["former", "acting", "interim", "senior"].contains(word) {
            guard try Archive.countryCode(word, db: db) == nil else { continue }
            roles.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT role FROM offices WHERE role LIKE ?",
                                                arguments: ["%" + word + "%"]))
        }
        return roles.isEmpty ? nil : roles
    }

    /// `a Republican senator`: the offices of the role, with no organization, whose holders the articles describe by
    /// the words that named the party (`Republican Senator Bob Corker`, `the Republican chairman of the committee`),
    /// for a party among `party`; none for other organizations.
    private func partyMembers(roles: Set<String>, country: String?, party: [Int64], words: [String],
                              place: String?) throws -> [Int64] {
        guard !party.isEmpty, try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM organizations WHERE kind = 'party' AND id IN (SELECT value FROM json_each(?)))
            """, arguments: [Archive.jsonList(party)]) ?? false else { return [] }
        var named: [String] = []
        for word in words where try !Archive.organizationIDs(word, db: db).filter(party.contains).isEmpty {
            named.append(Archive.ftsPhrase(word))
        }
        guard !named.isEmpty else { return [] }
        let held = try offices(roles: roles, country: country, organizations: [], place: place)
        return try Int64.fetchAll(db, sql: """
            SELECT o.id FROM offices o WHERE o.id IN (SELECT value FROM json_each(?)) AND o.organization_id IS NULL
              AND o.person_id IN (SELECT person_id FROM person_descriptions WHERE id IN
                                  (SELECT rowid FROM person_descriptions_fts WHERE person_descriptions_fts MATCH ?))
            """, arguments: [Archive.jsonList(held), "speaker : (" + named.joined(separator: " OR ") + ")"])
    }

    /// The statements made in one of the offices `officeIDs`, or by their holders when the statement's office is
    /// not known.
    /// With `orLater`, every statement of their holders (a former holder speaks from another office, or none).
    func heldOffice(_ officeIDs: [Int64], orLater: Bool = false) -> SQLCondition {
        SQLCondition("""
            v.office_id IN (\(Archive.placeholders(officeIDs.count)))
            OR (\(orLater ? "" : "v.office_id IS NULL AND ")v.person_id IN (SELECT coalesce(p.alias_of, p.id) FROM offices o
                JOIN people p ON p.id = o.person_id WHERE o.id IN (\(Archive.placeholders(officeIDs.count)))))
            """, officeIDs + officeIDs)
    }

    /// Offices with one of `roles`, for `country` when given, at one of `organizations` when given; without a
    /// country, an organization's own officials (no country). With a `place`, that place's office; without one, the
    /// national offices when there are any (`the U.S. secretary of state` is not Ohio's).
    private func offices(roles: Set<String>, country: String?, organizations: [Int64], place: String?) throws -> [Int64] {
        var sql = "o.role IN (\(Archive.placeholders(roles.count)))"
        var arguments: [DatabaseValueConvertible?] = Array(roles)
        if let place {
            sql += " AND o.place = ?"
            arguments.append(place)
        }
        if let country {
            sql += " AND o.country_code = ?"
            arguments.append(country)
        } else if !organizations.isEmpty {
            // `the UN envoy` is the UN's own, not Russia's envoy to the UN; `the Tory leader` serves the party's country.
            sql += """
                 AND (o.country_code IS NULL OR o.country_code = (SELECT country_code FROM organizations
                                                                   WHERE id = o.organization_id))
                """
        }
        if !organizations.isEmpty {
            sql += " AND o.organization_id IN (\(Archive.placeholders(organizations.count)))"
            arguments += organizations.map { $0 as DatabaseValueConvertible? }
        }
        let rows = try Row.fetchAll(db, sql: "SELECT o.id, o.place IS NULL FROM offices o WHERE \(sql)",
                                    arguments: StatementArguments(arguments))
        let national = rows.filter { $0[1] as Bool }
        return (place == nil && !national.isEmpty ? national : rows).map { $0[0] }
    }
}
