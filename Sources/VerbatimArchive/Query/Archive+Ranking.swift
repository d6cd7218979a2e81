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

    /// One word of a topic and what it may be written as in a statement.
    struct TopicTerm {
        var word: String
        /// FTS5 phrases, the word's own first.
        var forms: [String]
        /// Why the word has more forms (`country IRN`), for `--explain`.
        var expansion: String?
    }

    /// The topic's terms: its content words, a country or organization named by up to three words taken as one
    /// term with every name the gazetteers give it.
    static func topicTerms(_ topic: String, db: Database) throws -> [TopicTerm] {
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
                if let term = try entityTerm(name, db: db) {
                    if seen.insert(term.word.lowercased()).inserted { terms.append(term) }
                    i += n
                    matched = true
                    break
                }
            }
            if matched { continue }
            for word in contentWords(tokens[i]) where seen.insert(word).inserted {
                terms.append(TopicTerm(word: word, forms: [ftsPhrase(word)]))
            }
            i += 1
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

    /// FTS5 phrases for `names`, each once, at most twelve.
    static func uniqueForms(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.compactMap { name in
            let key = name.lowercased()
            guard !key.isEmpty, seen.insert(key).inserted else { return nil }
            return ftsPhrase(name)
        }.prefix(12).map { $0 }
    }

    /// The FTS5 query that any of `terms` matches in a statement's words or context; its article's title then adds
    /// to the score of a statement that matches, but does not make one match (every statement of an article would).
    static func anyTermQuery(_ terms: [TopicTerm]) -> String {
        let any = "(" + terms.flatMap(\.forms).joined(separator: " OR ") + ")"
        return "{text context} : \(any) OR ({text context} : \(any) AND title : \(any))"
    }

    /// The statements matching `conditions` that share any of `terms`, best first (FTS5 `bm25`), at most `limit`:
    /// ids with their scores from 0 to 1 (the best's).
    static func rankedByWords(_ db: Database, _ conditions: [SQLCondition], terms: [TopicTerm], limit: Int) throws
        -> [(id: Int64, score: Double)] {
        guard !terms.isEmpty else { return [] }
        let sql = "SELECT v.id, bm25(statements_fts, \(columnWeights)) AS b FROM statements_fts f "
            + "JOIN statements v ON v.id = f.rowid WHERE statements_fts MATCH ?"
            + conditions.map { " AND (\($0.sql))" }.joined() + " ORDER BY b, v.published_on DESC LIMIT ?"
        let arguments = StatementArguments([anyTermQuery(terms)]) + StatementArguments(conditions.flatMap(\.arguments))
            + StatementArguments([limit])
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments).map { (id: $0[0] as Int64, bm25: $0[1] as Double) }
        guard let best = rows.first?.bm25, best < 0 else { return rows.map { ($0.id, 1.0) } }
        return rows.map { ($0.id, $0.bm25 / best) }
    }

    /// The share of `terms` that each statement's words or context has (a word matches a word of the statement
    /// with the same first five letters, as a cheap stem), for `ids`.
    static func coverage(_ db: Database, ids: [Int64], terms: [TopicTerm]) throws -> [Int64: Double] {
        guard !ids.isEmpty, !terms.isEmpty else { return [:] }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: "SELECT id, text, context FROM statements WHERE id IN (\(marks))",
                                    arguments: StatementArguments(ids.map(\.databaseValue)))
        let keys = terms.map { term in
            term.forms.map { form in stems(form) }
        }
        var shares: [Int64: Double] = [:]
        for row in rows {
            let text: String = row["text"], context: String = row["context"]
            let words = Set(stems(text + " " + context).joined(separator: " ").split(separator: " ").map(String.init))
            let said = keys.filter { forms in
                forms.contains { stemmed in stemmed.allSatisfy { words.contains($0) } }
            }.count
            shares[row["id"]] = Double(said) / Double(terms.count)
        }
        return shares
    }

    /// The words of `text`, lowercased, each cut to its first five letters.
    static func stems(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { String($0.prefix(5)) }
    }

    /// Those of `ids` whose statements meet `condition`.
    static func members(_ db: Database, ids: [Int64], of condition: SQLCondition) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        return Set(try Int64.fetchAll(db, sql: "SELECT v.id FROM statements v WHERE v.id IN (\(marks)) AND (\(condition.sql))",
                                      arguments: StatementArguments(ids.map(\.databaseValue) + condition.arguments)))
    }

    /// The weight of each statement's best link to a topic (`topics`, a ``topicMatch(_:lexicon:db:)``), 0 for none.
    static func linkWeights(_ db: Database, ids: [Int64], topics: SQLCondition) throws -> [Int64: Double] {
        guard !ids.isEmpty else { return [:] }
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(db, sql: """
            SELECT t.statement_id, max(t.weight) FROM statement_topics t
            WHERE t.statement_id IN (\(marks)) AND (\(topics.sql)) GROUP BY t.statement_id
            """, arguments: StatementArguments(ids.map(\.databaseValue) + topics.arguments))
        return Dictionary(rows.map { ($0[0] as Int64, $0[1] as Double) }, uniquingKeysWith: max)
    }
}
