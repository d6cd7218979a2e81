import Foundation
import GRDB

/// Statements ranked by how well they answer a topic, never all-or-nothing.
///
/// A topic's content words (stop words and question words dropped), each expanded from the gazetteers (a country to
/// its names, demonyms, capital and seat; an organization to its name, acronym and aliases), are searched with FTS5
/// over the Porter-stemmed index: no word is required, and `bm25` weighs a statement's own words over its context and
/// its article's title. The stored topic links add to that score.
extension Archive {
    /// The weights of the full-text columns in `bm25`: the statement's words, its context, its article's title, the
    /// speaker's description (not ranked on).
    static let columnWeights = "1.0, 0.4, 0.25, 0.0"

    /// How much a statement's best link to the topic (its weight: 1, 0.6 or 0.4) adds to its word score (0 to 1).
    static let linkBonus = 0.5

    /// How much a quotation adds over reported speech that matches as well: readers ask for the speaker's own words.
    static let quotationBonus = 0.1

    /// One word of a topic and what it may be written as in a statement.
    struct TopicTerm {
        var word: String
        /// FTS5 phrases, the word's own first.
        var forms: [String]
        /// Why the word has more forms (`country IRN`), for `--explain`.
        var expansion: String?
        /// About how many statements have it (``documents(_:total:db:)``); whether that makes it common
        /// (``commonCount(_:)``); and its weight in a ranking: the log of how rare it is.
        var documents = 0
        var isCommon = false
        var weight = 0.0
    }

