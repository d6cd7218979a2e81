/// Finds statements, speakers, officials, mentions and events in a parsed article.
///
/// The lexicon indexes are built once in ``init(lexicon:)``; ``extract(_:)`` is safe to call concurrently.
public struct Extractor: Sendable {
    let index: LexiconIndex

    public init(lexicon: Lexicon) {
        index = LexiconIndex(lexicon)
    }

    public func extract(_ article: ParsedArticle) -> Extraction {
        var working = Analysis(index: index, article: article)
        let quotes = working.findQuotes()
        var candidates = working.candidates(quotes: quotes)
        working.resolveSpeakers(&candidates)
        // Done changing: the calls below read a constant, which they need not copy.
        let analysis = working
        let descriptions = analysis.personDescriptions()
        var described: [String: String] = [:]
        for (p, person) in analysis.persons.enumerated() where p < descriptions.count {
            if let d = descriptions[p] { described[person.name] = d }
        }
        var extraction = Extraction()
        extraction.mentions = analysis.mentions()
        // Sorted through their indices, in the same stable order: a candidate is a large value, costly to move.
        let order = candidates.indices.sorted { candidates[$0].content.lowerBound < candidates[$1].content.lowerBound }
        extraction.statements.reserveCapacity(order.count)
        for i in order {
            var c = candidates[i]
            if var s = c.speaker {
                switch s.kind {
                case .person: s.described = described[s.name]
                case .anonymous: s.described = s.name
                // The words that named it here, unless a pronoun stands for it.
                case .organization, .country: s.described = s.antecedent == nil ? s.mentionText : s.name
                }
                c.speaker = s
            }
            let cueRange = c.cueStart.flatMap { s in
                c.cueEnd.map { analysis.bytes(tokens: s, $0) }
            }
            extraction.statements.append(Statement(
                kind: c.kind, range: c.content, text: analysis.text(c.content.lowerBound, c.content.upperBound),
                cue: cueRange.map { analysis.text($0.lowerBound, $0.upperBound) }, cueRange: cueRange,
                cueLemma: c.lemma, speaker: c.speaker, context: c.context, rule: c.rule))
            if c.speaker == nil, let np = c.phrase, case .pronoun = np.phrase {
                extraction.statements[extraction.statements.count - 1].unresolvedMention =
                    analysis.byteRange(tokens: np.start, np.end)
            }
            extraction.statements[extraction.statements.count - 1].acts = analysis.acts(c, mentions: extraction.mentions)
        }
        extraction.officials = analysis.officials
        extraction.events = analysis.events(mentions: extraction.mentions)
        return extraction
    }
}

extension Analysis {
    // MARK: - Speakers

    private struct ResolveState {
        /// The person who spoke last, with the segment of the attribution.
        var lastPerson: (person: Int, segment: Int)?
        var lastPlural: Speaker?
        /// Unnamed speakers introduced with `a` or `an` (`a U.S. official`), by the hash of their last word: `the
        /// official` later in the article is the same one.
        var unnamedByHead: [UInt64: Speaker] = [:]
        /// The last unnamed speaker whose words say a gender (`a spokeswoman`), with where it was named: `she said`
        /// right after stands for it when no one of that gender was named since.
        var lastGendered: (speaker: Speaker, gender: UInt8, start: Int)?
    }

    func speaker(person p: Int, mention: Range<Int>) -> Speaker {
        let person = persons[p]
        var s = Speaker(kind: .person, name: person.name, mention: mention, mentionText: text(mention.lowerBound, mention.upperBound),
                        antecedent: mention == person.first ? nil : person.first)
        if let o = person.official {
            s.role = officials[o].role
            s.country = officials[o].country
            s.organization = officials[o].organization
        }
        return s
    }

