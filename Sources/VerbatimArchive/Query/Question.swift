import Foundation
import GRDB

/// A question in plain English, understood.
///
/// It knows `what|why did|has|have SPEAKER say|tell|announce|call for|… [ADDRESSEE] [about|on|for|… TOPIC]`, `what was
/// said about TOPIC`, `who described|called for|… TOPIC` and `who criticized|condemned|rejected|… TARGET [about TOPIC]`,
/// with or without a question mark, in any case, with curly or straight quotes.
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
    /// Only quotations (`quotes from SPEAKER`).
    public var quotesOnly = false
    /// What to answer: the statements, how many there are, or the latest one.
    public var mode: Mode = .list
    /// Published on or after, and on or before (ISO dates), from `since`, `before`, `in` or `between` clauses.
    public var since: String?
    public var until: String?

    public enum Mode: Sendable, Equatable {
        case list, count, latest
    }

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
        "what|why did SPEAKER say|tell|announce|claim|call for|warn|promise|tweet|… [ADDRESSEE] [about|on|for|after|in response to TOPIC]",
        "what was said about TOPIC", "who said \"PHRASE\"", "who described|called for|… TOPIC",
        "statements by|from SPEAKER [about TOPIC]", "quotes from SPEAKER [about TOPIC]",
        "how many statements did SPEAKER make [about TOPIC]", "when did SPEAKER last talk about TOPIC",
        "who criticized|condemned|rejected|supported|praised|warned|urged|accused|denied|demanded TARGET [about TOPIC]",
    ]

    /// The act each verb of `who VERB TARGET` asks about.
    static let actVerbs = [
        "criticized": "criticize", "criticised": "criticize", "condemned": "condemn", "rejected": "reject",
        "supported": "support", "praised": "praise", "warned": "warn", "urged": "urge", "accused": "accuse",
        "denied": "deny", "demanded": "demand", "threatened": "threaten", "defended": "defend",
    ]

    /// Parses `text`; nil when it has none of the known forms. Any form may end with a date clause: `in 2016`,
    /// `in March 2016`, `since 2016-02-01`, `before February 2016`, `between 2016-01-01 and 2016-03-31`.
    public static func parse(_ text: String) -> Question? {
        var words = text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"")
            .replacingOccurrences(of: "”", with: "\"")
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t\n?!."))
            .split(separator: " ").map(String.init)
        let dates = DateClause.strip(&words)
        guard var question = parseForm(words.joined(separator: " ")) else { return nil }
        question.since = dates.since
        question.until = dates.until
        return question
    }

    /// `TOPIC` after one of `markers` (`about`, `on`, `regarding`) in `rest`, and what comes before it.
    private static func splitTopic(_ rest: [String], markers: Set<String> = ["about", "on", "regarding"])
        -> (head: [String], topic: String?) {
        guard let about = rest.firstIndex(where: { markers.contains($0.lowercased()) }), about + 1 < rest.count else {
            return (rest, nil)
        }
        return (Array(rest[..<about]), rest[(about + 1)...].joined(separator: " "))
    }

    private static func parseForm(_ text: String) -> Question? {
        let words = text.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased() }
        // `what was said about TOPIC`, `what has been said about TOPIC` (but `what has Marin said` is the next form)
        if words.count >= 5, lower[0] == "what", let said = lower.firstIndex(of: "said"),
           (said == 2 && ["was", "is"].contains(lower[1])) || (said == 3 && lower[1] == "has" && lower[2] == "been"),
           said + 2 < words.count,
           ["about", "on", "regarding", "of"].contains(lower[said + 1]) {
            return Question(speaker: nil, topic: words[(said + 2)...].joined(separator: " "))
        }
        // `statements by|from SPEAKER [about TOPIC]`, `quotes from SPEAKER [about TOPIC]`
        if words.count >= 3, ["statements", "quotes", "quotations"].contains(lower[0]), ["by", "from", "of"].contains(lower[1]) {
            let (speaker, topic) = splitTopic(Array(words[2...]))
            guard !speaker.isEmpty else { return nil }
            var q = Question(speaker: speaker.joined(separator: " "), topic: topic)
            q.quotesOnly = lower[0] != "statements"
            return q
        }
        // `how many statements did SPEAKER make [about TOPIC]`
        if words.count >= 6, lower[0] == "how", lower[1] == "many", ["statements", "quotes"].contains(lower[2]),
           ["did", "has", "have"].contains(lower[3]),
           let make = lower.lastIndex(where: { ["make", "made", "give", "given"].contains($0) }), make > 4 {
            let (_, topic) = splitTopic(Array(words[(make + 1)...]))
            var q = Question(speaker: words[4..<make].joined(separator: " "), topic: topic)
            q.mode = .count
            q.quotesOnly = lower[2] == "quotes"
            return q
        }
        // `when did SPEAKER last talk|speak about TOPIC`
        if words.count >= 6, lower[0] == "when", ["did", "has"].contains(lower[1]),
           let last = lower.firstIndex(of: "last"), last > 2, last + 1 < lower.count,
           ["talk", "speak", "say", "talked", "spoke", "comment"].contains(lower[last + 1]) {
            let (_, topic) = splitTopic(Array(words[(last + 2)...]))
            guard let topic else { return nil }
            var q = Question(speaker: words[2..<last].joined(separator: " "), topic: topic)
            q.mode = .latest
            return q
        }
        // `who said "smoke screen"`, `who said smoke screen`
        if words.count >= 3, lower[0] == "who", ["said", "says"].contains(lower[1]) {
            let phrase = words[2...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            return phrase.isEmpty ? nil : Question(speaker: nil, phrase: phrase)
        }
        // `who criticized TARGET [about TOPIC]`
        if words.count >= 3, lower[0] == "who", let act = actVerbs[lower[1]] {
            var (target, topic) = splitTopic(Array(words[2...]), markers: ["about", "over", "regarding"])
            if target.isEmpty { (target, topic) = (Array(words[2...]), nil) }  // `who criticized about the plan`
            return Question(speaker: nil, topic: topic, act: act, target: target.joined(separator: " "))
        }
        // `who described the plan as reckless`, `who called for a ceasefire`: anyone's statements on the words.
        if words.count >= 3, lower[0] == "who", speechVerbs.contains(lower[1]) {
            let topic = topicAfterVerb(Array(words[2...]))
            return topic.map { Question(speaker: nil, topic: $0) }
        }
        return speakerQuestion(words, lower)
    }

    /// Verbs of saying a question may ask with (`what did X announce`, `why did X say`), in their forms.
    static let speechVerbs: Set<String> = [
        "say", "said", "says", "tell", "told", "tells", "announce", "announced", "announces", "claim", "claimed",
        "claims", "call", "called", "calls", "tweet", "tweeted", "tweets", "promise", "promised", "promises", "warn",
        "warned", "warns", "deny", "denied", "denies", "demand", "demanded", "demands", "propose", "proposed",
        "proposes", "write", "wrote", "writes", "argue", "argued", "argues", "insist", "insisted", "insists",
        "predict", "predicted", "predicts", "suggest", "suggested", "suggests", "describe", "described", "describes",
        "think", "thought", "believe", "believed", "want", "wanted", "mean", "meant", "add", "added",
        "explain", "explained", "urge", "urged", "criticize", "criticized", "accuse", "accused",
        "reveal", "revealed", "admit", "admitted", "acknowledge", "acknowledged", "pledge", "pledged", "vow", "vowed",
        "comment", "commented", "respond", "responded", "reply", "replied", "blame", "blamed", "praise", "praised",
    ]

    /// `what|why|how did|has|have|does|do SPEAKER VERB [ADDRESSEE] [about|on|for|… TOPIC]` (`what did Marin tell
    /// reporters about Homs`, `why did Ward say the coalition would win`, `what did Berger call for`): the speaker
    /// before the first verb of saying; the topic is what follows its marker, else what follows the verb.
    private static func speakerQuestion(_ words: [String], _ lower: [String]) -> Question? {
        guard words.count >= 4, ["what", "why", "how"].contains(lower[0]),
              ["did", "has", "have", "does", "do", "had"].contains(lower[1]),
              let verb = lower.indices.dropFirst(3).first(where: { speechVerbs.contains(lower[$0]) }) else {
            return nil
        }
        let speaker = words[2..<verb].joined(separator: " ")
        return Question(speaker: speaker, topic: topicAfterVerb(Array(words[(verb + 1)...])))
    }

    /// The topic in the words after a verb of saying: what follows the first of `about`, `on`, `regarding`, `of`,
    /// `for`, `over`, `after`, `concerning`, or `in response to` (`told reporters about Homs`), else the words
    /// themselves (`said the coalition would win`, `described the plan as reckless`), nil when there are none.
    static func topicAfterVerb(_ rest: [String]) -> String? {
        let lower = rest.map { $0.lowercased() }
        let markers: Set<String> = ["about", "on", "regarding", "of", "for", "over", "after", "concerning"]
        var start = 0
        if let m = lower.firstIndex(where: { markers.contains($0) }) { start = m + 1 }
        if let r = lower.firstIndex(of: "response"), r + 2 < lower.count, lower[r + 1] == "to" { start = r + 2 }
        let topic = rest[start...].joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return topic.isEmpty ? nil : topic
    }
}

