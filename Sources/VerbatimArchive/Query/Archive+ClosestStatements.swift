import GRDB

/// What `ask` answers when none of the speaker's statements is about the topic as asked: never nothing.
extension Archive {
    /// Words a topic phrase is made with but no statement is about: articles, prepositions, pronouns, auxiliaries.
    static let topicStopWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "over", "into", "and",
        "or", "but", "as", "its", "his", "her", "their", "our", "my", "your", "it", "he", "she", "they", "we", "i",
        "you", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "do", "does", "did",
        "what", "who", "whom", "which", "when", "why", "how", "say", "said", "says", "any", "some",
    ]

    /// The content words of a topic phrase, lowercased, without stop words and punctuation.
    static func contentWords(_ topic: String) -> [String] {
        var seen: Set<String> = []
        return topic.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
            .map(String.init)
            .filter { $0.count > 1 && !topicStopWords.contains($0) && seen.insert($0).inserted }
    }

    /// The ids of the statements matching `conditions` (the speaker and dates) that share the most of the topic's
    /// content words, in their words or context (FTS5 `bm25`, no word required), at most `limit`; when none shares
    /// any, the newest. An explanation line tells which.
    static func closestStatementIDs(_ db: Database, _ conditions: [SQLCondition], topic: String, limit: Int) throws
        -> (ids: [Int64], explanation: String) {
        let words = contentWords(topic)
        let ids = try sharingWords(db, conditions, words: words, columns: "{text context}", limit: limit)
        if !ids.isEmpty {
            return (ids, "none of the speaker's statements is about '\(topic)': those that share most of its words ("
                + words.joined(separator: ", ") + "), by FTS5 bm25")
        }
        return (try statementIDs(db, conditions, limit: limit),
                "none of the speaker's statements shares a word with '\(topic)': the speaker's newest")
    }

    /// The ids of the statements matching `conditions` whose `columns` (an FTS5 column filter) share most of
    /// `words`, by FTS5 `bm25`, no word required, at most `limit`.
    static func sharingWords(_ db: Database, _ conditions: [SQLCondition], words: [String], columns: String,
                             limit: Int) throws -> [Int64] {
        guard !words.isEmpty else { return [] }
        let match = columns + " : (" + words.map { ftsPhrase($0) }.joined(separator: " OR ") + ")"
        let sql = "SELECT v.id FROM statements_fts f JOIN statements v ON v.id = f.rowid WHERE statements_fts MATCH ?"
            + conditions.map { " AND (\($0.sql))" }.joined() + " ORDER BY bm25(statements_fts), v.published_on DESC LIMIT ?"
        let arguments = StatementArguments([match]) + StatementArguments(conditions.flatMap(\.arguments))
            + StatementArguments([limit])
        return try Int64.fetchAll(db, sql: sql, arguments: arguments)
    }
}
