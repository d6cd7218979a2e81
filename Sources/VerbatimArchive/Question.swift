import Foundation
import GRDB

/// A question in plain English, understood.
///
/// This first version knows `what did|has|have SPEAKER say|said [about|on|regarding TOPIC]`, with or without a
/// question mark, in any case, with curly or straight quotes.
public struct Question: Sendable, Equatable {
    /// Who the question is about: a name, an office description, a country or an organization.
    public var speaker: String
    /// What the statements should be about, when asked.
    public var topic: String?

    /// The forms `ask` understands, for the message a question it cannot parse gets.
    public static let forms = ["what did SPEAKER say [about TOPIC]"]

    /// Parses `text`; nil when it has none of the known forms.
    public static func parse(_ text: String) -> Question? {
        var words = text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"")
            .replacingOccurrences(of: "”", with: "\"")
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t\n?!."))
            .split(separator: " ").map(String.init)
        guard words.count >= 4, words[0].lowercased() == "what",
              ["did", "has", "have", "does", "do"].contains(words[1].lowercased())
        else { return nil }
        words.removeFirst(2)
        guard let verb = words.lastIndex(where: { ["say", "said", "says"].contains($0.lowercased()) }), verb > 0 else {
            return nil
        }
        let speaker = words[..<verb].joined(separator: " ")
        var rest = Array(words[(verb + 1)...])
        var topic: String?
        if let first = rest.first?.lowercased(), ["about", "on", "regarding", "of"].contains(first) {
            rest.removeFirst()
            topic = rest.isEmpty ? nil : rest.joined(separator: " ")
        } else if !rest.isEmpty {
            return nil
        }
        return Question(speaker: speaker, topic: topic)
    }
}

extension Archive {
    /// The answer to a question: the statements, and how the question was understood.
    public struct Answer: Sendable {
        public var table: ResultTable
        /// How the speaker and topic were resolved, and the SQL run.
        public var explanation: [String]
    }

    /// Answers `question`: the speaker's statements, about the topic when one is asked, newest first.
    public func answer(_ question: Question, limit: Int = 20) throws -> Answer {
        try read { db in
            let speaker = try SpeakerResolver(db: db, lexicon: lexicon).condition(for: question.speaker)
            var conditions = [speaker.condition]
            var explanation = ["speaker '\(question.speaker)': \(speaker.explanation)"]
            if let topic = question.topic {
                conditions.append(try Self.aboutCondition(topic, db: db))
                explanation.append("topic '\(topic)': linked topics, or the words in the statement or its context")
            }
            let columns = ["published_on", "speaker", "speaker_role", "speaker_country", "kind", "cue", "text",
                           "title", "source", "context"].map { "v.\($0)" }.joined(separator: ", ")
            let sql = "SELECT \(columns) FROM v_statements v WHERE "
                + conditions.map { "(\($0.sql))" }.joined(separator: " AND ")
                + " ORDER BY v.published_on DESC, v.article, v.start LIMIT \(limit)"
            explanation.append("SQL: \(sql)")
            let table = try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(conditions.flatMap(\.arguments)))
            return Answer(table: table, explanation: explanation)
        }
    }
}
