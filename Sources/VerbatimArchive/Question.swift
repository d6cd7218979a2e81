import Foundation
import GRDB

/// A question in plain English, understood.
///
/// It knows `what did|has|have SPEAKER say|said [about|on|regarding TOPIC]`, `what was said about TOPIC` and
/// `who criticized|condemned|rejected|… TARGET [about TOPIC]`, with or without a question mark, in any case, with
/// curly or straight quotes.
public struct Question: Sendable, Equatable {
    /// Who the question is about: a name, an office description, a country or an organization; nil for anyone.
    public var speaker: String?
    /// What the statements should be about, when asked.
    public var topic: String?
    /// The act asked about (`criticize` for `who criticized …`), and whom it is aimed at.
    public var act: String?
    public var target: String?
    /// Words said, for `who said "PHRASE"`.
    public var phrase: String?

    public init(speaker: String?, topic: String? = nil, act: String? = nil, target: String? = nil,
                phrase: String? = nil) {
        self.speaker = speaker
        self.topic = topic
        self.act = act
        self.target = target
        self.phrase = phrase
    }

    /// The forms `ask` understands, for the message a question it cannot parse gets.
    public static let forms = [
        "what did SPEAKER say [about TOPIC]", "what was said about TOPIC", "who said \"PHRASE\"",
        "who criticized|condemned|rejected|supported|praised|warned|urged|accused|denied|demanded TARGET [about TOPIC]",
    ]

    /// The act each verb of `who VERB TARGET` asks about.
    static let actVerbs = [
        "criticized": "criticize", "criticised": "criticize", "condemned": "condemn", "rejected": "reject",
        "supported": "support", "praised": "praise", "warned": "warn", "urged": "urge", "accused": "accuse",
        "denied": "deny", "demanded": "demand", "threatened": "threaten", "defended": "defend",
    ]

    /// Parses `text`; nil when it has none of the known forms.
    public static func parse(_ text: String) -> Question? {
        var words = text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"")
            .replacingOccurrences(of: "”", with: "\"")
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t\n?!."))
            .split(separator: " ").map(String.init)
        // `what was said about TOPIC`
        if words.count >= 5, words[0].lowercased() == "what", ["was", "is", "has"].contains(words[1].lowercased()),
           let said = words.firstIndex(where: { $0.lowercased() == "said" }), said <= 3, said + 2 < words.count,
           ["about", "on", "regarding", "of"].contains(words[said + 1].lowercased()) {
            return Question(speaker: nil, topic: words[(said + 2)...].joined(separator: " "))
        }
        // `who said "smoke screen"`, `who said smoke screen`
        if words.count >= 3, words[0].lowercased() == "who", ["said", "says"].contains(words[1].lowercased()) {
            let phrase = words[2...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            return phrase.isEmpty ? nil : Question(speaker: nil, phrase: phrase)
        }
        // `who criticized TARGET [about TOPIC]`
        if words.count >= 3, words[0].lowercased() == "who", let act = actVerbs[words[1].lowercased()] {
            var rest = Array(words[2...])
            var topic: String?
            if let about = rest.firstIndex(where: { ["about", "over", "regarding"].contains($0.lowercased()) }),
               about > 0, about + 1 < rest.count {
                topic = rest[(about + 1)...].joined(separator: " ")
                rest = Array(rest[..<about])
            }
            return Question(speaker: nil, topic: topic, act: act, target: rest.joined(separator: " "))
        }
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
            var conditions: [SQLCondition] = []
            var explanation: [String] = []
            if let name = question.speaker {
                let speaker = try SpeakerResolver(db: db, lexicon: lexicon).condition(for: name)
                conditions.append(speaker.condition)
                explanation.append("speaker '\(name)': \(speaker.explanation)")
            }
            if let phrase = question.phrase {
                conditions.append(SQLCondition(
                    "v.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                    ["text : " + Self.ftsPhrase(phrase)]))
                explanation.append("phrase '\(phrase)': the statement's own words")
            }
            if question.act != nil || question.target != nil {
                conditions.append(try Self.actCondition(act: question.act, target: question.target, lexicon: lexicon, db: db))
                explanation.append("act '\(question.act ?? "any")' aimed at '\(question.target ?? "anyone")' (a country "
                    + "takes in its institutions and officials)")
            }
            if let topic = question.topic {
                conditions.append(try Self.aboutCondition(topic, lexicon: lexicon, db: db))
                explanation.append("topic '\(topic)': linked topics, or the words in the statement or its context")
            }
            let columns = ["published_on", "speaker", "speaker_role", "speaker_country", "kind", "cue", "act", "text",
                           "title", "source", "context"].map { "v.\($0)" }.joined(separator: ", ")
            // Ranked by how closely each statement is about the topic (its words, its sentence, the paragraph it
            // answers), then newest first.
            let score = try question.topic.map { try Self.aboutScore($0, lexicon: lexicon, db: db) } ?? SQLCondition("1.0")
            let sql = "SELECT \(columns), \(score.sql) AS score FROM v_statements v WHERE "
                + conditions.map { "(\($0.sql))" }.joined(separator: " AND ")
                + " ORDER BY score DESC, v.published_on DESC, v.article, v.start LIMIT \(limit)"
            explanation.append("SQL: \(sql)")
            let arguments = score.arguments + conditions.flatMap(\.arguments)
            let table = try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(arguments))
            return Answer(table: table, explanation: explanation)
        }
    }
}