    /// The topic's terms: its content words, a country or organization named by up to three words taken as one
    /// term with every name the gazetteers give it, and a seat or person named whole (``namedTerm(_:people:db:)``).
    ///
    /// - Parameters:
    ///   - counted: whether to count each term's statements for its weight (``documents(_:total:db:)``); a
    ///     speaker's description or a count, matched by its words alone, needs no weights.
    ///   - wholeNames: whether a person's name is one term; a speaker's description names people loosely
    ///     (`Megumi's mother`), so each of its words counts there.
    static func topicTerms(_ topic: String, counted: Bool = true, wholeNames: Bool = true, db: Database) throws -> [TopicTerm] {
        let tokens = topic.replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "?" || $0 == ";" || $0 == ":" || $0 == "\"" })
            .map { word -> String in
                var w = String(word)
                if w.hasSuffix("'s") { w.removeLast(2) }
                return w.trimmingCharacters(in: CharacterSet(charactersIn: "'()[]!."))
                    + (w.hasSuffix(".") && w.dropLast().contains(".") ? "." : "")
            }
            .filter { !$0.isEmpty }
        var terms: [TopicTerm] = []
        var seen: Set<String> = []
        var i = 0
        while i < tokens.count {
            // A name of up to three capitalized words: `North Korea`, `the Woodrow Wilson Center`.
            var matched = false
            for n in stride(from: min(3, tokens.count - i), through: 1, by: -1) {
                let words = tokens[i..<(i + n)]
                guard words.allSatisfy({ Question.isCapitalized($0) }) else { continue }
                let name = words.joined(separator: " ")
                if let term = try entityTerm(name, db: db) ?? namedTerm(name, people: wholeNames, db: db) {
                    if seen.insert(term.word.lowercased()).inserted { terms.append(term) }
                    i += n
                    matched = true
                    break
                }
            }
            if matched { continue }
            for word in contentWords(tokens[i]) where seen.insert(word).inserted {
                terms.append(TopicTerm(word: word, forms: [ftsPhrase(word)] + derivedForms(word)))
            }
            i += 1
        }
        guard counted else { return terms }
        let total = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM statements") ?? 0
        for t in terms.indices {
            terms[t].documents = try documents(terms[t], total: total, db: db)
            // A prefix that finds many more statements than the word (`commit*` for `committed`, which `committee`
            // fills) finds other words, not kin: the word stands alone.
            if terms[t].forms.count == 2, terms[t].forms[1].hasSuffix("*") {
                var word = terms[t]
                word.forms.removeLast()
                let alone = try documents(word, total: total, db: db)
                if !kinCount(found: terms[t].documents, alone: alone) {
                    terms[t] = word
                    terms[t].documents = alone
                }
            }
            terms[t].isCommon = terms[t].documents > commonCount(total)
            terms[t].weight = log(1 + Double(total) / Double(max(1, terms[t].documents)))
        }
        return terms
    }

    /// A country or organization named `name`, as a term with all its names; nil when it names neither.
    ///
    /// - Parameter seats: whether a capital or seat names its country (for a speaker: `Beijing said`); in a topic
    ///   it is the city.
    static func entityTerm(_ name: String, seats: Bool = false, db: Database) throws -> TopicTerm? {
        if let code = try countryCode(name, seats: seats, db: db) {
            // A country's names, demonyms, capital and seat (`Moscow would host talks` is about Russia).
            let names = try String?.fetchAll(db, sql: """
                SELECT name FROM countries WHERE code = ?1
                UNION SELECT alias FROM country_aliases WHERE country_code = ?1 AND length(alias) > 2
                """, arguments: [code])
            return TopicTerm(word: name, forms: uniqueForms([name] + names.compactMap { $0 }), expansion: "country \(code)")
        }
        let organizations = try organizationIDs(name, db: db)
        guard let first = organizations.first, name.count > 1 else { return nil }
        let names = try String?.fetchAll(db, sql: """
            SELECT name FROM organizations WHERE id = ?1 UNION SELECT acronym FROM organizations WHERE id = ?1
            UNION SELECT alias FROM organization_aliases WHERE organization_id = ?1
            """, arguments: [first])
        return TopicTerm(word: name, forms: uniqueForms([name] + names.compactMap { $0 }), expansion: "organization")
    }

    /// A seat (`the White House`) or, with `people`, a person (`Joseph Yun`) of two or more words, as one phrase that
    /// must be found whole (a person also by the surname): not `white` or `joseph` alone. Nil for one word or
    /// anything else.
    static func namedTerm(_ name: String, people: Bool, db: Database) throws -> TopicTerm? {
        guard name.contains(" ") else { return nil }
        if let seat = try String.fetchOne(db, sql: """
            SELECT alias FROM country_aliases WHERE kind = 'seat' AND alias = ? COLLATE NOCASE
            """, arguments: [name]) {
            return TopicTerm(word: seat, forms: [ftsPhrase(seat)], expansion: "seat")
        }
        let folded = PersonName.fold(name)
        guard people, let person = try Row.fetchOne(db, sql: """
            SELECT name, surname FROM people WHERE (folded_name = ?1 OR match_name = ?1) AND alias_of IS NULL LIMIT 1
            """, arguments: [folded]) else { return nil }
        let surname: String = person["surname"]
        return TopicTerm(word: name, forms: uniqueForms([name, surname.count > 2 ? surname : name]), expansion: "person")
    }

    /// How many more statements than a word's own its prefix may find for its kin to count (see
    /// ``derivedForms(_:)``): more, or more than twice as many, and the prefix finds other words.
    static let kinAllowance = 100

    /// Whether a word's prefix, which finds `found` statements where the word alone finds `alone`, finds its kin
    /// rather than other words (``kinAllowance``).
    static func kinCount(found: Int, alone: Int) -> Bool {
        found <= max(2 * alone, alone + kinAllowance)
    }

    /// The words a long word's kin begin with, as an FTS5 prefix query (`hypocritical` → `hypocri*`, which finds
    /// `hypocrisy` and `hypocrite`, where the Porter stems differ; `skeptical` → `skepti*`): six letters of a word of
    /// nine or ten, seven of a longer one; none for a word of eight letters or fewer.
    static func derivedForms(_ word: String) -> [String] {
        guard word.count >= 9, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return [] }
        return [String(word.prefix(word.count >= 11 ? 7 : 6)) + "*"]
    }

    /// FTS5 phrases for `names`, each once, at most twelve.
    static func uniqueForms(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.compactMap { name in
            let key = name.lowercased()
            guard !key.isEmpty, seen.insert(key).inserted else { return nil }
            return ftsPhrase(name)
        }.prefix(12).map { $0 }
    }

    /// The FTS5 query that ranks statements on `terms`: any of them in a statement's words, its context or its
    /// article's title (`bm25` weighs the title least: a statement in an article about the topic answers better than
    /// one that is not, though it does not name the topic itself).
    static func anyTermQuery(_ terms: [TopicTerm]) -> String {
        "{text context title} : (" + terms.flatMap(\.forms).joined(separator: " OR ") + ")"
    }

    /// The FTS5 query that any of `terms` matches in a statement's words or context: the statements that share a
    /// word with a topic, as a count counts them.
    static func sharedWordQuery(_ terms: [TopicTerm]) -> String {
        "{text context} : (" + terms.flatMap(\.forms).joined(separator: " OR ") + ")"
    }

    /// The statements matching `conditions` that share any of `terms`, best first, at most `limit`: ids with their
    /// scores from 0 to 1 (the best's). A few statements (a speaker's) are ranked one by one
    /// (``rankedAmongFew(_:_:terms:limit:)``); more by FTS5 `bm25`, searched with the rarer terms
    /// (``searchTerms(_:)``), on the full-text index alone when there are no conditions.
    static func rankedByWords(_ db: Database, _ conditions: [SQLCondition], terms: [TopicTerm], limit: Int) throws
        -> [(id: Int64, score: Double)] {
        guard !terms.isEmpty else { return [] }
        if !conditions.isEmpty, let few = try rankedAmongFew(db, conditions, terms: terms, limit: limit) { return few }
        let searched = searchTerms(terms)
        // Many statements of a speaker, and only common words (`what did Trump say about Russia`): reading every
        // statement with the words would cost more than the answer is worth; the topic's links rank them instead.
        if !conditions.isEmpty, searched.allSatisfy(\.isCommon) { return [] }
        let sql = conditions.isEmpty
            ? "SELECT rowid, bm25(statements_fts, \(columnWeights)) AS b FROM statements_fts WHERE statements_fts MATCH ?"
                + " ORDER BY b LIMIT ?"
            : "SELECT v.id, bm25(statements_fts, \(columnWeights)) AS b FROM statements_fts f "
                + "JOIN statements v ON v.id = f.rowid WHERE statements_fts MATCH ?"
                + conditions.map { " AND (\($0.sql))" }.joined() + " ORDER BY b, v.published_on DESC LIMIT ?"
        func search(_ query: String) throws -> [(id: Int64, bm25: Double)] {
            let arguments = StatementArguments([query]) + StatementArguments(conditions.flatMap(\.arguments))
                + StatementArguments([limit])
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { (id: $0[0] as Int64, bm25: $0[1] as Double) }
        }
        var rows: [(id: Int64, bm25: Double)] = []
        // Everyone's statements and only common words (`who warned that time is running out`): first those with both
        // of the two rarest, which are fewer and answer better than all those with one common word.
        if conditions.isEmpty, searched.allSatisfy(\.isCommon), terms.count >= 2 {
            let two = terms.sorted { $0.documents < $1.documents }.prefix(2)
            rows = try search(two.map { "(" + anyTermQuery([$0]) + ")" }.joined(separator: " AND "))
        }
        if rows.count < limit / 10 { rows = try search(anyTermQuery(searched)) }
        guard let best = rows.first?.bm25, best < 0 else { return rows.map { ($0.id, 1.0) } }
        return rows.map { ($0.id, $0.bm25 / best) }
    }

    /// How many statements the conditions may select for them to be ranked one by one, not through the index.
    static let fewStatements = 3000

    /// The statements matching `conditions`, when they are few (``fewStatements``), ranked one by one on `terms`:
    /// each term a statement has counts its weight (the log of how rare it is in the archive) by where it is —
    /// its words 1, its context 0.4, its article's title 0.25, as `bm25` weighs them; scores from 0 to 1 (the
    /// best's). Nil when the conditions select more: reading them would cost more than the index.
    static func rankedAmongFew(_ db: Database, _ conditions: [SQLCondition], terms: [TopicTerm], limit: Int) throws
        -> [(id: Int64, score: Double)]? {
        guard let rows = try fewStatements(db, conditions, atMost: fewStatements, title: true) else { return nil }
        let weights = terms.map(\.weight)
        let keys = terms.map { term in term.forms.map(stems) }
        func has(_ words: Set<UInt64>, _ t: Int) -> Bool { keys[t].contains { $0.allSatisfy(words.contains) } }
        var scored: [(id: Int64, score: Double)] = []
        for row in rows {
            let text = Set(stems(row["text"])), context = Set(stems(row["context"])), title = Set(stems(row["title"] ?? ""))
            var score = 0.0
            for t in terms.indices {
                score += weights[t] * (has(text, t) ? 1.0 : has(context, t) ? 0.4 : has(title, t) ? 0.25 : 0)
            }
            if score > 0 { scored.append((row["id"], score)) }
        }
        let best = scored.map(\.score).max() ?? 1
        return scored.sorted { $0.score > $1.score }.prefix(limit).map { ($0.id, $0.score / best) }
    }

    /// The statements matching `conditions` that have any of `terms` in their words or context, found one by one
    /// as ``rankedAmongFew(_:_:terms:limit:)`` finds them; nil when the conditions select more than `atMost`.
    static func sharingAmongFew(_ db: Database, _ conditions: [SQLCondition], terms: [TopicTerm], atMost: Int) throws
        -> [Int64]? {
        guard let rows = try fewStatements(db, conditions, atMost: atMost, title: false) else { return nil }
        let keys = terms.flatMap { term in term.forms.map(stems) }
        return rows.compactMap { row in
            let words = Set(stems(row["text"] + " " + row["context"]))
            return keys.contains { $0.allSatisfy(words.contains) } ? row["id"] : nil
        }
    }

    /// The id, words and context (and article title) of the statements matching `conditions`; nil when they are
    /// more than `atMost`. Counted first, reading no text; in no order, so that the conditions' own indexes find them
    /// (newest first would walk the archive by date).
    static func fewStatements(_ db: Database, _ conditions: [SQLCondition], atMost: Int, title: Bool) throws -> [Row]? {
        // What the conditions know of their size spares the count: a short list is few, and many with nothing
        // else is many.
        let known = conditions.compactMap { c -> Int? in if case .listed(let ids) = c.size { ids.count } else { nil } }.min()
        if known == nil, !conditions.isEmpty, conditions.allSatisfy({ if case .many = $0.size { true } else { false } }) {
            return nil
        }
        if known.map({ $0 > atMost }) ?? true {
            let (counting, countArguments) = SQLCondition.query("SELECT 1 FROM statements v", conditions, order: nil,
                                                                limit: atMost + 1)
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(counting))", arguments: countArguments) ?? 0
            guard count <= atMost else { return nil }
        }
        let (sql, arguments) = SQLCondition.query(
            title ? "SELECT v.id, v.text, v.context, a.title FROM statements v JOIN articles a ON a.id = v.article_id"
                : "SELECT v.id, v.text, v.context FROM statements v",
            conditions, order: nil, limit: atMost)
        return try Row.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// The share of the archive's statements above which a term is common: left out of the search that finds
    /// candidates (it would read a large part of the index), though still counted in their ranking.
    static let commonShare = 0.02

    /// How many statements make a term common in an archive of `total`: ``commonShare`` of them, at least 1,000
    /// and at most 5,000 (in a small archive every term is searched; in a large one a term that many statements have
    /// would cost more to search than any answer is worth).
    static func commonCount(_ total: Int64) -> Int {
        min(5000, max(1000, Int(commonShare * Double(total))))
    }

    /// `terms` without the common ones (see ``commonShare``), rarest first; the rarest when all are common.
    static func searchTerms(_ terms: [TopicTerm]) -> [TopicTerm] {
        guard terms.count > 2 else { return terms }
        let counted = terms.sorted { $0.documents < $1.documents }
        let rare = counted.filter { !$0.isCommon }
        return rare.isEmpty ? Array(counted.prefix(1)) : rare
    }

    /// About how many statements have `term` in their words or context, in any of its forms: counted up to the
    /// number that makes a term common (``commonShare`` of `total`, at least 1,000), which
    /// costs little for a rare term and no more than that for a common one.
    static func documents(_ term: TopicTerm, total: Int64, db: Database) throws -> Int {
        let cap = commonCount(total) + 1
        return try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?)
            """, arguments: ["{text context} : (" + term.forms.joined(separator: " OR ") + ")", cap]) ?? 0
    }

    /// How much of a topic a statement has, and whether it is a quotation.
    struct Coverage {
        /// The share of the topic's terms, each weighted by its rarity, in the statement's words or context.
        var share: Double
        /// A direct or partial quotation: the speaker's own words.
        var quoted: Bool
        /// Words that give a reason (`because`, `due to`): what a `why` question asks for.
        var reasoned = false
    }

    /// How much a reason given in a statement adds for a `why` question.
    static let reasonBonus = 0.15

    /// Whether `text` gives a reason: `because`, `due to`, `since`, `so that`, `in order to`, `as a result`.
    static func givesReason(_ text: String) -> Bool {
        let lower = " " + text.lowercased() + " "
        return [" because ", " due to ", " since ", " so that ", " in order to ", " as a result ", " the reason "]
            .contains { lower.contains($0) }
    }

    /// What of `terms` each of `ids` has (a word matches a word of the statement with the same first five letters,
    /// as a cheap stem).
    static func coverage(_ db: Database, ids: [Int64], terms: [TopicTerm]) throws -> [Int64: Coverage] {
        guard !ids.isEmpty, !terms.isEmpty else { return [:] }
        let marks = placeholders(ids.count)
        let rows = try Row.fetchAll(db, sql: "SELECT id, text, context, kind FROM statements WHERE id IN (\(marks))",
                                    arguments: StatementArguments(ids.map(\.databaseValue)))
        let keys = terms.map { term in term.forms.map(stems) }
        let weights = terms.map(\.weight)
        let whole = weights.reduce(0, +)
        var covered: [Int64: Coverage] = [:]
        for row in rows {
            let text: String = row["text"], context: String = row["context"]
            let words = Set(stems(text + " " + context))
            let said = keys.indices.filter { keys[$0].contains { $0.allSatisfy(words.contains) } }.map { weights[$0] }.reduce(0, +)
            covered[row["id"]] = Coverage(share: whole > 0 ? said / whole : 0, quoted: (row["kind"] as String) != "indirect",
                                          reasoned: givesReason(text))
        }
        return covered
    }

    /// The words of `text`, each as a key made of its first five bytes, ASCII lowercased (a cheap stem: `sanctions`
    /// and `sanction` have one key), read off its UTF-8 bytes. Punctuation and the dashes and quotation marks of
    /// Unicode's general punctuation block separate words.
    static func stems(_ text: String) -> [UInt64] {
        var keys: [UInt64] = []
        var key: UInt64 = 0, length: UInt64 = 0, skip = 0
        func end() {
            if length > 0 { keys.append(key | length << 56) }
            key = 0
            length = 0
        }
        for byte in text.utf8 {
            if skip > 0 { skip -= 1; continue }
            if byte == 0xE2 { end(); skip = 2; continue }  // U+2000–U+2FFF: dashes, quotation marks
            let c = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c >= 0x80 else { end(); continue }
            if length < 5 {
                key = key << 8 | UInt64(c)
                length += 1
            }
        }
        end()
        return keys
    }

    /// Those of `ids` whose statements meet `condition`.
    static func members(_ db: Database, ids: [Int64], of condition: SQLCondition) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        let marks = placeholders(ids.count)
        return Set(try Int64.fetchAll(db, sql: "SELECT v.id FROM statements v WHERE v.id IN (\(marks)) AND (\(condition.sql))",
                                      arguments: StatementArguments(ids.map(\.databaseValue) + condition.arguments)))
    }

    /// The weight of each statement's best link to a topic (`topics`, a ``topicMatch(_:lexicon:db:)``), 0 for none.
    static func linkWeights(_ db: Database, ids: [Int64], topics: SQLCondition) throws -> [Int64: Double] {
        guard !ids.isEmpty else { return [:] }
        let marks = placeholders(ids.count)
        let rows = try Row.fetchAll(db, sql: """
            SELECT t.statement_id, max(t.weight) FROM statement_topics t
            WHERE t.statement_id IN (\(marks)) AND (\(topics.sql)) GROUP BY t.statement_id
            """, arguments: StatementArguments(ids.map(\.databaseValue) + topics.arguments))
        return Dictionary(rows.map { ($0[0] as Int64, $0[1] as Double) }, uniquingKeysWith: max)
    }
}
