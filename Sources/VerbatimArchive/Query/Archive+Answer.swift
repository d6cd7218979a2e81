import Foundation
import GRDB

extension Archive {
    /// The answer to a question: the statements, and how the question was understood.
    public struct Answer: Sendable {
        public var table: ResultTable
        /// How the question was parsed, the speaker candidates, the topic query and each answer's score.
        public var explanation: [String]
    }

    /// Answers `question`: the speaker's statements, ranked by how well they answer the topic when one is asked.
    ///
    /// - Parameter allColumns: every column of the export (for JSON, JSON Lines and CSV), not only those a reader
    ///   scans in a terminal; either way with `context` and `score`.
    public func answer(_ question: Question, limit: Int = 20, allColumns: Bool = false) throws -> Answer {
        try read { db in
            var answering = Answering(db: db, lexicon: lexicon, question: question, limit: limit)
            try answering.resolveConditions()
            if question.mode == .count { return try answering.counted() }
            let ranked = try answering.rankedIDs()
            let shown = allColumns ? Self.exportColumns + ["speaker_description", "title", "source"]
                : ["published_on", "speaker", "speaker_role", "speaker_country", "kind", "cue", "act", "text", "title",
                   "source", "context"]
            // The same words reported twice (a story and its update) are one answer.
            let rows = Array(try answering.distinct(ranked).prefix(question.mode == .latest ? 1 : limit))
            let score = rows.isEmpty ? "0.0 AS score"
                : "CASE v.id " + rows.map { _ in "WHEN ? THEN ? " }.joined() + "ELSE 0.0 END AS score"
            let table = try Self.statementRows(
                db, ids: rows.map(\.id), columns: shown.map { "v.\"\($0)\"" } + [score],
                arguments: rows.flatMap { [$0.id.databaseValue, (($0.score * 1000).rounded() / 1000).databaseValue] })
            for (n, row) in rows.prefix(5).enumerated() {
                answering.explanation.append("answer \(n + 1) (statement \(row.id)): score \(String(format: "%.3f", row.score))"
                    + (row.why.isEmpty ? "" : " = " + row.why))
            }
            return Answer(table: table, explanation: answering.explanation)
        }
    }
}
