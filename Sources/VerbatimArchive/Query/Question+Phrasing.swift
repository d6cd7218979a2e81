import Foundation

/// Questions as people phrase them: a question word, a speaker, a verb, and what the answer is about.
///
/// `what|why|when|how did|has|is SPEAKER [last] VERB [ADDRESSEE] [about|on|… TOPIC]`, `how many NOUN did SPEAKER
/// VERB …`, `who|which [in|at|among] SPEAKER VERB WORDS`, `who VERB WORDS`, with `according to SPEAKER` anywhere.
/// The speaker is the noun phrase after the auxiliary: names, titles, institutions, descriptions (`the Eurasia
/// Group analyst`, `a senior administration official`), up to the first word that cannot be part of one.
extension Question {
    /// The question word that opens a question, and what it asks for.
    public enum Form: String, Sendable {
        case what, who, which, when, why, how
        case howMany = "how many"
    }

    static let questionWords: [String: Form] = [
        "what": .what, "who": .who, "whom": .who, "which": .which, "when": .when, "why": .why, "how": .how,
    ]

    /// Auxiliaries between a question word and its speaker (`what did`, `why didn't`, `what has`).
    static let auxiliaries: Set<String> = [
        "did", "does", "do", "has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "isn't", "wasn't", "won't",
    ]

