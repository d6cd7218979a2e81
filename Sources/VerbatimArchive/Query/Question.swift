import Foundation
import GRDB

/// A question in plain English, understood.
///
/// Any question with a question word and something to search for: the form, the speaker, the verb, an addressee,
/// the topic and a date clause (see `Question+Phrasing.swift`), and the fixed forms `what was said about TOPIC`,
/// `who said "PHRASE"`, `statements by|quotes from SPEAKER` and `who criticized|condemned|… TARGET [about TOPIC]`; with
/// or without a question mark, in any case, with curly or straight quotes.
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
    /// The question word it opens with; the verb after the speaker (`announce`), and whom it was aimed at (`tell
    /// Trump about Taiwan`), for `--explain`.
    public var form: Form = .what
    /// The words that rank the answers, when more than the topic (all the words after the verb).
    public var searchText: String?
    public var verb: String?
    public var addressee: String?

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
        "what|why|when|how many … did|has|is SPEAKER [last] VERB [ADDRESSEE] [about|on|after|in response to … TOPIC]",
        "who|which [in|at|among GROUP] VERB WORDS", "what was said about TOPIC", "who said \"PHRASE\"",
        "statements by|from SPEAKER [about TOPIC]", "quotes from SPEAKER [about TOPIC]",
        "who criticized|condemned|…|demanded TARGET [about TOPIC]",
    ]

    /// The act each verb of `who VERB TARGET` asks about.
    static let actVerbs = [
        "criticized": "criticize", "criticised": "criticize", "condemned": "condemn", "rejected": "reject",
        "supported": "support", "praised": "praise", "warned": "warn", "urged": "urge", "accused": "accuse",
        "denied": "deny", "demanded": "demand", "threatened": "threaten", "defended": "defend",
        "slammed": "criticize", "blasted": "criticize", "rebuked": "criticize", "welcomed": "praise",
        "backed": "support", "endorsed": "support", "dismissed": "reject",
    ]

    /// Verbs of more than one word that ask for an act (`who hit back at Trump's claim`), with the act.
    static let phrasalActs: [(words: [String], act: String)] = [
        (["hit", "back", "at"], "criticize"), (["lashed", "out", "at"], "criticize"), (["took", "aim", "at"], "criticize"),
        (["pushed", "back", "against"], "reject"), (["pushed", "back", "on"], "reject"),
    ]

    /// Parses `text`; a question of no known form is a search for its words; nil only when it has none (`what
    /// did`). Any form may end with a date clause: `in 2016`,
    /// `in March 2016`, `since 2016-02-01`, `before February 2016`, `between 2016-01-01 and 2016-03-31`.
    public static func parse(_ text: String) -> Question? {
        var words = text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "“", with: "\"")
            .replacingOccurrences(of: "”", with: "\"")
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t\n?!."))
            .split(separator: " ").map(String.init)
        let dates = DateClause.strip(&words)
        let text = words.joined(separator: " ")
        // Anything else with words to search for (`tell me about the Geneva talks`) is a search for those words.
        guard var question = parseForm(text)
                ?? (Archive.contentWords(text).isEmpty ? nil : Question(speaker: nil, topic: text)) else { return nil }
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
            q.form = .howMany
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
            q.form = .when
            return q
        }
        // `who said "smoke screen"`, `who said smoke screen`: the words as said first, then statements like them
        if words.count >= 3, lower[0] == "who", ["said", "says"].contains(lower[1]) {
            let phrase = words[2...].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            var q = Question(speaker: nil, phrase: phrase)
            q.form = .who
            return phrase.isEmpty ? nil : q
        }
        // `who criticized TARGET [about TOPIC]`
        let phrasal = phrasalActs.first { $0.words.count + 2 <= lower.count && Array(lower[1...$0.words.count]) == $0.words }
        if words.count >= 3, lower[0] == "who", let act = phrasal?.act ?? actVerbs[lower[1]] {
            let rest = Array(words[(1 + (phrasal?.words.count ?? 1))...])
            var (target, topic) = splitTopic(rest, markers: ["about", "over", "regarding"])
            if target.isEmpty { (target, topic) = (rest, nil) }  // `who criticized about the plan`
            // `who accused Twitter of doing nothing`, `who criticized Russia for blocking aid`: what for is the topic.
            if topic == nil, let of = target.indices.dropFirst().first(where: {
                ["of", "for"].contains(target[$0].lowercased()) && $0 + 1 < target.count && target[$0 + 1].lowercased().hasSuffix("ing")
            }) {
                (target, topic) = (Array(target[..<of]), target[(of + 1)...].joined(separator: " "))
            }
            var q = Question(speaker: nil, topic: topic, act: act, target: target.joined(separator: " "))
            q.form = .who
            return q
        }
        return generic(words, lower)
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
        "welcome", "welcomed", "object", "objected", "defend", "defended", "attack", "attacked", "compare", "compared",
        "react", "reacted", "raise", "raised", "condemn", "condemned", "criticise", "criticised", "reject", "rejected",
        "support", "supported", "oppose", "opposed", "dismiss", "dismissed", "stress", "stressed",
        "speak", "spoke", "talk", "talked", "stated", "note", "noted", "mention", "mentioned", "recall",
        "recalled", "question", "questioned", "ask", "asked", "declare", "declared", "threaten",
        "threatened", "agree", "agreed", "disagree", "disagreed", "confirm", "confirmed", "pressed",
    ]

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

