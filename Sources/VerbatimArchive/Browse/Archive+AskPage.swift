import GRDB

extension Archive {
    /// A page of answers to a question, as the web page shows them: statement cards with their scores and
    /// paragraphs, or the count a `how many` question asks for.
    public struct AnswerPage: Sendable {
        /// The question as it was understood: the text asked, or `what was said about WORDS` for words alone.
        public var asked: String
        /// The page of answers (``cardColumns`` and `score`); for `how many`, the count table.
        public var answers: Listing
        /// Each answer's paragraph, by statement id.
        public var paragraphs: [Int64: Paragraph]
        /// How the question was understood (what `ask --explain` prints).
        public var explanation: [String]
        /// Whether the answers are a count (`how many`) rather than statements.
        public var isCount: Bool
    }

    /// The most answers a question lists over all its pages.
    public static let maxAnswers = 1_000

    /// Answers `text`, a question or words (asked as `what was said about WORDS`), a page at a time, through
    /// ``answer(_:limit:allColumns:)``.
    ///
    /// - Returns: nil when `text` is neither a question `ask` understands nor words to search for.
    public func answerPage(_ text: String, paging: Paging) throws -> AnswerPage? {
        var asked = text
        var question = Question.parse(text)
        if question == nil {
            asked = "what was said about " + text
            question = Question.parse(asked)
        }
        guard let question else { return nil }
        let limit = min(paging.offset + paging.size + 1, Self.maxAnswers)
        let answer = try self.answer(question, limit: limit, allColumns: true)
        let table = answer.table
        guard let article = table.columns.firstIndex(of: "article"), let origin = table.columns.firstIndex(of: "origin"),
              let start = table.columns.firstIndex(of: "start"), let end = table.columns.firstIndex(of: "end"),
              let score = table.columns.firstIndex(of: "score")
        else {
            return AnswerPage(asked: asked, answers: Listing(table, paging), paragraphs: [:],
                              explanation: answer.explanation, isCount: true)
        }
        let rows = Array(table.rows.dropFirst(paging.offset))
        return try read { db in
            // An answer names its statement by article and offsets; the statement's id is looked up by them.
            let find = try db.cachedStatement(sql: """
                SELECT s.id FROM articles a JOIN statements s ON s.article_id = a.id
                WHERE a.name = ? AND a.origin = ? AND s.start = ? AND s."end" = ? LIMIT 1
                """)
            var ids: [Int64] = [], scores: [Int64: DatabaseValue] = [:]
            for row in rows {
                guard let id = try Int64.fetchOne(find, arguments: [row[article], row[origin], row[start], row[end]])
                else { continue }
                ids.append(id)
                scores[id] = row[score]
            }
            var listing = try Listing.statements(db, ids: ids, paging)
            listing.table.columns.append("score")
            listing.table.rows = listing.table.rows.map { $0 + [scores[Int64.fromDatabaseValue($0[0]) ?? 0] ?? .null] }
            if rows.count <= paging.size || paging.offset + paging.size >= Self.maxAnswers { listing.hasMore = false }
            return AnswerPage(asked: asked, answers: listing, paragraphs: try Self.paragraphs(db, cards: listing.table),
                              explanation: answer.explanation, isCount: false)
        }
    }

    /// The paragraph of each statement card of `cards`, by statement id; each article's text is read once.
    public static func paragraphs(_ db: Database, cards: ResultTable) throws -> [Int64: Paragraph] {
        guard let id = cards.columns.firstIndex(of: "id"), let article = cards.columns.firstIndex(of: "article_id"),
              let start = cards.columns.firstIndex(of: "start"), let end = cards.columns.firstIndex(of: "end")
        else { return [:] }
        let text = try db.cachedStatement(sql: "SELECT text FROM articles WHERE id = ?")
        var texts: [Int64: String] = [:], paragraphs: [Int64: Paragraph] = [:]
        for row in cards.rows {
            guard let statement = Int64.fromDatabaseValue(row[id]), let articleID = Int64.fromDatabaseValue(row[article])
            else { continue }
            if texts[articleID] == nil { texts[articleID] = try String.fetchOne(text, arguments: [articleID]) ?? "" }
            paragraphs[statement] = .around(Int.fromDatabaseValue(row[start]) ?? 0, Int.fromDatabaseValue(row[end]) ?? 0,
                                            in: texts[articleID]!)
        }
        return paragraphs
    }
}