    /// Lowercase words a speaker's description is made of: determiners, titles and what they qualify, nouns for
    /// people and institutions (`the acting assistant secretary of state`, `a senior law enforcement official`).
    static let speakerWords: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "former", "senior", "top", "acting", "assistant", "deputy",
        "chief", "vice", "prime", "foreign", "interior", "home", "defense", "defence", "finance", "treasury", "trade",
        "environment", "energy", "health", "justice", "homeland", "security", "intelligence", "military", "state",
        "federal", "national", "regional", "local", "international", "presidential", "general", "attorney", "press",
        "policy", "affairs", "ministry", "department", "office", "committee", "administration", "government", "agency",
        "bank", "association", "staff", "union", "party", "council", "commission", "campaign", "team", "house",
        "law", "enforcement", "army", "navy", "air", "force", "police", "ranking", "leading", "junior", "special",
        "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "president", "ambassador", "envoy",
        "official", "leader", "lawmaker", "senator", "congressman", "congresswoman", "representative", "governor",
        "mayor", "chancellor", "premier", "king", "queen", "prince", "pope", "cardinal", "judge",
        "prosecutor", "commander", "diplomat", "negotiator", "adviser", "advisor", "aide", "staffer",
        "analyst", "expert", "fellow", "scholar", "researcher", "professor", "economist", "strategist", "pollster",
        "defector", "activist", "lawyer", "consultant", "lobbyist", "historian", "author", "writer", "journalist",
        "reporter", "columnist", "commentator", "campaigner", "operative", "executive", "investor", "banker",
        "legislator", "politician", "candidate", "nominee", "officer", "director", "head", "chair", "chairman",
        "chairwoman", "manager", "founder", "member", "mother", "father", "son", "daughter", "wife", "husband",
        "relative", "family", "newspaper", "paper", "media", "daily", "tabloid", "outlet", "broadcaster",
        "authorities", "authority", "sources", "source", "insider", "critic", "supporter", "opponent",
        "ally", "economic", "development", "education", "labor", "labour", "transport",
        "communications", "information", "protection", "counterterrorism", "cyber", "nuclear", "climate",
        "university", "institute", "center", "centre", "group", "think", "tank", "firm", "company",
    ]

    /// Prepositions that go on a speaker's description when a name or title follows (`secretary of state`,
    /// `envoy in Geneva`, `expert at the Woodrow Wilson Center`).
    static let speakerLinks: Set<String> = ["of", "for", "at", "on", "in", "to", "from"]

    /// Parses any question with a question word: nil only when there is no speaker nor anything to search for.
    static func generic(_ input: [String], _ inputLower: [String]) -> Question? {
        var words = input, lower = inputLower
        let according = accordingTo(&words, &lower)
        guard let w = lower.prefix(4).firstIndex(where: { questionWords[$0] != nil }) else { return nil }
        var form = questionWords[lower[w]]!
        var i = w + 1
        if form == .how, i < lower.count, lower[i] == "many" {
            form = .howMany
            // `how many statements|comments|times`
            i += 1
            while i < lower.count, !auxiliaries.contains(lower[i]), i - w < 5 { i += 1 }
        }
        var speakerRange = i..<i
        if (form == .who || form == .which), i < lower.count, !auxiliaries.contains(lower[i]) {
            // `who in the Bush administration said`, `which OECD economist said`, `who warned …`
            var start = i
            if form == .who, ["in", "at", "on", "among", "from", "inside", "within"].contains(lower[i]) { start = i + 1 }
            let end = form == .which || start > i ? speakerEnd(words, lower, from: start) : start
            speakerRange = start..<end
        } else if let aux = lower[i...].prefix(3).firstIndex(where: { auxiliaries.contains($0) }) {
            speakerRange = (aux + 1)..<speakerEnd(words, lower, from: aux + 1)
        } else if let verb = lower[i...].firstIndex(where: { speechVerbs.contains($0) }), verb > i {
            // `what Putin said about Trump`
            speakerRange = i..<verb
        } else {
            return nil
        }
        var verbAt = speakerRange.upperBound
        var latest = false
        if verbAt < lower.count, lower[verbAt] == "last" {
            latest = true
            verbAt += 1
        }
        let rest = verbAt + 1 < words.count ? Array(words[(verbAt + 1)...]) : []
        var speaker = speakerRange.isEmpty ? nil : words[speakerRange].joined(separator: " ")
        var question = Question(speaker: nil)
        question.form = form
        question.verb = verbAt < lower.count ? lower[verbAt] : nil
        // Who and which ask who said words like these; why asks for the reasons given: every word counts. What and
        // when ask about what follows the verb's marker (`tell reporters about Homs`).
        let wide = [.who, .which, .why].contains(form)
        question.topic = wide ? (rest.isEmpty ? nil : rest.joined(separator: " ")) : topicAfterVerb(rest)
        // Every word after the verb ranks: `warn China about the Dialogue` is about China too.
        question.searchText = rest.isEmpty ? nil : rest.joined(separator: " ")
        question.addressee = addressee(rest)
        if let according {
            // `why is Clinton saying so little about Syria, according to a former adviser`: the rest is the topic.
            question.topic = (speaker.map { [$0] } ?? []).joined(separator: " ") + " " + rest.joined(separator: " ")
            question.searchText = question.topic
            speaker = according
        }
        question.speaker = speaker
        if form == .howMany { question.mode = .count }
        if latest { question.mode = .latest }
        guard question.speaker != nil || question.topic != nil else { return nil }
        // `who is Holm` asks who someone is, not what they said: a search for the words.
        if form == .who, question.verb == nil { return nil }
        return question
    }

    /// Takes `according to SPEAKER` (to the next comma or the end) out of the words: the speaker.
    static func accordingTo(_ words: inout [String], _ lower: inout [String]) -> String? {
        guard let a = lower.firstIndex(of: "according"), a + 2 < lower.count, lower[a + 1] == "to" else { return nil }
        var end = a + 2
        while end < words.count, !words[end - 1].hasSuffix(",") || end == a + 2 { end += 1 }
        let speaker = words[(a + 2)..<end].joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ", "))
        words.removeSubrange(a..<end)
        lower.removeSubrange(a..<end)
        if a > 0 { words[a - 1] = words[a - 1].trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        return speaker.isEmpty ? nil : speaker
    }

    /// Where the speaker's noun phrase starting at `start` ends: at the first word that cannot be part of a name, a
    /// title or a description, unless a verb of saying comes a few plain words later (`a senior law enforcement
    /// official say`), with no participle or negation between (`a US official briefed on the talks say`).
    static func speakerEnd(_ words: [String], _ lower: [String], from start: Int) -> Int {
        var k = start
        while k < words.count {
            if k > start, speechVerbs.contains(lower[k]) { break }
            if isSpeakerWord(words[k], lower[k]) {
                k += 1
                continue
            }
            if k > start, speakerLinks.contains(lower[k]), k + 1 < words.count {
                var n = k + 1
                if ["the", "a", "an"].contains(lower[n]), n + 1 < words.count { n += 1 }
                if isCapitalized(words[n]) || speakerWords.contains(lower[n]) {
                    k = n + 1
                    continue
                }
            }
            break
        }
        guard k > start, k < words.count, !speechVerbs.contains(lower[k]), lower[k] != "last",
              let verb = lower[k...].prefix(4).firstIndex(where: { speechVerbs.contains($0) }) else { return k }
        let between = lower[k..<verb]
        if between.contains(where: { $0.hasSuffix("ed") || $0.hasSuffix("ing") || ["not", "who", "that", "to"].contains($0) }) {
            return k
        }
        return verb
    }

    static func isSpeakerWord(_ word: String, _ lower: String) -> Bool {
        if isCapitalized(word) || lower.hasSuffix("'s") || lower.hasSuffix("'") { return true }
        if speakerWords.contains(lower) { return true }
        // plurals: `officials`, `relatives`
        return lower.hasSuffix("s") && speakerWords.contains(String(lower.dropLast()))
    }

    static func isCapitalized(_ word: String) -> Bool {
        word.unicodeScalars.first.map { CharacterSet.uppercaseLetters.contains($0) } ?? false
    }

    /// The one a verb was aimed at, before the topic's marker: `tell Trump about Taiwan` → `Trump`.
    static func addressee(_ rest: [String]) -> String? {
        let lower = rest.map { $0.lowercased() }
        let markers: Set<String> = ["about", "on", "regarding", "of", "for", "over", "after", "concerning", "that"]
        guard let m = lower.firstIndex(where: { markers.contains($0) }), m > 0, m <= 4,
              rest[..<m].contains(where: isCapitalized) || ["reporters", "journalists", "lawmakers"].contains(lower[0])
        else { return nil }
        return rest[..<m].joined(separator: " ")
    }
}