extension Archive {
    /// The answer to a question: the statements, and how the question was understood.
    public struct Answer: Sendable {
        public var table: ResultTable
        /// How the speaker and topic were resolved, and the SQL run.
        public var explanation: [String]
    }

    /// Answers `question`: the speaker's statements, about the topic when one is asked, ranked.
    ///
    /// - Parameter allColumns: every column of the export (for JSON, JSON Lines and CSV), not only those a reader
    ///   scans in a terminal; either way with `context` and `score`.
    public func answer(_ question: Question, limit: Int = 20, allColumns: Bool = false) throws -> Answer {
        try read { db in
            var conditions: [SQLCondition] = []
            var explanation: [String] = []
            /// The speaker's condition and the dates: what a question whose topic finds nothing falls back on.
            var fallback: [SQLCondition] = []
            if let name = question.speaker {
                let speaker = try SpeakerResolver(db: db, lexicon: lexicon).condition(for: name)
                conditions.append(speaker.condition)
                fallback.append(speaker.condition)
                explanation.append("speaker '\(name)': \(speaker.explanation)")
            }
            if let phrase = question.phrase {
                conditions.append(SQLCondition(
                    "v.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                    ["text : " + Self.ftsPhrase(phrase)]))
                explanation.append("phrase '\(phrase)': the statement's own words")
            }
            var topic = question.topic
            // Each topic's links are looked up once, for the condition and for the score.
            var topicMatches: [String: SQLCondition] = [:]
            func topicMatch(_ text: String) throws -> SQLCondition {
                if let known = topicMatches[text] { return known }
                let match = try Self.topicMatch(text, lexicon: lexicon, db: db)
                topicMatches[text] = match
                return match
            }
            if question.act != nil || question.target != nil {
                do {
                    conditions.append(try Self.actCondition(act: question.act, target: question.target, lexicon: lexicon, db: db))
                    explanation.append("act '\(question.act ?? "any")' aimed at '\(question.target ?? "anyone")' (a country "
                        + "takes in its institutions and officials)")
                } catch let error as ArchiveError {
                    // `who condemned the bombing`: a target that names no one is what the act is about.
                    guard let act = question.act, let words = question.target else { throw error }
                    conditions.append(try Self.actCondition(act: act, target: nil, lexicon: lexicon, db: db))
                    explanation.append("act '\(act)' about '\(words)' (no country, organization or person of that name)")
                    conditions.append(try Self.aboutCondition(words, topics: topicMatch(words), walk: question.mode != .count,
                                                              narrowed: !conditions.isEmpty, lexicon: lexicon, db: db))
                    if topic == nil { topic = words }
                }
            }
            if let topic = question.topic {
                conditions.append(try Self.aboutCondition(topic, topics: topicMatch(topic), walk: question.mode != .count,
                                                          narrowed: !conditions.isEmpty, lexicon: lexicon, db: db))
                explanation.append("topic '\(topic)': linked topics, or the words in the statement or its context")
            }
            if question.quotesOnly {
                conditions.append(SQLCondition("v.kind IN ('direct', 'partial')"))
                fallback.append(SQLCondition("v.kind IN ('direct', 'partial')"))
                explanation.append("quotations only")
            }
            if let since = question.since { conditions.append(SQLCondition("v.published_on >= ?", [since])) }
            if let until = question.until { conditions.append(SQLCondition("v.published_on <= ?", [until])) }
            fallback += conditions.suffix((question.since != nil ? 1 : 0) + (question.until != nil ? 1 : 0))
            if question.since != nil || question.until != nil {
                explanation.append("published from \(question.since ?? "the start") to \(question.until ?? "now")")
            }
            guard !conditions.isEmpty else { throw ArchiveError("the question asks about no one and nothing") }
            if question.mode == .count {
                let sql = "SELECT count(*) AS statements FROM statements v WHERE "
                    + conditions.map { "(\($0.sql))" }.joined(separator: " AND ")
                explanation.append("SQL: \(sql)")
                let table = try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(conditions.flatMap(\.arguments)))
                return Answer(table: table, explanation: explanation)
            }
            let shown = allColumns ? Self.exportColumns + ["title", "source"]
                : ["published_on", "speaker", "speaker_role", "speaker_country", "kind", "cue", "act", "text", "title",
                   "source", "context"]
            // Ranked by how closely each statement is about the topic (its words, its sentence, the paragraph it
            // answers), then newest first.
            let score = try topic.map { Self.aboutScore(topics: try topicMatch($0)) }
            var shownScore = score
            var ids: [Int64]
            switch (question.mode, score) {
            case (.latest, _): ids = try Self.statementIDs(db, conditions, limit: 1)
            case (_, let score?): ids = try Self.rankedStatementIDs(db, conditions, score: score, limit: limit)
            case (_, nil): ids = try Self.statementIDs(db, conditions, limit: limit)
            }
            // A speaker with statements is never answered with nothing: those closest to the topic instead.
            if ids.isEmpty, question.speaker != nil, let topic, question.phrase == nil, question.act == nil {
                let closest = try Self.closestStatementIDs(db, fallback, topic: topic,
                                                           limit: question.mode == .latest ? 1 : limit)
                ids = closest.ids
                explanation.append(closest.explanation)
                // Not about the topic as asked: they rank below any statement that is.
                shownScore = SQLCondition("0.0")
            }
            // `who said PHRASE` with words no statement has as written: those whose words share most of them.
            if ids.isEmpty, let phrase = question.phrase {
                let words = Self.contentWords(phrase)
                ids = try Self.sharingWords(db, fallback, words: words, columns: "text",
                                            limit: question.mode == .latest ? 1 : limit)
                if !ids.isEmpty {
                    explanation.append("no statement says '\(phrase)' as written: those whose words share most of "
                        + words.joined(separator: ", ") + ", by FTS5 bm25")
                    shownScore = SQLCondition("0.0")
                }
            }
            let ranked = question.mode != .latest ? score : nil
            let tier = ranked.map { [Self.scoreTier($0, nil)] } ?? []
            let scores = TopicLink.weights.map { "\($0.weight)" }.joined(separator: ", ")
            explanation.append((ranked == nil ? "SQL: " : "SQL, run once per score from the highest (\(scores)): ")
                + SQLCondition.query("SELECT v.id FROM statements v", conditions + tier, order: Self.newestFirst,
                                     limit: question.mode == .latest ? 1 : limit).0)
            let table = try Self.statementRows(
                db, ids: ids, columns: shown.map { "v.\"\($0)\"" } + ["\(shownScore?.sql ?? "1.0") AS score"],
                arguments: shownScore?.arguments ?? [])
            return Answer(table: table, explanation: explanation)
        }
    }
}

/// A date clause ending a question: `in 2016`, `in March 2016`, `since 2016-02-01`, `before February 2016`,
/// `between 2016-01-01 and 2016-03-31`.
enum DateClause {
    /// Removes a date clause from the end of `words`: the first and last ISO days it allows.
    static func strip(_ words: inout [String]) -> (since: String?, until: String?) {
        let lower = words.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        // `between A and B`
        if let between = lower.lastIndex(of: "between"), let and = lower.lastIndex(of: "and"), and > between + 1,
           let a = range(lower[(between + 1)..<and]), let b = range(lower[(and + 1)...]) {
            words.removeSubrange(between...)
            return (a.first, b.last)
        }
        for start in stride(from: lower.count - 1, to: 0, by: -1) where ["in", "since", "before", "after", "during"].contains(lower[start]) {
            guard let r = range(lower[(start + 1)...]) else { continue }
            let keyword = lower[start]
            words.removeSubrange(start...)
            switch keyword {
            case "since", "after": return (r.first, nil)
            case "before": return (nil, dayBefore(r.first))
            default: return (r.first, r.last)
            }
        }
        return (nil, nil)
    }

