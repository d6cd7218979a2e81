import Foundation
import GRDB
import VerbatimText

/// A topic named in a statement's article but not in its sentence: `what did a White House official say about
/// Joseph Yun` when the official's words (`He's such a dreamer`) follow a paragraph about Yun. Read only when none
/// of the speaker's statements shares a word or a link with the topic.
extension Answering {
    /// How much an article that names the topic's person, organization or place adds to a statement's score: less
    /// than sharing one word of the topic.
    static let articleBonus = 0.2
    /// An entity mentioned in more articles than this names no topic of its own (`Trump`): it adds nothing.
    static let rareMentionArticles = 300

    /// The statements meeting the speaker's conditions in articles that mention a person, organization or place
    /// that `topic` names, when those articles are few; at most ``candidates``. Countries are left out: nearly every
    /// article names one.
    func inArticlesNaming(_ topic: String) throws -> [Int64] {
        guard !base.isEmpty else { return [] }
        var articles: Set<Int64> = []
        for run in Self.capitalizedRuns(topic) {
            guard let mentions = try mentionCondition(run) else { continue }
            let ids = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT article_id FROM mentions WHERE \(mentions.sql) LIMIT \(Self.rareMentionArticles + 1)
                """, arguments: StatementArguments(mentions.arguments))
            guard ids.count <= Self.rareMentionArticles else { continue }
            articles.formUnion(ids)
        }
        guard !articles.isEmpty else { return [] }
        return try Archive.statementIDs(db, base + [SQLCondition(
            "v.article_id IN (SELECT value FROM json_each(?))", [Archive.jsonList(articles.sorted())])],
            limit: Self.candidates)
    }

    /// The mentions of the person, organization or place named `run`; nil when it names none of them, or a country.
    func mentionCondition(_ run: String) throws -> SQLCondition? {
        if try Archive.countryCode(run, seats: false, db: db) != nil { return nil }
        let organizations = try Archive.organizationIDs(run, db: db)
        if !organizations.isEmpty {
            return SQLCondition("organization_id IN (\(Archive.placeholders(organizations.count)))", organizations)
        }
        let resolver = SpeakerResolver(db: db, lexicon: lexicon)
        let people = try resolver.withNames(try resolver.people(named: run).map(\.id))
        if !people.isEmpty {
            return SQLCondition("person_id IN (\(Archive.placeholders(people.count)))", people)
        }
        let lowered = run.lowercased()
        if let place = lexicon.places.first(where: { $0.name.lowercased() == lowered }) {
            return SQLCondition("place = ? COLLATE NOCASE", [place.name])
        }
        return nil
    }

    /// Runs of up to three capitalized words in `text`, without a possessive ending (`Joseph Yun`, `Scarborough
    /// Shoal`, `Trump`).
    static func capitalizedRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var run: [String] = []
        func close() {
            if !run.isEmpty { runs.append(run.joined(separator: " ")) }
            run = []
        }
        for token in text.split(separator: " ") {
            let word = String(token).trimmingCharacters(in: CharacterSet(charactersIn: ",.;:?!\"()"))
            let possessor = SpeakerResolver.possessor(word)
            if Question.isCapitalized(possessor ?? word), run.count < 3 { run.append(possessor ?? word) } else { close() }
            if possessor != nil { close() }
        }
        close()
        return runs
    }
}