    /// The person named before phrase `np` whose office fits the phrase's title and country (`the ambassador`,
    /// `the Russian envoy`), the most recent first; nil when the phrase names no office or nobody fits.
    private func officeHolder(described np: NounPhrase, _ named: NameIndex) -> Int? {
        var roles: [String] = []
        var country: String?
        for k in Range.span(np.start, np.end) {
            // `the prime minister's official spokesman`: an office in a possessive is someone else's, unless the
            // phrase ends with it.
            if let o = office(startingAt: k), o.end >= np.end || !tokens[o.end - 1].flags.contains(.possessive) {
                roles.append(index.lexicon.offices[o.payload].role)
            }
            if let e = entity(startingAt: k), case .country(let c, _) = e.payload {
                country = index.lexicon.countries[c].alpha3
            }
        }
        // `the Florida senator and Republican presidential candidate`: the last holder of the last title that has one.
        let byRole = holders(named)
        for role in roles.reversed() {
            let holders = country.map { byRole[NameIndex.key(role, in: $0)] } ?? byRole[role]
            if let n = holders.flatMap({ lastName($0, before: np.start) }) { return names[n].person }
        }
        return nil
    }

    /// The gender pronoun `t` asks for: 1 for `he`, 2 for `she`, 0 for any.
    func pronounGender(_ t: Int) -> UInt8 {
        let h = tokens[t].hash
        if h == Words.he || h == Words.him { return 1 }
        if h == Words.she || h == Words.her { return 2 }
        return 0
    }

    /// The gender a noun for a person says by its ending (`spokeswoman`, `congressman`) or as kin (`mother`): 2, 1,
    /// or nil.
    func genderOfNoun(_ k: Int) -> UInt8? {
        let t = tokens[k]
        guard t.kind == .word, t.baseEnd - t.start > 3 else { return nil }
        let word = text(tokens: k, k + 1).lowercased()
        if word.hasSuffix("woman") || word.hasSuffix("women") || Words.femaleKin.contains(tokens[k].hash) { return 2 }
        if word.hasSuffix("man") || word.hasSuffix("men") || Words.maleKin.contains(tokens[k].hash) { return 1 }
        return nil
    }

    /// Whether person `p` can be what a pronoun of `gender` refers to.
    func fits(_ p: Int, _ gender: UInt8) -> Bool {
        gender == 0 || persons[p].gender == 0 || persons[p].gender == gender
    }

    /// The most recent person named before token `t` who fits `gender`, preferring one not in a possessive.
    private func personBefore(_ t: Int, gender: UInt8, _ named: NameIndex) -> Int? {
        let g = Int(gender)
        return (lastName(named.plainFitting[g], before: t) ?? lastName(named.fitting[g], before: t)).map { names[$0].person }
    }