    /// The first and last days a date names: `2016`, `March 2016`, `2016-03`, `2016-03-05`, `March 5, 2016`.
    static func range(_ words: ArraySlice<String>) -> (first: String, last: String)? {
        let w = Array(words)
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"]
        func year(_ s: String) -> Int? { Int(s).flatMap { (1900...2100).contains($0) ? $0 : nil } }
        func iso(_ y: Int, _ m: Int, _ d: Int) -> String { String(format: "%04d-%02d-%02d", y, m, d) }
        switch w.count {
        case 1:
            if let y = year(w[0]) { return (iso(y, 1, 1), iso(y, 12, 31)) }
            let parts = w[0].split(separator: "-").compactMap { Int($0) }
            if parts.count == 2, let y = year(String(parts[0])), (1...12).contains(parts[1]) {
                return (iso(y, parts[1], 1), iso(y, parts[1], lastDay(y, parts[1])))
            }
            if parts.count == 3, let y = year(String(parts[0])), (1...12).contains(parts[1]),
               (1...lastDay(y, parts[1])).contains(parts[2]) {
                return (iso(y, parts[1], parts[2]), iso(y, parts[1], parts[2]))
            }
        case 2:
            if let m = months.firstIndex(of: w[0]), let y = year(w[1]) { return (iso(y, m + 1, 1), iso(y, m + 1, lastDay(y, m + 1))) }
        case 3:
            if let m = months.firstIndex(of: w[0]), let d = Int(w[1]), let y = year(w[2]), (1...lastDay(y, m + 1)).contains(d) {
                return (iso(y, m + 1, d), iso(y, m + 1, d))
            }
        default:
            break
        }
        return nil
    }

    /// The number of days in month `m` of year `y`.
    static func lastDay(_ y: Int, _ m: Int) -> Int {
        [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    static func dayBefore(_ iso: String) -> String {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        var (y, m, d) = (p[0], p[1], p[2] - 1)
        if d == 0 {
            m -= 1
            if m == 0 { m = 12; y -= 1 }
            d = lastDay(y, m)
        }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