    /// The last of `list` (names in order) that starts before token `t`.
    private func lastName(_ list: [Int], before t: Int) -> Int? {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if names[list[middle]].start < t { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? list[low - 1] : nil
    }

    /// The names as resolving speakers asks about them, built once names, persons and officials are final: each
    /// question then looks at the few names that can answer it, not at every name before it.
    private final class NameIndex {
        /// For each pronoun gender (0 any, 1 `he`, 2 `she`), the names (in order) whose person fits it, and those of
        /// them neither possessive nor quoted.
        var fitting: [[Int]] = [[], [], []]
        var plainFitting: [[Int]] = [[], [], []]
        /// The names of office holders by each role a description may give for their office (`foreign minister`,
        /// `minister`; any envoy for an envoy), and by role and the office's country (``key(_:in:)``): built the
        /// first time a description asks (``Analysis/holders(_:)``), since most articles never do.
        var holders: [String: [Int]]?
        /// The first person of each name.
        var firstPerson: [String: Int] = [:]

        static func key(_ role: String, in country: String) -> String { role + "\u{1F}" + country }
        static let envoys: Set<String> = ["ambassador", "special envoy"]
        /// Heads of state and government, whom a description may call the country's leader.
        static let leaders: Set<String> = [
            "president", "prime minister", "chancellor", "king", "queen", "supreme leader", "premier", "emir",
            "crown prince", "sultan",
        ]
    }

    private func nameIndex() -> NameIndex {
        let named = NameIndex()
        for (p, person) in persons.enumerated() where named.firstPerson[person.name] == nil { named.firstPerson[person.name] = p }
        for (n, name) in names.enumerated() {
            let plain = !tokens[name.end - 1].flags.contains(.possessive) && !tags[name.start].contains(.quoted)
            for g in 0...2 where fits(name.person, UInt8(g)) {
                named.fitting[g].append(n)
                if plain { named.plainFitting[g].append(n) }
            }
        }
        return named
    }

    /// The names of office holders by role, and by role and country (see ``NameIndex``), built once an article.
    private func holders(_ named: NameIndex) -> [String: [Int]] {
        if let holders = named.holders { return holders }
        var holders: [String: [Int]] = [:]
        // The roles each official answers to: the role itself, the words after each of its spaces (`minister` of
        // `foreign minister`), and for an envoy every envoy; with the official's country.
        var keys: [Int: [String]] = [:]
        for (n, name) in names.enumerated() {
            guard let o = persons[name.person].official else { continue }
            if keys[o] == nil {
                let official = officials[o]
                var roles: Set<String> = [official.role]
                for i in official.role.indices where official.role[i] == " " {
                    roles.insert(String(official.role[official.role.index(after: i)...]))
                }
                if NameIndex.envoys.contains(official.role) { roles.formUnion(NameIndex.envoys) }
                // `the Russian leader` after `President Vladimir Putin`.
                if NameIndex.leaders.contains(official.role) { roles.insert("leader") }
                keys[o] = roles.sorted() + (official.country.map { country in roles.sorted().map { NameIndex.key($0, in: country) } } ?? [])
            }
            for key in keys[o]! { holders[key, default: []].append(n) }
        }
        named.holders = holders
        return holders
    }

    private func speaker(_ np: NounPhrase, _ state: ResolveState, _ named: NameIndex) -> Speaker? {
        let range = byteRange(tokens: np.start, np.end)
        switch np.phrase {
        case .person(let n):
            let span = names[n]
            if np.end <= span.start || np.start >= span.end {
                // `who said`: the relative pronoun is the mention, the name before it the antecedent.
                var s = speaker(person: span.person, mention: range)
                s.antecedent = byteRange(tokens: span.start, span.end)
                return s
            }
            return speaker(person: span.person, mention: byteRange(tokens: span.start, span.end))
        case .pronoun(let t, let plural):
            if plural { 
                guard var s = state.lastPlural else { return nil }
                s.antecedent = s.mention
                s.mention = range
                s.mentionText = text(range.lowerBound, range.upperBound)
                return s
            }
            let gender = pronounGender(t)
            // `A ministry spokeswoman said…. "…," she said.`: the spokeswoman, unless a woman was named since.
            if gender != 0, let u = state.lastGendered, u.gender == gender, Int(segmentOf[t]) - Int(segmentOf[u.start]) <= 2,
               lastName(named.fitting[Int(gender)], before: t).map({ names[$0].start < u.start }) ?? true {
                var s = u.speaker
                s.antecedent = s.mention
                s.mention = range
                s.mentionText = text(range.lowerBound, range.upperBound)
                return s
            }
            guard let p = antecedent(of: t, gender: gender, state: state, named) else { return nil }
            var s = speaker(person: p, mention: range)
            s.antecedent = persons[p].first
            return s
        case .entity(let e):
            switch entities[e].payload {
            case .country(let c, _):
                let country = index.lexicon.countries[c]
                return Speaker(kind: .country, name: country.name, mention: range, mentionText: text(range.lowerBound, range.upperBound),
                               country: country.alpha3)
            case .organization(let o):
                let org = index.lexicon.organizations[o]
                return Speaker(kind: .organization, name: org.name, mention: range,
                               mentionText: text(range.lowerBound, range.upperBound), country: org.country,
                               organization: org.key)
            case .place:
                return nil
            }
        case .writer(let t):
            let plural = tokens[t].hash == Words.we
            return Speaker(kind: .anonymous, name: plural ? "the writers" : "the writer", mention: range,
                           mentionText: text(range.lowerBound, range.upperBound))
        case .anonymous(let plural):
            // `his campaign`, `her spokesman`: whose, by the person the pronoun stands for.
            if np.end - np.start >= 2, let s = servingSomeone(np, range: range, state: state, named) { return s }
            // `the ambassador`, `the Russian envoy`: the person named earlier who holds that office.
            if !plural, hash(np.start) == Words.the, let p = officeHolder(described: np, named) {
                var s = speaker(person: p, mention: range)
                s.antecedent = persons[p].first
                return s
            }
            if !plural, hash(np.start) == Words.the, np.end - np.start <= 3, var s = state.unnamedByHead[hash(np.end - 1)] {
                s.antecedent = s.mention
                s.mention = range
                s.mentionText = text(range.lowerBound, range.upperBound)
                return s
            }
            var name = text(range.lowerBound, range.upperBound)
            let first = tokens[np.start]
            // `The bank` opening a sentence is a description; `United Gun Group` and `BFMTV` are names.
            let nameLike = np.end - np.start > 1 ? tokens[np.start + 1].isCapitalized
                : name.utf8.dropFirst().first.map(Bytes.isUpperASCII) ?? false
            if first.isCapitalized, !nameLike, !first.flags.contains(.possessive), entityStart[np.start] < 0,
               nameStart[np.start] < 0, let b = name.utf8.first,
               Bytes.isUpperASCII(b) {
                name = String(decoding: [b | 0x20] + Array(name.utf8.dropFirst()), as: UTF8.self)
            }
            var s = Speaker(kind: .anonymous, name: name, mention: range, mentionText: text(range.lowerBound, range.upperBound))
            for k in Range.span(np.start, np.end) {
                guard let e = entity(startingAt: k) else { continue }
                switch e.payload {
                case .country(let c, _): s.country = s.country ?? index.lexicon.countries[c].alpha3
                case .organization(let o):
                    s.organization = s.organization ?? index.lexicon.organizations[o].key
                    s.country = s.country ?? index.lexicon.organizations[o].country
                case .place: break
                }
            }
            // `Cameron's spokesman`: the country of the one served, when the article gave their office.
            // `the prime minister's official spokesman`: of the prime minister named before.
            for k in Range.span(np.start, np.end - 1) where s.country == nil && tokens[k].flags.contains(.possessive) {
                var served = self.name(endingAt: k).map { names[$0].person }
                if served == nil, let o = office(endingAt: k) {
                    served = officeHolder(described: NounPhrase(phrase: .anonymous(plural: false), start: o.start, end: k + 1), named)
                }
                if let p = served, let o = persons[p].official { s.country = officials[o].country }
            }
            // `China's foreign ministry also weighed in` … `the ministry said`: the country of the earlier mention.
            if s.country == nil, s.organization == nil, hash(np.start) == Words.the, np.end - np.start <= 3 {
                s.country = countryOfEarlierMention(head: np.end - 1, before: np.start)
            }
            // `But the Home Office defended the measures. A spokesman said:` the institution of the sentence before.
            if s.country == nil, s.organization == nil, np.end - np.start <= 2, Words.spokespeople.contains(hash(np.end - 1)),
               let o = organizationOfSentence(before: np.start) {
                s.organization = index.lexicon.organizations[o].key
                s.country = index.lexicon.organizations[o].country
            }
            // `the Foreign Ministry said`, in a story from Tripoli mostly about Libya: that country's ministry.
            if s.country == nil, s.organization == nil,
               Range.span(np.start, np.end).contains(where: { Words.governmentBodies.contains(hash($0)) }),
               let country = datelineCountry(), isMostMentioned(country) {
                s.country = country
            }
            return s
        }
    }

    /// The first institution (not a party) named in the sentence before the one of token `start`; nil when it names
    /// none.
    func organizationOfSentence(before start: Int) -> Int? {
        let si = Int(sentenceOf[start])
        guard si > 0, si < sentences.count else { return nil }
        for k in sentences[si - 1] {
            if let e = entity(startingAt: k), case .organization(let o) = e.payload,
               index.lexicon.organizations[o].kind != "party" {
                return o
            }
        }
        return nil
    }

    /// The person the pronoun at `t` stands for: the last speaker when they spoke in the two segments before and fit
    /// `gender`, else the last person named before who fits; nil when no one does.
    private func antecedent(of t: Int, gender: UInt8, state: ResolveState, _ named: NameIndex) -> Int? {
        if let last = state.lastPerson, Int(segmentOf[t]) - last.segment <= 2, fits(last.person, gender) {
            return last.person
        }
        return personBefore(t, gender: gender, named)
    }

    /// `his campaign`, `her spokesman said`: an unnamed speaker named after the person `his` or `her` stands for
    /// (`Donald Trump's campaign`), with that person's country; nil for other phrases, or when no one fits.
    private func servingSomeone(_ np: NounPhrase, range: Range<Int>, state: ResolveState, _ named: NameIndex) -> Speaker? {
        let h = hash(np.start)
        guard h == Words.his || h == Words.her else { return nil }
        let gender: UInt8 = h == Words.his ? 1 : 2
        // `in Sen. Ray Dunn's case, … His office said`: whose office is the nearest fitting name of the paragraph,
        // possessive or not, before the last speaker.
        let near = lastName(named.fitting[Int(gender)], before: np.start).flatMap {
            segmentOf[names[$0].start] == segmentOf[np.start] ? names[$0].person : nil
        }
        guard let p = near ?? antecedent(of: np.start, gender: gender, state: state, named) else { return nil }
        var s = Speaker(kind: .anonymous, name: persons[p].name + "'s " + text(tokens: np.start + 1, np.end), mention: range,
                        mentionText: text(range.lowerBound, range.upperBound))
        if let o = persons[p].official { s.country = officials[o].country }
        return s
    }

    /// How far back ``countryOfEarlierMention(head:before:)`` looks, in tokens.
    static let earlierMentionReach = 400

    /// The country named in the three words before an earlier mention of the word at `head` (`China's foreign
    /// ministry`, `a Chinese official`), or of the institution that mention is part of; the nearest mention first,
    /// nil when none names one.
    func countryOfEarlierMention(head: Int, before start: Int) -> String? {
        let wanted = hash(head)
        var k = start - 1
        while k > 0, start - k <= Self.earlierMentionReach {
            if tokens[k].kind == .word, hash(k) == wanted {
                for j in stride(from: k - 1, through: max(0, k - 3), by: -1) {
                    guard let e = entity(startingAt: j) else { continue }
                    if case .country(let c, _) = e.payload, e.end <= k { return index.lexicon.countries[c].alpha3 }
                    // `China's foreign ministry` known as an institution: its country.
                    if case .organization(let o) = e.payload, e.end > k, let country = index.lexicon.organizations[o].country {
                        return country
                    }
                }
            }
            k -= 1
        }
        return nil
    }

    mutating func resolveSpeakers(_ candidates: inout [Candidate]) {
        var state = ResolveState()
        let named = nameIndex()
        let order = candidates.indices.filter { candidates[$0].phrase != nil }.sorted {
            candidates[$0].phrase!.start < candidates[$1].phrase!.start
        }
        for i in order {
            let np = candidates[i].phrase!
            let s = speaker(np, state, named)
            candidates[i].speaker = s
            guard let s else { continue }
            switch np.phrase {
            case .person(let n):
                state.lastPerson = (names[n].person, Int(segmentOf[np.start]))
            case .pronoun(_, let plural):
                if !plural, let p = named.firstPerson[s.name] {
                    state.lastPerson = (p, Int(segmentOf[np.start]))
                }
            case .anonymous(let plural):
                if plural { state.lastPlural = s }
                // `a U.S. official`, `the prime minister's official spokesman`: the one `the official`, `the
                // spokesman` stands for later.
                if !plural, s.kind == .anonymous, s.antecedent == nil,
                   hash(np.start) == Words.a || hash(np.start) == Words.an || np.end - np.start > 2
                    || tokens[np.start].flags.contains(.possessive) {
                    state.unnamedByHead[hash(np.end - 1)] = s
                }
                if !plural, s.kind == .anonymous, let g = genderOfNoun(np.end - 1) { state.lastGendered = (s, g, np.start) }
            case .entity:
                state.lastPlural = s
                // `China's foreign ministry said`: `the ministry` later in the article.
                if s.kind == .organization, s.antecedent == nil { state.unnamedByHead[hash(np.end - 1)] = s }
            case .writer:
                break
            }
        }
        for i in candidates.indices where candidates[i].phrase == nil {
            var k = candidates[i].inherit
            var guardCount = 0
            while let j = k, candidates[j].speaker == nil, candidates[j].inherit != nil, guardCount < 8 {
                k = candidates[j].inherit
                guardCount += 1
            }
            if let j = k { candidates[i].speaker = candidates[j].speaker }
        }
    }

    // MARK: - Mentions

    func mentions() -> [Mention] {
        var out: [Mention] = []
        out.reserveCapacity(entities.count + names.count)
        for e in entities {
            let r = byteRange(tokens: e.start, e.end)
            let t = text(r.lowerBound, r.upperBound)
            switch e.payload {
            case .country(let c, _): out.append(Mention(kind: .country, range: r, text: t, key: index.lexicon.countries[c].alpha3))
            case .organization(let o): out.append(Mention(kind: .organization, range: r, text: t, key: index.lexicon.organizations[o].key))
            case .place(let p): out.append(Mention(kind: .place, range: r, text: t, key: index.lexicon.places[p].name))
            }
        }
        for n in names {
            let r = byteRange(tokens: n.start, n.end)
            out.append(Mention(kind: .person, range: r, text: text(r.lowerBound, r.upperBound), key: persons[n.person].name))
        }
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        return out
    }

    // MARK: - Events

    /// The events the article mentions: one per kind and place (a later `the talks` is the `talks in Geneva` named
    /// before), with the date and end date its sentences give and the people, countries and organizations named
    /// with it.
    func events(mentions: [Mention]) -> [EventMention] {
        var out: [EventMention] = []
        let placePrepositions = Words.placePrepositions, verbMarkers = Words.verbMarkers
        let genericMarkers = Words.genericMarkers, modifiedNouns = Words.eventModifiedNouns
        let definiteDeterminers = Words.definiteDeterminers
        var next = 0  // the first of `eventPhrases` not yet passed
        var eventsOfKind: [String: [Int]] = [:]  // the events of each kind, in order
        var participantKeys: [Set<String>] = []  // the keys of each event's participants
        for seg in segments {
            let end = seg.tokens.upperBound
            var i = seg.tokens.lowerBound
            while i < end {
                // To the next event phrase (found by `tag`), rather than trying each token.
                while next < eventPhrases.count, eventPhrases[next].start < i { next += 1 }
                guard next < eventPhrases.count, eventPhrases[next].start < end else { break }
                let m = (length: eventPhrases[next].end - eventPhrases[next].start, payload: eventPhrases[next].payload)
                i = eventPhrases[next].start
                // `could not visit`, `will vote`, `to attack`: a verb, not an event; `any attack`, `through
                // negotiations`: no particular one.
                let before = i > seg.tokens.lowerBound ? hash(i - 1) : 0
                let after = i + m.length < end ? hash(i + m.length) : 0
                // `Tillerson visits Europe`: after a person's name the word is the verb.
                if verbMarkers.contains(before) || genericMarkers.contains(before) || modifiedNouns.contains(after)
                    || (i > seg.tokens.lowerBound && name(endingAt: i - 1) != nil) {
                    i += m.length
                    continue
                }
                let kind = m.payload
                var last = i + m.length - 1
                var place: String? = nil
                var country: String? = nil
                var placeRange: Range<Int>? = nil
                // `in|around|at PLACE`, allowing two words between (`air strikes carried out around Aleppo`).
                var k = i + m.length
                var gap = 0
                let takesTo = index.toPlaceEventKinds.contains(kind)
                func introducesPlace(_ h: UInt64) -> Bool { placePrepositions.contains(h) || (takesTo && h == Words.to) }
                while k < end, gap <= 2, tokens[k].isWord, !introducesPlace(tokens[k].hash) {
                    if tokens[k].isCapitalized || !tokens[k].isWord { break }
                    k += 1
                    gap += 1
                }
                if k + 1 < end, introducesPlace(tokens[k].hash) {
                    var p = k + 1
                    if hash(p) == Words.the { p += 1 }
                    if let e = entity(startingAt: p) {
                        switch e.payload {
                        case .place(let pl):
                            place = index.lexicon.places[pl].name
                            country = index.lexicon.places[pl].country
                        case .country(let c, let kind) where kind != .demonym:
                            // A capital is a place of its own; other names stand for the country.
                            place = kind == .capital ? text(tokens: e.start, e.end) : index.lexicon.countries[c].name
                            country = index.lexicon.countries[c].alpha3
                        default: break
                        }
                        if place != nil { last = e.end - 1; placeRange = bytes(tokens: e.start, e.end) }
                    } else if tokens[p].isCapitalized, tokens[p].kind == .word, name(startingAt: p) == nil,
                              !Words.notNames.contains(tokens[p].hash),
                              !Words.months.contains(tokens[p].hash), !Words.days.contains(tokens[p].hash),
                              hash(k) != Words.on {
                        var q = p + 1
                        while q < end, tokens[q].kind == .word, tokens[q].isCapitalized, entityStart[q] < 0 { q += 1 }
                        place = text(tokens: p, q)
                        last = q - 1
                        placeRange = bytes(tokens: p, q)
                    }
                }
                // A name before the keyword: `Syria peace talks`, `Russian air strikes`.
                var name: String? = nil
                var first = i
                if i > seg.tokens.lowerBound, let e = entity(endingAt: i - 1), isSpeakerEntity(e.payload) || {
                    if case .country = e.payload { return true } else { return false }
                }() {
                    first = e.start
                    name = text(tokens: e.start, i + m.length)
                    if case .country(let c, let aliasKind) = e.payload {
                        country = country ?? index.lexicon.countries[c].alpha3
                        // `the U.S. election`, `Syria peace talks`: the country named is where, unless a place follows.
                        if place == nil, aliasKind != .demonym, !index.unlocatedEventKinds.contains(kind) {
                            place = index.lexicon.countries[c].name
                        }
                    }
                } else if i > seg.tokens.lowerBound, let e = entity(endingAt: i - 1) {
                    // `the Geneva negotiations`: a place before the keyword is where it happens.
                    var before: (String, String?)? = nil
                    switch e.payload {
                    case .place(let pl): before = (index.lexicon.places[pl].name, index.lexicon.places[pl].country)
                    case .country(let c, .capital): before = (text(tokens: e.start, e.end), index.lexicon.countries[c].alpha3)
                    default: break
                    }
                    if let (p, c) = before {
                        first = e.start
                        name = text(tokens: e.start, i + m.length)
                        if place == nil { place = p; country = country ?? c }
                    }
                }
                let sentence = sentences[Int(sentenceOf[i])]
                // `if it came to a ballot`, `would cast the winning vote`, `efforts to reach a deal`: not (yet) an event.
                var back = i - 1, hypothetical = false
                while back >= max(sentence.lowerBound, i - 6), tokens[back].kind != .punct {
                    if Words.hypotheticalMarkers.contains(tokens[back].hash)
                        || (Words.attemptVerbs.contains(tokens[back].hash) && back > sentence.lowerBound && hash(back - 1) == Words.to) {
                        hypothetical = true
                        break
                    }
                    back -= 1
                }
                if hypothetical {
                    i = last + 1
                    continue
                }
                let (when, until, dateAt) = eventDates(in: sentence, near: i)
                // A particular event is anchored: a place, a name, a date, or a determiner that points at one (`the
                // talks`, `his visit`, `Trump's visit`).
                var determiner = i - 1  // `the closed door consultations`: a determiner a few words before
                while determiner > max(seg.tokens.lowerBound, i - 4), tokens[determiner].kind == .word,
                      !definiteDeterminers.contains(tokens[determiner].hash) { determiner -= 1 }
                let dated = (dateAt.map { abs($0 - i) <= 8 } ?? false) || until != nil
                let anchored = place != nil || name != nil || dated
                    || (determiner >= seg.tokens.lowerBound && definiteDeterminers.contains(hash(determiner)))
                    || (i > seg.tokens.lowerBound && (tokens[i - 1].flags.contains(.possessive) || tokens[i - 1].isCapitalized))
                guard anchored else {
                    i = last + 1
                    continue
                }
                let bytes = self.bytes(tokens: sentence.lowerBound, sentence.upperBound)
                let participants = Self.mentions(mentions, startingIn: bytes).filter {
                    $0.kind != .place && !(placeRange?.overlaps($0.range) ?? false)
                }
                let mention = EventMention(kind: kind, name: name, place: place, country: country, when: when,
                                           until: until, participants: participants,
                                           range: byteRange(tokens: first, last + 1))
                // The same kind at the same place, or at no place named, is the event mentioned before.
                // (Changed in place: a copy would copy its growing lists at each mention.)
                if let e = (eventsOfKind[kind] ?? []).first(where: {
                    (out[$0].place == place || out[$0].place == nil || place == nil) && Self.mayBeSameDay(out[$0].when, when)
                }) {
                    out[e].place = out[e].place ?? place
                    out[e].country = out[e].country ?? country
                    out[e].name = out[e].name ?? name
                    out[e].when = out[e].when ?? when
                    out[e].until = out[e].until ?? until
                    out[e].ranges.append(mention.range)
                    for p in participants where participantKeys[e].insert(p.key).inserted {
                        out[e].participants.append(p)
                    }
                } else {
                    eventsOfKind[kind, default: []].append(out.count)
                    participantKeys.append(Set(participants.map(\.key)))
                    out.append(mention)
                }
                i = last + 1
            }
        }
        return out
    }

    /// Whether two mentions' dates allow one event: two dated mentions of different days are two events, and so are a
    /// mention dated with its year and one without a date (a truck attack this week is not the attacks of Sept. 11,
    /// 2001).
    static func mayBeSameDay(_ a: EventDate?, _ b: EventDate?) -> Bool {
        guard let a, let b else {
            if case .day(let year, _, _)? = a ?? b, year != nil { return false }
            return true
        }
        return a == b
    }

    /// The date and the end date that sentence `sentence` gives, the one nearest token `k` first: `on Friday`,
    /// `February 25`, `Feb. 3, 2016`, `25 February`, `yesterday`; `until|till|through DATE` is the end date.
    func eventDates(in sentence: Range<Int>, near k: Int) -> (when: EventDate?, until: EventDate?, at: Int?) {
        var when: (EventDate, Int)? = nil
        var until: EventDate? = nil
        // Read once, not at every token.
        let monthNumbers = Words.monthNumbers, weekdayNumbers = Words.weekdayNumbers, dayOffsets = Words.dayOffsets
        var j = sentence.lowerBound
        while j < sentence.upperBound {
            let h = tokens[j].hash
            var found: EventDate? = nil
            var width = 1
            if tokens[j].kind == .word, monthNumbers.get(h) != nil {
                var d = j + 1
                if d < sentence.upperBound, tokens[d].isPunct(0x2E) { d += 1 }  // Feb. 3
                if d < sentence.upperBound, let year = number(d), year >= 1900, year <= 2100 {
                    found = .day(year: year, month: monthNumbers.get(h)!, day: 1)  // June 2016: its first day
                    width = d - j + 1
                } else if d < sentence.upperBound, let day = dayNumber(d) {
                    var year: Int? = nil
                    var y = d + 1
                    if y < sentence.upperBound, tokens[y].isPunct(0x2C) { y += 1 }
                    if y < sentence.upperBound, let n = number(y), n >= 1900, n <= 2100 { year = n; width = y - j + 1 }
                    else { width = d - j + 1 }
                    found = .day(year: year, month: monthNumbers.get(h)!, day: day)
                }
            } else if let day = dayNumber(j), j + 1 < sentence.upperBound, let month = monthNumbers.get(hash(j + 1)) {
                found = .day(year: nil, month: month, day: day)  // 25 February
                width = 2
            } else if let weekday = weekdayNumbers.get(h) {
                let before = j > sentence.lowerBound ? hash(j - 1) : 0
                // `will open on Monday`: a future marker shortly before the weekday.
                let future = Range.span(max(sentence.lowerBound, j - 6), j).contains { Words.futureMarkers.contains(tokens[$0].hash) }
                let relation: EventDate.Relation = before == Words.next ? .next : before == Words.last ? .last
                    : before == Words.this ? .nearest : future ? .next : .last
                found = .weekday(weekday, relation)
            } else if let offset = dayOffsets.get(h) {
                found = .offset(days: offset)
            }
            if let found {
                if j > sentence.lowerBound, Words.otherTimeWords.contains(hash(j - 1)) {
                    // another time than the event's
                } else if j > sentence.lowerBound, Words.untilWords.contains(hash(j - 1)) {
                    until = until ?? found
                } else if when == nil || abs(j - k) < abs(when!.1 - k) {
                    when = (found, j)
                }
                j += width
                continue
            }
            j += 1
        }
        return (when?.0, until, when?.1)
    }

    /// The value of number token `i` of at most four digits, read from its bytes.
    private func number(_ i: Int) -> Int? {
        guard tokens[i].kind == .number, tokens[i].length <= 4 else { return nil }
        var n = 0
        for b in bytes[self.bytes(tokens: i, i + 1)] {
            guard b &- 0x30 < 10 else { return nil }
            n = n * 10 + Int(b &- 0x30)
        }
        return n
    }

    private func dayNumber(_ i: Int) -> Int? {
        guard let n = number(i), (1...31).contains(n), tokens[i].length <= 2 else { return nil }
        return n
    }
}
