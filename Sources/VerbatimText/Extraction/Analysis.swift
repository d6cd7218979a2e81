/// The per-article working state of extraction: tokens, sentences, lexicon tags, names, officials and speaker
/// phrases. Statements, speakers and events are built on top of it (see `Statements.swift`, `Extractor.swift`).

struct Segment {
    var tokens: Range<Int>
    /// Index into `ParsedArticle.paragraphs`, for body paragraphs.
    var paragraph: Int?
}

struct TagSpan<Payload> {
    var start: Int
    var end: Int
    var payload: Payload
}

struct NameSpan {
    var start: Int
    var end: Int
    var person: Int
}

struct Person {
    var name: String
    var hashes: [UInt64]
    /// The first full-name mention.
    var first: Range<Int>
    var official: Int?
    /// 0 unknown, 1 male, 2 female: from a form of address, a gendered title or the given name.
    var gender: UInt8 = 0
}

/// A phrase that can name a speaker.
enum SpeakerPhrase {
    case pronoun(Int, plural: Bool)
    case person(Int)  // name span
    case entity(Int)  // entity span
    case anonymous(plural: Bool)
    /// `I` or `we` outside quotation marks: the writer of the article.
    case writer(Int)
}

struct NounPhrase {
    var phrase: SpeakerPhrase
    var start: Int
    var end: Int
}

/// Tag bits per token.
struct Tags: OptionSet {
    let rawValue: UInt8
    static let entity = Tags(rawValue: 1)
    static let office = Tags(rawValue: 2)
    static let cue = Tags(rawValue: 4)
    static let noun = Tags(rawValue: 8)
    static let honorific = Tags(rawValue: 16)
    static let quoted = Tags(rawValue: 32)
}

struct Analysis {
    let index: LexiconIndex
    let article: ParsedArticle
    let bytes: [UInt8]
    /// The tokens; a position outside the text reads a token of kind `none` at the end of the text.
    var tokens: Bounded<Token>
    var segments: [Segment] = []
    /// Sentences as token ranges, in order.
    var sentences: [Range<Int>] = []
    /// The sentence and segment of each token (-1 outside the text).
    var sentenceOf = Bounded<Int32>(outside: -1)
    var segmentOf = Bounded<Int32>(outside: -1)
    var tags = Bounded<Tags>(outside: [])

    var entities: [TagSpan<EntityRef>] = []
    var offices: [TagSpan<Int>] = []
    var cues: [TagSpan<Int>] = []
    var nouns: [TagSpan<(Int, Bool)>] = []
    var honorifics: [TagSpan<Int>] = []
    /// The event phrases of the lexicon (`talks`, `air strikes`) at every token where one starts, with their kind, in
    /// order: ``events(mentions:)`` looks only there.
    var eventPhrases: [TagSpan<String>] = []
    /// For each token, the span of that kind starting or ending there (-1 for none, and outside the text).
    var entityStart = Bounded<Int32>(outside: -1), entityEnd = Bounded<Int32>(outside: -1)
    var officeStart = Bounded<Int32>(outside: -1), officeEnd = Bounded<Int32>(outside: -1)
    var cueStart = Bounded<Int32>(outside: -1)
    var nounStart = Bounded<Int32>(outside: -1), nounEnd = Bounded<Int32>(outside: -1)
    var honorificEnd = Bounded<Int32>(outside: -1)

    var names: [NameSpan] = []
    var nameStart = Bounded<Int32>(outside: -1), nameEnd = Bounded<Int32>(outside: -1)
    var persons: [Person] = []
    /// The first person whose name of two words or more opens with a word (`Hua` of `Hua Chunying`).
    var personByFirstWord: [UInt64: Int] = [:]
    var officials: [Official] = []

    init(index: LexiconIndex, article: ParsedArticle) {
        self.index = index
        self.article = article
        self.bytes = Array(article.text.utf8)
        self.tokens = Bounded(outside: Token.outside(at: bytes.count))
        tokenize()
        tag()
        findNames()
        foldNamesWithLeadingWords()
        applyOfficeHolders()
        findAffiliations()
        inferOfficialCountries()
    }

    // MARK: - Tokens and sentences

    private mutating func tokenize() {
        var ranges: [(Range<Int>, Int?)] = []
        ranges.reserveCapacity(article.paragraphs.count + article.captions.count + 2)
        if let t = article.title { ranges.append((t, nil)) }
        if let l = article.lead { ranges.append((l, nil)) }
        for c in article.captions { ranges.append((c, nil)) }
        for (i, p) in article.paragraphs.enumerated() { ranges.append((p, i)) }
        ranges.sort { $0.0.lowerBound < $1.0.lowerBound }
        let count = bytes.count
        tokens.reserveCapacity(count / 3)
        segments.reserveCapacity(ranges.count)
        bytes.withUnsafeBufferPointer { p in
            for (range, paragraph) in ranges {
                let r = max(0, range.lowerBound)..<min(count, range.upperBound)
                let first = tokens.count
                tokens.withElements { Tokenizer.tokenize(p, r, into: &$0) }
                if tokens.count > first { segments.append(Segment(tokens: first..<tokens.count, paragraph: paragraph)) }
            }
        }
        // Built in local arrays and stored at the end, rather than written field by field of this large value.
        var sentenceOf = [Int32](repeating: -1, count: tokens.count)
        var segmentOf = [Int32](repeating: -1, count: tokens.count)
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(tokens.count / 16)  // about as many as news text has, so that the list rarely grows
        for (s, seg) in segments.enumerated() {
            for i in seg.tokens { segmentOf[i] = Int32(s) }
            for sentence in SentenceSplitter.split(tokens.elements, seg.tokens) {
                for i in sentence { sentenceOf[i] = Int32(sentences.count) }
                sentences.append(sentence)
            }
        }
        self.sentenceOf = Bounded(sentenceOf, outside: -1)
        self.segmentOf = Bounded(segmentOf, outside: -1)
        self.sentences = sentences
    }

    /// The text of bytes `start..<end`, clamped to the article; empty when `end` is not after `start`.
    func text(_ start: Int, _ end: Int) -> String {
        let from = min(max(start, 0), bytes.count)
        return String(decoding: bytes[from..<min(max(end, from), bytes.count)], as: UTF8.self)
    }

    /// The text of tokens `start..<end`, without a final possessive ending.
    func text(tokens start: Int, _ end: Int) -> String {
        text(tokens[start].start, tokens[end - 1].baseEnd)
    }

    /// The bytes of tokens `start..<end`, without a final possessive ending; empty when there are none.
    func byteRange(tokens start: Int, _ end: Int) -> Range<Int> {
        .span(tokens[start].start, tokens[end - 1].baseEnd)
    }

    /// The bytes of tokens `start..<end`, to the end of the last; empty when there are none.
    func bytes(tokens start: Int, _ end: Int) -> Range<Int> {
        .span(tokens[start].start, tokens[end - 1].end)
    }

    @inline(__always)
    func hash(_ i: Int) -> UInt64 { tokens[i].hash }

    @inline(__always)
    func isPunct(_ i: Int, _ b: UInt8) -> Bool { tokens[i].isPunct(b) }

    /// The sentence of token `i`; outside the text, the empty range at `i`.
    func sentence(of i: Int) -> Range<Int> {
        let s = Int(sentenceOf[i])
        return s >= 0 && s < sentences.count ? sentences[s] : i..<i
    }

    /// The segment of token `i`; outside the text, an empty segment at `i`.
    func segment(of i: Int) -> Segment {
        let s = Int(segmentOf[i])
        return s >= 0 && s < segments.count ? segments[s] : Segment(tokens: i..<i, paragraph: nil)
    }

    func isSentenceStart(_ i: Int) -> Bool {
        let s = sentence(of: i)
        var k = s.lowerBound
        while k < i, tokens[k].kind == .quote || tokens[k].kind == .punct { k += 1 }
        return k == i
    }

    /// Whether a lowercase word ends in `ly` (an adverb, most of the time).
    func isLyAdverb(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, !t.isCapitalized, t.end - t.start > 4 else { return false }
        return bytes[t.end - 1] == 0x79 && bytes[t.end - 2] == 0x6C
    }

    func looksPlural(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.baseEnd - t.start > 3 else { return false }
        let last = bytes[t.baseEnd - 1] | 0x20
        if last == 0x73 { return bytes[t.baseEnd - 2] | 0x20 != 0x73 }  // -s but not -ss
        return last == 0x6E && bytes[t.baseEnd - 2] | 0x20 == 0x65 && bytes[t.baseEnd - 3] | 0x20 == 0x6D  // -men
    }

    /// Whether the capitalized word of hash `h` stands somewhere in the article right before a word that follows
    /// companies' names (`Novartis' shares`, `Verizon Communications Inc`, `Heineken's sales`).
    func isCompanyName(_ h: UInt64) -> Bool {
        for m in tokens.indices where tokens[m].hash == h && tokens[m].kind == .word && tokens[m].isCapitalized {
            let next = m + 1
            if next < tokens.count, segmentOf[next] == segmentOf[m], Words.businessNouns.contains(tokens[next].hash) {
                return true
            }
        }
        return false
    }

    /// Whether word `i` is an acronym's plural: two or more capitals and a final `s` (`MPs`, `NGOs`).
    func isAcronymPlural(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.baseEnd - t.start >= 3, bytes[t.baseEnd - 1] == 0x73 else { return false }
        return (t.start..<(t.baseEnd - 1)).allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
    }

    /// Whether word `i` ends in `-ing` and is longer than `length` bytes: a verb form (`Bashing`, not `King`).
    func endsWithIng(_ i: Int, longerThan length: Int = 4) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.end - t.start > length else { return false }
        return bytes[t.end - 1] == 0x67 && bytes[t.end - 2] == 0x6E && bytes[t.end - 3] == 0x69
    }

    /// Whether cue word `i`, when written as its lemma (`note`, `state`), is a noun by the word before it: a
    /// preposition (`secretary of state`), a participle (`is building state organizations`) or a singular name or noun
    /// it cannot agree with (`the Treasury note fell`). After a plural (`officials say`), a pronoun, a modal or `to`
    /// the base form is a verb.
    ///
    /// Inlined into ``tag()``, which asks it of many cue words: the call cost more than the test.
    @inline(__always)
    func isNounUse(ofBaseForm i: Int, lemma: UInt64) -> Bool {
        guard tokens[i].hash == lemma, i > 0, tokens[i - 1].kind == .word, segmentOf[i - 1] == segmentOf[i] else {
            return false
        }
        let before = tokens[i - 1]
        if before.hash == Words.to { return false }
        if Words.prepositions.contains(before.hash) || before.hash == Words.of || endsWithIng(i - 1) { return true }
        guard before.isCapitalized, !isSentenceStart(i - 1), !looksPlural(i - 1),
              !index.pronounsPlural.contains(before.hash), !index.pronounsFirst.contains(before.hash) else { return false }
        // `Mr. Grassley and Mr. Leahy say`, `supporters in Congress say`: a plural subject after all.
        return !Range.span(max(0, i - 6), i - 1).contains { tokens[$0].hash == Words.and || looksPlural($0) }
    }

    /// Whether word `i` ends in `-ed`: a past form (`suggested`, `warned`).
    func endsWithEd(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.end - t.start > 3 else { return false }
        return bytes[t.end - 1] == 0x64 && bytes[t.end - 2] == 0x65
    }

    // MARK: - Lexicon tags

    /// Tags the lexicon's phrases: entities, offices, speech cues, speaker nouns and forms of address.
    ///
    /// The spans and per-token indexes are built in local arrays and stored at the end, so that the loop works on
    /// its own buffers rather than on the fields of this large value.
    private mutating func tag() {
        let n = tokens.count
        var tags = Bounded([Tags](repeating: [], count: n), outside: [])
        // Each array gets its own storage: sharing one would copy it on the first write to each.
        let none = { Bounded([Int32](repeating: -1, count: n), outside: -1) }
        var entityStart = none(), entityEnd = none()
        var officeStart = none(), officeEnd = none()
        var cueStart = none()
        var nounStart = none(), nounEnd = none()
        var honorificEnd = none()
        var entities: [TagSpan<EntityRef>] = [], offices: [TagSpan<Int>] = [], cues: [TagSpan<Int>] = []
        var nouns: [TagSpan<(Int, Bool)>] = [], honorifics: [TagSpan<Int>] = []
        var eventPhrases: [TagSpan<String>] = []
        // About as many spans as news text has for its length, so that the lists rarely grow.
        entities.reserveCapacity(n / 16)
        offices.reserveCapacity(n / 32); cues.reserveCapacity(n / 32); nouns.reserveCapacity(n / 32)
        /// Determiners before a noun, read once rather than at every cue.
        let nounDeterminers = Words.nounDeterminers
        let index = self.index
        /// The lexicon's phrase tables read the plain array: each reads only the tokens of its segment.
        let plain = tokens.elements
        for seg in segments {
            var nextEntity = 0, nextOffice = 0, nextCue = 0, nextNoun = 0, nextHonorific = 0
            let end = seg.tokens.upperBound
            for i in seg.tokens where tokens[i].isWord {
                guard let slots = index.slots(startingWith: tokens[i].hash) else { continue }
                if i >= nextEntity, slots.entities >= 0,
                   let m = index.entities.match(plain, i, end, slot: Int(slots.entities)) {
                    nextEntity = i + m.length
                    entityStart[i] = Int32(entities.count); entityEnd[i + m.length - 1] = Int32(entities.count)
                    entities.append(TagSpan(start: i, end: i + m.length, payload: m.payload))
                    for k in i..<(i + m.length) { tags[k].insert(.entity) }
                }
                // `the department under Secretary of State Tillerson`: a lowercase word before a capitalized title is
                // not part of it.
                if i >= nextOffice, slots.offices >= 0, let m = index.offices.match(plain, i, end, slot: Int(slots.offices)),
                   tokens[i].isCapitalized || m.length == 1 || !tokens[i + 1].isCapitalized {
                    nextOffice = i + m.length
                    officeStart[i] = Int32(offices.count); officeEnd[i + m.length - 1] = Int32(offices.count)
                    offices.append(TagSpan(start: i, end: i + m.length, payload: m.payload))
                    for k in i..<(i + m.length) { tags[k].insert(.office) }
                }
                // After a determiner a cue form is a noun (`the states`, `a report`, `their claims`); capitalized
                // inside a sentence it is a name (`Secretary of State`, `the United States`).
                if i >= nextCue, slots.cues >= 0, i == seg.tokens.lowerBound || !nounDeterminers.contains(tokens[i - 1].hash),
                   !tokens[i].isCapitalized || isSentenceStart(i),
                   let m = index.cues.match(plain, i, end, slot: Int(slots.cues)),
                   m.length > 1 || !isNounUse(ofBaseForm: i, lemma: index.cueLemmaHashes[m.payload]) {
                    nextCue = i + m.length
                    cueStart[i] = Int32(cues.count)
                    cues.append(TagSpan(start: i, end: i + m.length, payload: m.payload))
                    for k in i..<(i + m.length) { tags[k].insert(.cue) }
                }
                if i >= nextNoun, slots.speakerNouns >= 0,
                   let m = index.speakerNouns.match(plain, i, end, slot: Int(slots.speakerNouns)) {
                    nextNoun = i + m.length
                    nounStart[i] = Int32(nouns.count); nounEnd[i + m.length - 1] = Int32(nouns.count)
                    nouns.append(TagSpan(start: i, end: i + m.length, payload: m.payload))
                    for k in i..<(i + m.length) { tags[k].insert(.noun) }
                }
                if i >= nextHonorific, slots.honorifics >= 0,
                   let m = index.honorifics.match(plain, i, end, slot: Int(slots.honorifics)) {
                    nextHonorific = i + m.length
                    var e = i + m.length
                    if e < end, tokens[e].isPunct(0x2E), tokens[e].start == tokens[e - 1].end { e += 1 }
                    honorificEnd[e - 1] = Int32(honorifics.count)
                    honorifics.append(TagSpan(start: i, end: e, payload: m.payload))
                    for k in i..<e { tags[k].insert(.honorific) }
                }
                if slots.events >= 0, let m = index.events.match(plain, i, end, slot: Int(slots.events)) {
                    eventPhrases.append(TagSpan(start: i, end: i + m.length, payload: m.payload))
                }
            }
        }
        self.tags = tags
        self.entityStart = entityStart; self.entityEnd = entityEnd
        self.officeStart = officeStart; self.officeEnd = officeEnd
        self.cueStart = cueStart
        self.nounStart = nounStart; self.nounEnd = nounEnd
        self.honorificEnd = honorificEnd
        self.entities = entities; self.offices = offices; self.cues = cues
        self.nouns = nouns; self.honorifics = honorifics
        self.eventPhrases = eventPhrases
    }

    func entity(endingAt i: Int) -> TagSpan<EntityRef>? {
        i >= 0 && i < tokens.count && entityEnd[i] >= 0 ? entities[Int(entityEnd[i])] : nil
    }

    func entity(startingAt i: Int) -> TagSpan<EntityRef>? {
        i >= 0 && i < tokens.count && entityStart[i] >= 0 ? entities[Int(entityStart[i])] : nil
    }

    func office(endingAt i: Int) -> TagSpan<Int>? {
        i >= 0 && i < tokens.count && officeEnd[i] >= 0 ? offices[Int(officeEnd[i])] : nil
    }

    func office(startingAt i: Int) -> TagSpan<Int>? {
        i >= 0 && i < tokens.count && officeStart[i] >= 0 ? offices[Int(officeStart[i])] : nil
    }

    func cue(startingAt i: Int) -> TagSpan<Int>? {
        i >= 0 && i < tokens.count && cueStart[i] >= 0 ? cues[Int(cueStart[i])] : nil
    }

    func name(startingAt i: Int) -> Int? {
        i >= 0 && i < tokens.count && nameStart[i] >= 0 ? Int(nameStart[i]) : nil
    }

    func name(endingAt i: Int) -> Int? {
        i >= 0 && i < tokens.count && nameEnd[i] >= 0 ? Int(nameEnd[i]) : nil
    }

    /// Whether an entity names a speaker (a country but not its demonym, or an organization).
    func isSpeakerEntity(_ e: EntityRef) -> Bool {
        switch e {
        case .country(_, let kind): return kind != .demonym
        case .organization: return true
        case .place: return false
        }
    }

    // MARK: - Names

    /// Finds the names of people in every segment: each run of tokens that can belong to a name
    /// (``nameRun(from:particleStart:_:_:)``) that is not an institution's (``isPersonName(_:_:_:)``), as a person
    /// named before or a new one (``person(named:particleStart:_:_:byLastWord:)``), and the office its title gives.
    private mutating func findNames() {
        // The name tests read only the tokens and their tags: asked of a small reader, not of this mutating large
        // value, each test spares a copy of it.
        let reader = NameReader(tokens: tokens, tags: tags, honorificEnd: honorificEnd, index: index)
        nameStart = Bounded(Array(repeating: -1, count: tokens.count), outside: -1)
        nameEnd = Bounded(Array(repeating: -1, count: tokens.count), outside: -1)
        names.reserveCapacity(tokens.count / 32)  // about as many as news text has, so that the list rarely grows
        var lastWithOfficial: Int? = nil  // person most recently mentioned who holds a known office
        var personsByLastWord: [UInt64: [Int]] = [:]  // the persons whose name ends with each word, in order
        for seg in segments {
            let end = seg.tokens.upperBound
            var i = seg.tokens.lowerBound
            while i < end {
                // A particle is lowercase, so a token that can belong to a name is none.
                let capable = reader.nameCapable(i, end)
                let particleStart = !capable && reader.isParticle(i, end) && reader.nameCapable(i + 1, end)
                guard capable || particleStart else { i += 1; continue }
                var run = nameRun(from: i, particleStart: particleStart, seg, reader)
                i = max(run.upperBound, i + 1)
                if let rest = runWithoutOpeningWord(run, seg, reader, personsByLastWord) { run = rest }
                guard isPersonName(run, seg, end),
                      let p = person(named: run, particleStart: particleStart, seg, reader, byLastWord: &personsByLastWord)
                else { continue }
                addName(run, person: p, lower: seg.tokens.lowerBound, lastWithOfficial: &lastWithOfficial)
            }
        }
    }

    /// The run of tokens from `i` that can be a name (`Vann Newkirk II`, `Park Min-ho`, `Charlie King`, `Hun Sen`,
    /// `Ludwig van Beethoven`, `John F. Kennedy`), less what a headline or a sentence's first word adds to it
    /// (`Hillary Clinton Slams Donald Trump`, `Like Donald Trump`).
    func nameRun(from i: Int, particleStart: Bool, _ seg: Segment, _ reader: NameReader) -> Range<Int> {
        let end = seg.tokens.upperBound
        var j = particleStart ? i + 2 : i + 1
        while j < end, !tokens[j - 1].flags.contains(.possessive) {
            // `Vann Newkirk II`, `Martin Luther King Jr.`
            if Words.nameSuffixes.contains(tokens[j].hash), tokens[j].kind == .word {
                j += 1
                if j < end, tokens[j].isPunct(0x2E), tokens[j].start == tokens[j - 1].end { j += 1 }
                break
            }
            if reader.nameCapable(j, end) { j += 1; continue }
            // `Park Min-ho`, `Moon Jae-in`: a capitalized hyphenated given name after a family name.
            if tokens[j].flags.contains(.hyphenLower), tokens[j].isCapitalized, tags[j].isEmpty { j += 1; continue }
            // `Charlie King`, `Chuck Jordan`: a title word or a country after a given name is a surname,
            // unless a name follows it.
            if j == i + 1, tags[j].contains(.office) || tags[j].contains(.entity), tokens[j].isCapitalized,
               !tokens[j].flags.contains(.allCaps), !tokens[j].flags.contains(.possessive),
               index.givenNames.contains(tokens[i].hash), !(j + 1 < end && reader.nameCapable(j + 1, end)),
               !tags[j].contains(.entity) || entity(startingAt: j)?.end == j + 1 {
                j += 1
                continue
            }
            // `Hun Sen`: a short title word ending a two-word name, with no name after it.
            if j == i + 1, tags[j].contains(.office), tokens[j].isCapitalized, tokens[j].length <= 3,
               !tokens[j].flags.contains(.allCaps), !tokens[j].flags.contains(.possessive) {
                let after = j + 1 < end && tokens[j + 1].isPunct(0x2E) ? j + 2 : j + 1
                if !(after < end && reader.nameCapable(after, end)) { j += 1; continue }
            }
            if reader.isParticle(j, end), reader.nameCapable(j + 1, end) { j += 2; continue }
            if tokens[j].isPunct(0x2E), tokens[j].start == tokens[j - 1].end,
               tokens[j - 1].baseEnd - tokens[j - 1].start == 1, reader.nameCapable(j + 1, end) {
                j += 1
                continue
            }
            break
        }
        var first = i
        // A headline's words are all capitalized: `Hillary Clinton Slams Donald Trump` is two names and a verb.
        if seg.paragraph == nil, j - i >= 4,
           let k = Range.span(i + 2, j).first(where: { index.givenNames.contains(tokens[$0].hash)
               && !index.givenNames.contains(tokens[$0 - 1].hash) && tokens[$0 - 1].kind == .word }) {
            j = k - 1
        }
        // A capitalized word opening a sentence or headline before a given name and a surname, or a verb
        // form in -ing, is not part of the name: `Like Donald Trump`, `Bashing Trump may be…` (but `Amelize
        // Joseph` is a name).
        if j - first >= 2, first == seg.tokens.lowerBound || isSentenceStart(first) || seg.paragraph == nil,
           !index.givenNames.contains(tokens[first].hash), tokens[first].kind == .word,
           (j - first >= 3 && index.givenNames.contains(tokens[first + 1].hash)) || endsWithIng(first, longerThan: 5) {
            first += 1
        } else if j - first >= 3, first > seg.tokens.lowerBound, tokens[first - 1].kind == .word,
                  tokens[first - 1].isCapitalized, !index.givenNames.contains(tokens[first].hash),
                  index.givenNames.contains(tokens[first + 1].hash) {
            // `New Yorker Dick Morris`: the end of another name before a given name and a surname.
            first += 1
        }
        return Range.span(first, j)
    }

    /// Whether a run of name tokens names a person rather than an institution.
    func isPersonName(_ run: Range<Int>, _ seg: Segment, _ end: Int) -> Bool {
        // `Lower Manhattan`: a word before a place is the place's name, unless it is a given name.
        if run.count == 2, let e = entity(startingAt: run.upperBound - 1), e.end == run.upperBound,
           case .place = e.payload, !index.givenNames.contains(tokens[run.lowerBound].hash),
           titleBlock(before: run.lowerBound) == nil {
            return false
        }
        // `the EU's Humanitarian Aid Commissioner`: capitalized words between a possessive and a title are the title's.
        if run.lowerBound > seg.tokens.lowerBound, tokens[run.lowerBound - 1].flags.contains(.possessive),
           run.upperBound < end, tags[run.upperBound].contains(.office), tokens[run.upperBound].isCapitalized,
           honorificEnd[run.lowerBound - 1] < 0 {
            return false
        }
        // `Prime Minister's Questions`, `the President's Cup`: a word after a title's possessive names its thing.
        if run.count == 1, run.lowerBound > seg.tokens.lowerBound, tokens[run.lowerBound - 1].flags.contains(.possessive),
           office(endingAt: run.lowerBound - 1) != nil, !index.givenNames.contains(tokens[run.lowerBound].hash) {
            return false
        }
        // `the Transatlantic Trade and Investment Partnership`: words before `and` and an institution's name are
        // part of it (unless a given name opens them, or one word: `Merkel and Deutsche Bank`).
        if run.count >= 2, !index.givenNames.contains(tokens[run.lowerBound].hash), run.upperBound + 1 < end,
           hash(run.upperBound) == Words.and,
           let last = Range.span(run.upperBound + 1, min(end, run.upperBound + 4))
               .prefix(while: { tokens[$0].isCapitalized && tokens[$0].kind == .word }).last,
           Words.institutionWords.contains(tokens[last].hash) || Words.institutionHeads.contains(tokens[last].hash) {
            return false
        }
        // `Supreme Court`, `Washington Post` are institutions; `Bill Clinton` is a person: a given name may
        // be an institution word (bill, park, hall).
        let givenFirst = run.count > 1 && index.givenNames.contains(tokens[run.lowerBound].hash)
        // A title or form of address before the run, or a given name and one surname (`Erik Park`), makes
        // it a person whatever its words.
        let titledRun = titleBlock(before: run.lowerBound) != nil
            || (run.lowerBound > seg.tokens.lowerBound && honorificEnd[run.lowerBound - 1] >= 0)
            || (givenFirst && run.count == 2)
        if !titledRun, run.contains(where: { Words.institutionWords.contains(tokens[$0].hash)
            && !(givenFirst && $0 == run.lowerBound) }) { return false }
        // `chief executive of the Russian Direct Investment Fund`: no title makes a fund a person.
        if run.count > 1, Words.institutionHeads.contains(tokens[run.upperBound - 1].hash) { return false }
        // `the U.S. Chamber of Commerce`, `Department of Justice`: one word and `of` with a name opens an
        // institution's name, whatever title comes before it.
        if run.count == 1, run.upperBound + 1 < end, hash(run.upperBound) == Words.of,
           tokens[run.upperBound + 1].isCapitalized,
           Words.institutionWords.contains(tokens[run.lowerBound].hash) || hash(run.lowerBound - 1) == Words.the
            || (run.lowerBound > seg.tokens.lowerBound && tokens[run.lowerBound - 1].flags.contains(.initialism)) {
            return false
        }
        return true
    }

    /// `Neither Trump nor`, `Six Trump supporters`, `"Dump Trump"`: a word opening a sentence or a quotation, which is
    /// not a given name, before the name of someone named before is not part of that name; nor is such a word
    /// anywhere before a given name and a surname named before (a title-case book title's `…that Put Donald Trump
    /// in…`), nor `Former` (`Former Trump campaign adviser…` in a headline). The run without it, or nil when the
    /// run stands as it is.
    func runWithoutOpeningWord(_ run: Range<Int>, _ seg: Segment, _ reader: NameReader,
                               _ byLastWord: [UInt64: [Int]]) -> Range<Int>? {
        let first = run.lowerBound
        if run.count >= 2, hash(first) == Words.former, reader.nameCapable(first + 1, seg.tokens.upperBound) {
            return Range.span(first + 1, run.upperBound)
        }
        guard run.count >= 2, tokens[first].kind == .word, !index.givenNames.contains(tokens[first].hash),
              reader.nameCapable(first + 1, seg.tokens.upperBound),
              seg.paragraph == nil || isSentenceStart(first) || tokens[first - 1].kind == .quote
                || (run.count >= 3 && index.givenNames.contains(tokens[first + 1].hash)) else { return nil }
        let rest = Range.span(first + 1, run.upperBound)
        func earlier(_ r: Range<Int>) -> Bool {
            (byLastWord[reader.lastWordHash(r)] ?? []).contains { reader.words(of: r, end: persons[$0].hashes) }
        }
        return !earlier(run) && earlier(rest) ? rest : nil
    }

    /// The person a run of name tokens names: one named before whose name ends with the run's words (the latest
    /// first), or a new person, when the run may name one. Nil when it names no one: more than five words, or a new
    /// name in a headline without a title or a given name, a lone word without a title or a cue after it.
    mutating func person(
        named run: Range<Int>, particleStart: Bool, _ seg: Segment, _ reader: NameReader,
        byLastWord: inout [UInt64: [Int]]
    ) -> Int? {
        let end = seg.tokens.upperBound
        // The run's words other than particles: how many, and the first (counted, not collected).
        var wordCount = 0, firstWord = run.lowerBound
        for k in run where tokens[k].kind == .word && !reader.isParticle(k, end) {
            if wordCount == 0 { firstWord = k }
            wordCount += 1
        }
        guard wordCount > 0, wordCount <= 5 else { return nil }
        // An earlier person whose name ends with the run's words, the latest first, among those whose
        // name ends with the same word.
        var person: Int? = nil
        let last = reader.lastWordHash(run)
        for p in (byLastWord[last] ?? []).reversed() {
            if reader.words(of: run, end: persons[p].hashes) { person = p; break }
        }
        // `Hua said` after `Hua Chunying`: a family name written first, which is not a given name.
        if person == nil, wordCount == 1, let p = personByFirstWord[tokens[firstWord].hash],
           !index.givenNames.contains(tokens[firstWord].hash) {
            person = p
        }
        if person == nil {
            if particleStart { return nil }
            let titled = titleBlock(before: run.lowerBound) != nil
                || (run.lowerBound > seg.tokens.lowerBound && honorificEnd[run.lowerBound - 1] >= 0)
            // A headline or caption capitalizes every word (`Marine Le Pen Backs Trump`): there a new person
            // needs a title or a given name and at most two more words.
            if seg.paragraph == nil, !titled, wordCount > 1,
               !(wordCount <= 3 && index.givenNames.contains(tokens[firstWord].hash)) {
                return nil
            }
            if wordCount == 1 {
                guard titled || speaks(after: run.upperBound - 1) else { return nil }
                // `Fishermen said`, `Residents said`: plural nouns opening a sentence are not names.
                if !titled, isSentenceStart(run.lowerBound), looksPlural(run.lowerBound) { return nil }
                // `MPs said`, `NGOs said`: the plural of an acronym.
                if !titled, isAcronymPlural(firstWord) { return nil }
                // `Novartis said`, with `Novartis' shares` elsewhere: a company's name.
                if !titled, isCompanyName(tokens[firstWord].hash) { return nil }
                // `Following claims that…`, `Having said…`: a verb in -ing opening a sentence.
                if !titled, isSentenceStart(run.lowerBound), endsWithIng(firstWord, longerThan: 5) { return nil }
                // `charity Actionaid said`: the name of an institution its kind names.
                if !titled, run.lowerBound > seg.tokens.lowerBound, !tokens[run.lowerBound - 1].isCapitalized,
                   Words.institutionKinds.contains(tokens[run.lowerBound - 1].hash) { return nil }
            }
            let range = byteRange(tokens: run.lowerBound, run.upperBound)
            var hashes: [UInt64] = []
            hashes.reserveCapacity(run.count)
            for k in run where tokens[k].kind == .word { hashes.append(tokens[k].hash) }
            persons.append(Person(name: text(range.lowerBound, range.upperBound), hashes: hashes,
                                  first: range, official: nil))
            person = persons.count - 1
            if let word = hashes.last { byLastWord[word, default: []].append(persons.count - 1) }
            if hashes.count >= 2, personByFirstWord[hashes[0]] == nil { personByFirstWord[hashes[0]] = persons.count - 1 }
        }
        return person
    }

    /// `"Dump Trump"`, `Ferrera Sent Donald Trump` (a headline), `Cheeto Donald Trump`: a name whose last words are
    /// the whole name of another person of the article, after a capitalized word that is no given name, is that
    /// person's name with a slogan's or a headline's words before it. Its mentions become that person's, without the
    /// words before. A lone last word (`"Dump Trump"`) counts only in a headline, at a sentence's start or after a
    /// quotation mark, and only when one other person of the article ends with it.
    mutating func foldNamesWithLeadingWords() {
        guard !persons.isEmpty else { return }
        var byWords: [[UInt64]: Int] = [:], byLast: [UInt64: [Int]] = [:]
        for (p, person) in persons.enumerated() where person.hashes.count >= 2 {
            if byWords[person.hashes] == nil { byWords[person.hashes] = p }
            if let last = person.hashes.last { byLast[last, default: []].append(p) }
        }
        // Each person's name spans, and whether one stands where slogans and headlines do.
        var spansOf: [Int: [Int]] = [:], sloganLike = Set<Int>()
        for (n, span) in names.enumerated() where persons[span.person].hashes.count >= 2 {
            spansOf[span.person, default: []].append(n)
            if segment(of: span.start).paragraph == nil || isSentenceStart(span.start)
                || (span.start > 0 && tokens[span.start - 1].kind == .quote) { sloganLike.insert(span.person) }
        }
        for p in spansOf.keys.sorted() {
            let h = persons[p].hashes, spans = spansOf[p] ?? []
            for cut in 1..<h.count where !index.givenNames.contains(h[cut - 1]) {
                let suffix = Array(h[cut...])
                // A lone last word (`Stop Trump`) only where slogans and headlines stand: a word before it elsewhere
                // may be a relative's given name the list lacks.
                let others = suffix.count == 1 && sloganLike.contains(p) ? (byLast[suffix[0]] ?? []).filter { $0 != p } : []
                let whole = byWords[suffix] ?? (others.count == 1 ? others[0] : nil)
                // `Cheeto Maria Lund` then `Maria Lund`: one person so far, whose name is the shorter one.
                // (Or a known office holder's name: `apoplectic Cheeto Donald Trump`.)
                let short = whole == nil && suffix.count >= 2 && index.givenNames.contains(suffix[0])
                    ? spans.first(where: { names[$0].end - names[$0].start == suffix.count })
                        ?? (index.holders.named(suffix).isEmpty ? nil : spans.first) : nil
                guard let q = short != nil ? p : whole, short != nil || q != p else { continue }
                for n in spans {
                    if names[n].end - names[n].start > suffix.count { trim(n, toWords: suffix.count) }
                    names[n].person = q  // `Mr. Trump` after `Francesco Excommunicates Trump` too
                }
                if let n = short {
                    persons[p].hashes = suffix
                    persons[p].name = text(tokens: names[n].start, names[n].end)
                    persons[p].first = tokens[names[n].start].start..<tokens[names[n].end - 1].baseEnd
                }
                break
            }
        }
    }

    /// Name span `n` without the words before its last `count`.
    private mutating func trim(_ n: Int, toWords count: Int) {
        var start = names[n].end, words = 0
        while start > names[n].start, words < count {
            start -= 1
            if tokens[start].kind == .word { words += 1 }
        }
        guard words == count, tokens[start].kind == .word else { return }
        let old = names[n].start
        if nameStart[old] == Int32(n) { nameStart[old] = -1 }
        nameStart[start] = Int32(n)
        names[n].start = start
    }

    /// Records the name `run` of person `p`, with its gender and the office its title gives (`lower` is the start of
    /// its segment).
    mutating func addName(_ run: Range<Int>, person p: Int, lower: Int, lastWithOfficial: inout Int?) {
        if persons[p].gender == 0 { persons[p].gender = gender(ofName: run, lower: lower) }
        let spanIndex = names.count
        names.append(NameSpan(start: run.lowerBound, end: run.upperBound, person: p))
        nameStart[run.lowerBound] = Int32(spanIndex)
        nameEnd[run.upperBound - 1] = Int32(spanIndex)
        if let o = official(for: spanIndex, counterpartOf: lastWithOfficial) {
            if let current = persons[p].official {
                // `Secretary Tillerson` after `Secretary of State Rex Tillerson`, or before it: the fuller
                // title stands for both.
                if o.isMoreSpecific(than: officials[current]) { officials[current] = o }
            } else {
                persons[p].official = officials.count
                officials.append(o)
            }
        }
        if persons[p].official != nil { lastWithOfficial = p }
    }

    /// The gender a name's mention shows: `Mrs.` or `Mr.` before it, a title such as `spokeswoman`, or a given name
    /// from `first_names.tsv`; 0 when it shows none.
    func gender(ofName run: Range<Int>, lower: Int) -> UInt8 {
        let start = run.lowerBound
        if start > lower, honorificEnd[start - 1] >= 0 {
            switch index.lexicon.honorifics[honorifics[Int(honorificEnd[start - 1])].payload].gender {
            case "m": return 1
            case "f": return 2
            default: break
            }
        }
        if let title = titleBlock(before: start), let o = title.office {
            let surface = index.lexicon.offices[o].surface
            if surface.hasSuffix("woman") || surface.hasSuffix("women") { return 2 }
            if surface.hasSuffix("man") || surface.hasSuffix("men") { return 1 }
        }
        // The given name: the first of two or more words.
        var wordCount = 0, firstWord = start
        for k in run where tokens[k].kind == .word {
            if wordCount == 0 { firstWord = k }
            wordCount += 1
        }
        if wordCount >= 2, let g = index.firstNameGender.get(tokens[firstWord].hash) { return UInt8(g) }
        return 0
    }

    /// Whether a speech cue follows token `i` (after adverbials), so that a lone capitalized word is a speaker.
    func speaks(after i: Int) -> Bool {
        let k = skipForward(i + 1)
        return k < tokens.count && segmentOf[k] == segmentOf[i] && (cue(startingAt: k) != nil || quotedAsSaying(k) != nil)
    }

    // MARK: - Officials

    struct Title {
        var start: Int
        var office: Int?
        var counterpart: Bool
        var country: String?
        var organization: Int?
        var isFormer: Bool
        /// A place within a country that the title names (`Alabama Secretary of State`).
        var place: Int? = nil
        /// A party that the title names (`Tory leader`): the organization of a party post, an affiliation otherwise.
        var party: Int? = nil
        /// The campaign or administration of a person the title names (`Trump campaign adviser`), as written.
        var servedName: String? = nil
        /// A country the title names by its capital (`London's mayor`, `Moscow Mayor`): the place of a city's office.
        var capital: Int? = nil
    }

    /// One or two lowercase words ending at `j` that a country, institution or `former` comes right before: the
    /// index of that token, so a title walk can go on from it. Nil otherwise.
    func modifiersBeforeTitle(endingAt j: Int, _ lower: Int) -> Int? {
        var k = j
        // Only words that can narrow a title (`intelligence`, `harbour`): not a function word, a verb or a plural, so
        // `Russia and President Trump` and `the committee documents President Trump` put no country or institution
        // into the title.
        while k >= lower, j - k < 2, tokens[k].kind == .word, !tokens[k].isCapitalized, tags[k].isEmpty,
              tokens[k].hash != Words.former, Words.titleModifiers.contains(tokens[k].hash) || narrowsTitle(k) {
            k -= 1
        }
        guard k < j, k >= lower else { return nil }
        if entity(endingAt: k) != nil || hash(k) == Words.former { return k }
        return nil
    }

    /// How many tokens at `k` say that what follows is a former office: 1 for `former`, 2 for `ex-`, else 0.
    func formerPrefix(at k: Int) -> Int {
        if hash(k) == Words.former { return 1 }
        return hash(k) == Words.ex && tokens[k + 1].isPunct(0x2D) && tokens[k + 2].kind == .word ? 2 : 0
    }

    /// `former Trump campaign foreign policy adviser`: a person's name and `campaign` or `administration`, then up to
    /// two more common words, ending at `j`. The index before the name, and the team as written (`Trump campaign`).
    func teamBefore(endingAt j: Int, _ lower: Int) -> (Int, String)? {
        var k = j
        while k >= lower, j - k < 3, tokens[k].kind == .word, !tokens[k].isCapitalized, hash(k) != Words.former,
              Words.teams.contains(hash(k)) || (tags[k].isEmpty && (Words.titleModifiers.contains(hash(k)) || narrowsTitle(k))) {
            k -= 1
        }
        // (`administration official` may be one title: its first word is then the team.)
        guard k >= lower, k + 1 < tokens.count, Words.teams.contains(hash(k + 1)), let n = name(endingAt: k),
              names[n].start >= lower else { return nil }
        return (names[n].start - 1, text(tokens: names[n].start, k + 2))
    }

    /// Whether the lowercase word at `k` may stand between a country and a title: a noun or adjective, not a
    /// function word, a past form or a plural.
    func narrowsTitle(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.length >= 4, !Words.determiners.contains(t.hash), !Words.prepositions.contains(t.hash),
              !Words.clauseBreakers.contains(t.hash), !Words.subordinators.contains(t.hash), !Words.beForms.contains(t.hash),
              !Words.isForOfAt(t.hash), t.hash != Words.and else { return false }
        let last = bytes[t.baseEnd - 1] | 0x20, before = bytes[t.baseEnd - 2] | 0x20
        return last != 0x73 && !(last == 0x64 && before == 0x65)  // -s, -ed
    }

    /// Takes what an entity inside a title tells: the country, and the organization served. A party (`Democratic
    /// Senator X`) is an affiliation: it tells the country, not where the office is. The first of each wins.
    func absorb(_ e: EntityRef, into title: inout Title) {
        switch e {
        case .country(let c, let kind):
            if title.country == nil { title.country = index.lexicon.countries[c].alpha3 }
            if kind == .capital, title.capital == nil { title.capital = c }
        case .organization(let o):
            let org = index.lexicon.organizations[o]
            if org.kind == "party" {
                if title.country == nil { title.country = org.country }
                if title.party == nil { title.party = o }
            } else if title.organization == nil {
                title.organization = o
            }
        case .place(let p):
            // `Alabama Secretary of State`: a place gives its country, and makes the office that place's.
            if title.country == nil { title.country = index.lexicon.places[p].country }
            if title.place == nil { title.place = p }
        }
    }

    /// The title block (`Russian ambassador to the United Nations`, `NATO head`, `His British counterpart`) that ends
    /// right before token `r`.
    func titleBlock(before r: Int) -> Title? {
        guard r > 0, segmentOf[r - 1] == segmentOf[r] else { return nil }
        // Most tokens end no entity or office and are no `counterpart`: no title ends before the next one.
        guard entityEnd[r - 1] >= 0 || officeEnd[r - 1] >= 0 || hash(r - 1) == Words.counterpart else { return nil }
        let lower = segment(of: r).tokens.lowerBound
        var title = Title(start: r, office: nil, counterpart: false, country: nil, organization: nil, isFormer: false)
        var j = r - 1
        func take(_ e: EntityRef) { absorb(e, into: &title) }
        // `ambassador to the United Nations`, `minister of Defence`
        if let e = entity(endingAt: j), e.start - 1 >= lower {
            var k = e.start - 1
            if hash(k) == Words.the { k -= 1 }
            if k >= lower, Words.isToAtOf(hash(k)), let o = office(endingAt: k - 1) {
                if !isHostCountry(e) { take(e.payload) }
                title.office = o.payload
                j = o.start - 1
            }
        }
        if title.office == nil {
            if let o = office(endingAt: j) {
                title.office = o.payload
                // `ambassador to the United Nations` may be one office surface: its entities still count.
                for k in Range.span(o.start, o.end) { if let e = entity(startingAt: k), e.end <= o.end { take(e.payload) } }
                j = o.start - 1
                // `Chinese Foreign Ministry spokesman`: an institution that began before the title and ends inside it.
                for k in Range.span(o.start, o.end) {
                    if let e = entity(endingAt: k), e.start < o.start, e.start >= lower {
                        take(e.payload)
                        j = e.start - 1
                    }
                }
            } else if j >= lower, hash(j) == Words.counterpart {
                title.counterpart = true
                j -= 1
            } else {
                return nil
            }
        }
        // `Deputy Homeland Security Secretary`: a rank word before the title makes it the office below.
        if j >= lower, let office = title.office, Words.rankWords.contains(hash(j)),
           let ranked = index.rankedOffice(text(tokens: j, j + 1).lowercased(), below: office) {
            title.office = ranked
            j -= 1
        }
        title.start = j + 1
        while j >= lower {
            if let e = entity(endingAt: j), e.start >= lower {
                take(e.payload)
                j = e.start - 1
            } else if hash(j) == Words.former || hash(j) == Words.ex || Words.formerModifiers.contains(hash(j)) {
                title.isFormer = true
                j -= 1
            } else if tokens[j].isPunct(0x2D), j > lower, hash(j - 1) == Words.ex || hash(j - 1) == Words.then {
                // `ex-President`, `then-Secretary of State`: not the office held when the article was written.
                title.isFormer = true
                j -= 2
            } else if title.counterpart, Words.possessivePronouns.contains(hash(j)) {
                j -= 1
                title.start = j + 1
                break
            } else if let k = modifiersBeforeTitle(endingAt: j, lower) {
                // `U.S. intelligence director`, `former U.S. Navy commander`: common words between the country and
                // the title.
                j = k
            } else if title.servedName == nil, let (k, served) = teamBefore(endingAt: j, lower) {
                title.servedName = served
                j = k
            } else {
                break
            }
            title.start = j + 1
        }
        return title
    }

    /// The office held by the person of name span `n`, from a title before the name or an apposition after it.
    func official(for n: Int, counterpartOf previous: Int?) -> Official? {
        let span = names[n]
        let name = persons[span.person].name
        var title = titleBlock(before: span.start)
        // `Chairman Sir Archy Kirkwood`: a title before the form of address.
        if title == nil, span.start > 0, honorificEnd[span.start - 1] >= 0,
           Int(honorificEnd[span.start - 1]) < honorifics.count {
            title = titleBlock(before: honorifics[Int(honorificEnd[span.start - 1])].start)
        }
        // `Collin Laverty, president of Cuba Educational Travel`: a title after a name and a comma is that name's.
        if let t = title, t.start >= 2, tokens[t.start - 1].isPunct(0x2C), self.name(endingAt: t.start - 2) != nil { title = nil }
        if title == nil { title = titleApposed(before: span) }
        var rangeEnd = tokens[span.end - 1].baseEnd
        var rangeStart = title.map { tokens[$0.start].start } ?? tokens[span.start].start
        if title == nil { (title, rangeEnd) = apposition(after: span.end) ?? (nil, rangeEnd); rangeStart = tokens[span.start].start }
        guard var t = title else { return nil }
        // `a prospective Labour MP`, `would-be candidate`: an office not held.
        if Range.span(max(t.start - 1, 0), min(t.start + 3, tokens.count)).contains(where: { Words.notYet.contains(hash($0)) }) {
            return nil
        }
        var role: String
        var organization = t.organization
        if let o = t.office {
            let office = index.lexicon.offices[o]
            role = office.role
            if let org = organization, let head = index.lexicon.organizations[org].headRole,
               office.category == "org_head" || ["head", "chief", "leader", "boss"].contains(office.role) {
                role = head
            }
        } else if t.counterpart, let p = previous, let o = persons[p].official {
            role = officials[o].role
            if organization == nil, let key = officials[o].organization {
                organization = index.lexicon.organizations.firstIndex { $0.key == key }
            }
        } else {
            return nil
        }
        // `Tory shadow home secretary David Davis`: the opposition's spokesman for an office, a post in the party.
        var shadow = Range.span(t.start, min(t.start + 4, tokens.count)).contains { hash($0) == Words.shadow }
        // `Conservative Shadow chancellor`: a capitalized `Shadow` ends the title block; the party comes before it.
        if !shadow, t.start > 0, hash(t.start - 1) == Words.shadow {
            shadow = true
            if let e = entity(endingAt: t.start - 2) { absorb(e.payload, into: &t) }
        }
        if shadow { role = "shadow " + role }
        // `Tory leader Michael Howard`, `UKIP's chairman`: a party post is the party's.
        if organization == nil, let party = t.party, let o = t.office,
           shadow || index.lexicon.offices[o].category == "party" || Self.partyPosts.contains(role) {
            organization = party
        }
        if t.country == nil, let org = organization { t.country = index.lexicon.organizations[org].country }
        // `Representative Frank Lucas of Oklahoma`: the place a legislator is from.
        if t.country == nil, organization == nil, span.end + 1 < tokens.count, hash(span.end) == Words.of,
           let e = entity(startingAt: span.end + 1) {
            t.country = country(of: e.payload)
        }
        // `Treasury Secretary Mnuchin`: a title only one country uses.
        if t.country == nil, organization == nil, let o = t.office { t.country = index.lexicon.offices[o].country }
        // `PCS leader Mark Serwotka`, `WLGA finance spokesman`: an acronym the gazetteer does not know, right before
        // the title, is the institution it serves.
        var organizationName = organization == nil ? t.servedName : nil
        var a = t.start - 1
        while a >= 0, t.start - a <= 2, tokens[a].kind == .word, !tokens[a].isCapitalized, tags[a].isEmpty,
              !Words.determiners.contains(tokens[a].hash), !Words.prepositions.contains(tokens[a].hash) {
            a -= 1  // `finance` in `WLGA finance spokesman`
        }
        // `Yukos spokesman Mike Lake`: one capitalized word too, inside a sentence, that names no one.
        if organization == nil, t.country == nil, a >= 0, tokens[a].kind == .word, tags[a].isEmpty,
           segmentOf[a] == segmentOf[t.start], !Words.possessivePronouns.contains(hash(t.start)),
           !Words.determiners.contains(hash(t.start)), !index.days.contains(tokens[a].hash),
           !index.months.contains(tokens[a].hash), tokens[a].flags.contains(.allCaps)
            || (tokens[a].isCapitalized && !isSentenceStart(a) && !tokens[a - 1].isCapitalized && self.name(endingAt: a) == nil
                && !index.givenNames.contains(tokens[a].hash) && !tokens[a].flags.contains(.possessive)) {
            organizationName = text(tokens: a, a + 1)
        }
        return Official(name: name, role: role, country: t.country,
                        organization: organization.map { index.lexicon.organizations[$0].key },
                        organizationName: organizationName, isFormer: t.isFormer,
                        place: place(of: t, role: role), range: .span(rangeStart, rangeEnd))
    }

    /// The place a title makes its office that of: a place it names, or for a city's office (`mayor`), the capital
    /// it names (`London's mayor`; `London's ambassador` serves the country).
    func place(of t: Title, role: String) -> String? {
        if let p = t.place { return index.lexicon.places[p].name }
        guard Words.cityRoles.contains(role), let c = t.capital else { return nil }
        return index.lexicon.countries[c].aliases.first { $0.kind == .capital }?.text
    }

    /// The capitalized words from `m` (`Gloucestershire Police`, `Federation of Small Businesses`), with `of`, `for`
    /// and `and` between capitalized words, and an institution's `in` and country after them; nil when `m` is not
    /// capitalized.
    func capitalizedRun(from m: Int, end: Int) -> Range<Int>? {
        var j = m
        while j < end, j - m < 7, tokens[j].kind == .word, tokens[j].isCapitalized
                || (j > m && [Words.of, Words.for_, Words.and].contains(hash(j)) && j + 1 < end && tokens[j + 1].isCapitalized) {
            j += 1
        }
        // `the American Chamber of Commerce in China`: an institution's branch in a country (`Vanderbilt University
        // in Nashville` is where a university is).
        if j > m, j + 1 < end, hash(j) == Words.in_, let e = entity(startingAt: j + 1), e.end <= end,
           case .country(_, let kind) = e.payload, kind != .capital, kind != .seat,
           Range.span(m, j).contains(where: { Words.institutionWords.contains(hash($0)) }),
           !Range.span(m, j).contains(where: { Words.academies.contains(hash($0)) }) {
            j = e.end
        }
        return j > m ? Range.span(m, j) : nil
    }

    /// Titles that, with a party's name, are posts in the party (`Labour chairman`), not offices of the state.
    static let partyPosts: Set<String> = [
        "leader", "chair", "chairperson", "co-chair", "deputy leader", "spokesperson", "president",
    ]

    /// Whether `e` is a country after `to` (`Russian ambassador to Washington`, `to the United States`): the host of
    /// the office, not the country it serves.
    func isHostCountry(_ e: TagSpan<EntityRef>) -> Bool {
        e.payload.isCountry && (hash(e.start - 1) == Words.to || (hash(e.start - 1) == Words.the && hash(e.start - 2) == Words.to))
    }

    /// `Russia's ambassador to the United Nations, Oleg Marin, said`, `The UN envoy for the region, Tomas Berger,`:
    /// a title set before a name between commas, with what follows the office (`to the United Nations`).
    func titleApposed(before span: NameSpan) -> Title? {
        let comma = span.start - 1
        guard comma >= 2, tokens[comma].isPunct(0x2C), span.end < tokens.count, tokens[span.end].isPunct(0x2C),
              segmentOf[comma] == segmentOf[span.end] else { return nil }
        let lower = segment(of: comma).tokens.lowerBound
        // The office, then at most a few words that place it: `to the United Nations`, `for the region`.
        var j = comma - 1
        var after: [EntityRef] = []
        while j >= max(lower, comma - 7), office(endingAt: j) == nil {
            if let e = entity(endingAt: j), e.start >= lower {
                if !isHostCountry(e) { after.append(e.payload) }
                j = e.start - 1
                continue
            }
            guard tokens[j].kind == .word, !tokens[j].flags.contains(.possessive), tags[j].isEmpty || tags[j] == [.quoted],
                  Words.isToAtOf(hash(j)) || hash(j) == Words.for_ || Words.determiners.contains(hash(j))
                    || !tokens[j].isCapitalized
            else { return nil }
            j -= 1
        }
        guard j >= lower, office(endingAt: j) != nil, j + 1 == comma || Words.isToAtOf(hash(j + 1))
                || hash(j + 1) == Words.for_ || hash(j + 1) == Words.in_,
              var title = titleBlock(before: j + 1) else { return nil }
        // The title opens its clause or follows a determiner: `said the ambassador, X` is another construction.
        let s = title.start
        guard s == lower || isSentenceStart(s) || Words.determiners.contains(hash(s - 1)) || tokens[s - 1].isPunct(0x2C)
        else { return nil }
        for e in after.reversed() { absorb(e, into: &title) }
        if s > lower, Words.determiners.contains(hash(s - 1)) { title.start = s - 1 }
        return title
    }

    /// `Sergei Lavrov, Russia's foreign minister,` — the title after a name and the end of the mention.
    func apposition(after e: Int) -> (Title, Int)? {
        // `Rex Tillerson remains the U.S. secretary of state`: a copula works as the comma does.
        let copula = e < tokens.count && tokens[e].kind == .word && Words.copulas.contains(tokens[e].hash)
        guard e < tokens.count, tokens[e].isPunct(0x2C) || copula, segmentOf[e] == segmentOf[e - 1] else { return nil }
        let end = segment(of: e).tokens.upperBound
        var title = Title(start: e + 1, office: nil, counterpart: false, country: nil, organization: nil, isFormer: false)
        var k = e + 1
        var guardCount = 0
        while k < end, guardCount < 5 {
            guardCount += 1
            if let en = entity(startingAt: k), en.end <= end {
                if case .place = en.payload { return nil }
                absorb(en.payload, into: &title)
                k = en.end
            } else if formerPrefix(at: k) > 0 {
                // `X, former commander of…`, `Ed Balls, ex-chief economic adviser to the Treasury,`
                title.isFormer = true
                k += formerPrefix(at: k)
            } else if hash(k) == Words.shadow {
                // `X, Tory shadow home secretary,`: ``official(for:counterpartOf:)`` reads it from the title's words.
                k += 1
            } else if Words.determiners.contains(hash(k)), office(startingAt: k) == nil {
                k += 1
            } else if title.servedName == nil, let m = possessiveNameEnd(from: k, end) {
                // `Ida Berg, Hale's senior policy adviser,`: the one served, as the articles name them.
                title.servedName = text(tokens: k, m)
                k = m
            } else {
                break
            }
        }
        // `senior policy adviser`: up to two lowercase words before the title.
        if office(startingAt: k) == nil, title.servedName != nil {
            var m = k
            while m < min(k + 2, end), tokens[m].kind == .word, !tokens[m].isCapitalized, tags[m].isEmpty,
                  Words.titleModifiers.contains(hash(m)) || narrowsTitle(m) {
                m += 1
                if office(startingAt: m) != nil { k = m; break }
            }
        }
        guard var o = office(startingAt: k) else { return nil }
        // `chief economic adviser`: a title word, a lowercase word or two, and the title they qualify.
        var n = o.end
        while n < end, n - o.end < 2, tokens[n].kind == .word, !tokens[n].isCapitalized, tags[n].isEmpty,
              !Words.isToAtOf(hash(n)), narrowsTitle(n) {
            n += 1
            if let head = office(startingAt: n) { o = TagSpan(start: o.start, end: head.end, payload: head.payload); break }
        }
        title.office = o.payload
        for m in Range.span(o.start, o.end) {
            guard let en = entity(startingAt: m), en.end <= o.end else { continue }
            absorb(en.payload, into: &title)
        }
        k = o.end
        var last = o.end - 1
        if k + 1 < end, Words.isToAtOf(hash(k)) {
            var m = k + 1
            if hash(m) == Words.the { m += 1 }
            if let en = entity(startingAt: m) {
                if !isHostCountry(en) { absorb(en.payload, into: &title) }
                k = en.end
                last = en.end - 1
            } else if let run = capitalizedRun(from: m, end: end) {
                // `X, assistant chief constable of Gloucestershire Police,`: an institution the gazetteer does not
                // know (``Analysis/findAffiliations()`` keeps its name).
                k = run.upperBound
                last = run.upperBound - 1
            } else if let served = office(startingAt: m) {
                // `X, chief economic adviser to the mayor,`: the office served, which gives no country.
                k = served.end
                last = served.end - 1
            }
        }
        guard k >= end || tokens[k].kind == .punct || cue(startingAt: k) != nil
                || (copula && tokens[k].kind == .word && !tokens[k].isCapitalized && !Words.isForOfAt(tokens[k].hash)
                    && !tokens[last].flags.contains(.possessive))
        else { return nil }
        return (title, tokens[last].baseEnd)
    }

    // MARK: - Speaker phrases

    /// Whether number `i` reads as a year: four digits from 1900 to 2099.
    func isYear(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.end - t.start == 4 else { return false }
        return (bytes[t.start] == 0x31 && bytes[t.start + 1] == 0x39) || (bytes[t.start] == 0x32 && bytes[t.start + 1] == 0x30)
    }

    /// Skips adverbials backwards from `j` (`on Friday`, `curtly`, `has`), returning the index of the token before.
    func skipBack(_ j: Int, _ lower: Int) -> Int {
        var j = j
        while j >= lower {
            let h = tokens[j].hash
            // (`Theresa May said`: a word that ends a name is no adverbial.)
            if tokens[j].kind == .word, nameEnd[j] < 0, index.adverbials.contains(h) || isLyAdverb(j) { j -= 1; continue }
            if nameEnd[j] < 0, index.days.contains(h) || index.timeNouns.contains(h) || index.months.contains(h) {
                var k = j - 1
                if k >= lower, index.adverbialPrepositions.contains(hash(k)) || hash(k) == Words.the { k -= 1 }
                if k >= lower, index.adverbialPrepositions.contains(hash(k)) { k -= 1 }
                if k < j - 1 { j = k; continue }
                if index.days.contains(h) { j -= 1; continue }  // "Churkin Friday said" is rare; "today" is common
            }
            if tokens[j].kind == .number, j - 1 >= lower, index.months.contains(hash(j - 1)) {
                j -= 1
                continue
            }
            // `who in 2010 said`: a year.
            if tokens[j].kind == .number, j - 1 >= lower, hash(j - 1) == Words.in_, isYear(j) {
                j -= 2
                continue
            }
            if tokens[j].isPunct(0x2C), j - 2 >= lower, tokens[j - 2].isPunct(0x2C),
               index.adverbials.contains(hash(j - 1)) || isLyAdverb(j - 1) {
                j -= 3
                continue
            }
            // A parenthesis after a name: `Rep. Gwen Moore (D-Wis.) said`.
            if tokens[j].isPunct(0x29), let open = Range.span(max(lower, j - 8), j).last(where: { tokens[$0].isPunct(0x28) }),
               open > lower, name(endingAt: open - 1) != nil {
                j = open - 1
                continue
            }
            // An apposition after a name: `Leonard Burman, director of the tax center, said` (or between dashes).
            if tokens[j].isPunct(0x2C) || tokens[j].isPunct(0x97), let name = appositionName(endingBefore: j, lower) {
                j = name
                continue
            }
            // … or one that ends with a quoted title, its comma inside the marks (`the co-author of "Going Viral,"`).
            if tokens[j].kind == .quote, j - 1 > lower, tokens[j - 1].isPunct(0x2C),
               let name = appositionName(endingBefore: j - 1, lower, marks: 1) {
                j = name
                continue
            }
            break
        }
        return j
    }

    /// Whether token `k` opens an aside of being asked: `, asked how…`, `, when asked about…`, `, pressed on…`.
    func isAskedAside(_ k: Int) -> Bool {
        guard k > 0, Words.askedAsides.contains(hash(k)) else { return false }
        return tokens[k - 1].isPunct(0x2C) || (hash(k - 1) == Words.when && k > 1 && tokens[k - 2].isPunct(0x2C))
    }

    /// The last token of the name before an apposition that ends with the comma at `comma`
    /// (`NAME, a lawyer who worked for the agency,`), when there is one. `marks` counts the quotation marks after the
    /// comma that belong to the apposition.
    func appositionName(endingBefore comma: Int, _ lower: Int, marks: Int = 0) -> Int? {
        var k = comma - 1
        let limit = max(lower, comma - 40)
        guard k > limit, tokens[k].isWord || tokens[k].kind == .quote else { return nil }
        // `Peskov, asked how Trump had raised the question, said`: an aside of being asked, whatever its words.
        var open = k
        while open > limit, !tokens[open].isPunct(0x2C), tokens[open].kind != .quote { open -= 1 }
        if open > limit, tokens[open].isPunct(0x2C), isAskedAside(open + 1) || isAskedAside(open + 2),
           name(endingAt: open - 1) != nil || entityEnd[open - 1] >= 0 {
            return open - 1
        }

        var marks = marks
        while k > limit {
            let t = tokens[k]
            // Quoted words are a title (`the co-author of "Going Viral,"`) when their marks pair up; a cue that is
            // passive (`who has been mentioned`) says nothing.
            if t.kind == .quote { marks += 1 }
            if cue(startingAt: k) != nil, !isPassive(k) { return nil }
            if t.kind == .punct, Words.isEndByte(t.byte), k + 1 < tokens.count, sentenceOf[k + 1] != sentenceOf[k] {
                return nil
            }
            if t.isPunct(0x2C) || t.isPunct(0x97), marks % 2 == 0 {
                // `The state's campaign chairman, Phil Lovas, said`: the name is the apposition.
                if let n = name(startingAt: k + 1), names[n].end == comma { return comma - 1 }
                // The apposition opens with a lowercase word, a determiner, a title, a possessive
                // (`Mr. Obama's deputy`) or `Democrat of`.
                let first = k + 1
                let opensApposition = !tokens[first].isCapitalized || office(startingAt: first) != nil
                    || Words.determiners.contains(hash(first)) || hash(first + 1) == Words.of
                    || Range.span(first, min(comma, first + 3)).contains { tokens[$0].flags.contains(.possessive) }
                    || tags[first].contains(.honorific)
                guard first + 1 < comma, opensApposition else { return nil }
                // A person, or a country or institution (`China, Pyongyang's only ally, said`).
                if name(endingAt: k - 1) != nil || nounEnd[k - 1] >= 0 { return k - 1 }
                if let e = entity(endingAt: k - 1), isSpeakerEntity(e.payload) { return k - 1 }
                // `Holger Schmieding of Berenberg, a German bank, warned`: a name with its institution.
                var m = k - 1
                while m > max(limit, k - 7), tokens[m].kind == .word,
                      tokens[m].isCapitalized || hash(m) == Words.of || hash(m) == Words.the || hash(m) == Words.at {
                    if hash(m) == Words.of || hash(m) == Words.at, name(endingAt: m - 1) != nil { return m - 1 }
                    m -= 1
                }
                // An apposition with commas of its own (`a developer and spokeswoman for the coalition, which…,`).
            }
            k -= 1
        }
        return nil
    }

    /// Skips adverbials forwards from `i`, returning the index of the first other token.
    func skipForward(_ i: Int) -> Int {
        var i = i
        let end = i < tokens.count ? segment(of: i).tokens.upperBound : tokens.count
        while i < end {
            let h = tokens[i].hash
            if tokens[i].kind == .word, index.adverbials.contains(h) || isLyAdverb(i) { i += 1; continue }
            if index.adverbialPrepositions.contains(h), i + 1 < end {
                var k = i + 1
                if hash(k) == Words.the { k += 1 }
                if k < end, index.days.contains(hash(k)) || index.timeNouns.contains(hash(k)) || index.months.contains(hash(k)) {
                    i = k + 1
                    if i < end, tokens[i].kind == .number { i += 1 }
                    continue
                }
                // `reported in 2014`.
                if k == i + 1, k < end, tokens[k].kind == .number, tokens[k].length == 4 { i = k + 1; continue }
            }
            if index.days.contains(h) { i += 1; continue }
            // `said Tuesday night`, `said late Sunday`.
            if i > 0, index.timeNouns.contains(h), index.days.contains(tokens[i - 1].hash) || tokens[i - 1].kind == .word
                && (hash(i - 1) == Words.last || hash(i - 1) == Words.this) {
                i += 1
                continue
            }
            break
        }
        return i
    }

    /// Whether token `k` is a verb of quoting another (`quoted`, `cited`, `paraphrased`), which `as saying` follows.
    func isQuotingVerb(_ k: Int) -> Bool {
        let h = hash(k)
        return h == Words.quoted || h == Words.cited || h == Words.paraphrased
    }

    /// `quoted as saying`, `quoted as having said`, `quoted him as saying`, `cited Lavrov as saying`, `paraphrased Xi
    /// as telling`, `quoted an executive at Euronext as saying` at token `k`: the end of the cue and the object
    /// speaker, when there is one.
    func quotedAsSaying(_ k: Int) -> (end: Int, object: NounPhrase?)? {
        guard k < tokens.count, isQuotingVerb(k) else { return nil }
        func tail(_ m: Int) -> Int? {
            guard m < tokens.count, hash(m) == Words.as_ else { return nil }
            if hash(m + 1) == Words.saying { return m + 2 }
            if hash(m + 1) == Words.having, cue(startingAt: m + 2) != nil || hash(m + 2) == Words.said { return m + 3 }
            // `as telling`, `as warning`: a speech cue in its -ing form.
            if let c = cue(startingAt: m + 1), c.end == m + 2, endsInIng(m + 1) { return m + 2 }
            return nil
        }
        if let e = tail(k + 1) { return (e, nil) }
        guard let np = phrase(startingAt: k + 1) else { return nil }
        if let e = tail(np.end) { return (e, np) }
        // `an unnamed executive at Euronext as saying`: a short phrase of where they serve before `as`.
        guard np.end < tokens.count, Words.isForOfAt(hash(np.end)) else { return nil }
        for m in Range.span(np.end + 2, min(np.end + 7, tokens.count)) {
            if let e = tail(m) { return (e, np) }
            guard tokens[m].isWord else { return nil }
        }
        return nil
    }

    /// Whether the word at `k` ends in `ing`.
    func endsInIng(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.baseEnd - t.start > 4 else { return false }
        return bytes[t.baseEnd - 3] | 0x20 == 0x69 && bytes[t.baseEnd - 2] | 0x20 == 0x6E && bytes[t.baseEnd - 1] | 0x20 == 0x67
    }

    /// A speaker phrase ending at token `j` (the subject before a cue).
    func phrase(endingAt j: Int, lower: Int) -> NounPhrase? {
        guard j >= lower, j < tokens.count, !tags[j].contains(.quoted) else { return nil }
        let t = tokens[j]
        guard t.isWord, !t.flags.contains(.possessive) else { return nil }
        if let np = describedSpeaker(endingAt: j, lower: lower) { return np }
        if index.pronounsSingular.contains(t.hash) { return NounPhrase(phrase: .pronoun(j, plural: false), start: j, end: j + 1) }
        if index.pronounsPlural.contains(t.hash) { return NounPhrase(phrase: .pronoun(j, plural: true), start: j, end: j + 1) }
        if index.pronounsFirst.contains(t.hash) { return NounPhrase(phrase: .writer(j), start: j, end: j + 1) }
        if t.hash == Words.who || t.hash == Words.which, j - 1 > lower { return relativePronoun(at: j, lower: lower) }
        if let np = pollShare(endingAt: j, lower: lower) ?? namedPerson(endingAt: j, lower: lower) { return np }
        if nounEnd[j] >= 0 {
            let noun = nouns[Int(nounEnd[j])]
            return NounPhrase(phrase: .anonymous(plural: noun.payload.1), start: modifiersStart(noun.start, lower), end: j + 1)
        }
        if let e = entity(endingAt: j), isSpeakerEntity(e.payload) {
            return NounPhrase(phrase: .entity(Int(entityEnd[j])), start: hash(e.start - 1) == Words.the ? e.start - 1 : e.start,
                              end: j + 1)
        }
        if let found = determinedPhrase(endingAt: j, lower: lower) { return found }
        return sentenceOpeningPhrase(endingAt: j, lower: lower)
    }

    /// `a spokesman for the ministry`: a speaker noun before `for`, `of` or `at` among the words before `j` (but
    /// `Secretary of State Helen Ward` is a title and a name).
    func describedSpeaker(endingAt j: Int, lower: Int) -> NounPhrase? {
        var k = j - 1
        while k > max(lower, j - 6) {
            if Words.isForOfAt(hash(k)), nounEnd[k - 1] >= 0,
               (name(endingAt: j).flatMap { titleBlock(before: names[$0].start) }?.start ?? Int.max) > k {
                let noun = nouns[Int(nounEnd[k - 1])]
                return NounPhrase(phrase: .anonymous(plural: noun.payload.1), start: modifiersStart(noun.start, lower), end: j + 1)
            }
            if tokens[k].kind != .word { break }
            k -= 1
        }
        return nil
    }

    /// `Barkley, who said`: the relative pronoun at `j` stands for the person named before it, also past an
    /// apposition (`Mitch McConnell, now the majority leader, who said`).
    func relativePronoun(at j: Int, lower: Int) -> NounPhrase? {
        let before = tokens[j - 1].isPunct(0x2C) ? j - 2 : j - 1
        // `Beijing, which described the embargo as …`: `which` stands for a country or institution.
        if hash(j) == Words.which {
            guard before >= lower, let e = entity(endingAt: before), isSpeakerEntity(e.payload) else { return nil }
            return NounPhrase(phrase: .entity(Int(entityEnd[before])), start: j, end: j + 1)
        }
        if let n = name(endingAt: before) { return NounPhrase(phrase: .person(n), start: j, end: j + 1) }
        if before > lower, tokens[before + 1].isPunct(0x2C),
           let comma = Range.span(max(lower, before - 8), before).last(where: { tokens[$0].isPunct(0x2C) }), comma > lower,
           let n = name(endingAt: comma - 1) {
            return NounPhrase(phrase: .person(n), start: j, end: j + 1)
        }
        return nil
    }

    /// `47 percent said`, `Sixty-six percent of voters say`, `six in 10 say`: a share of people polled.
    func pollShare(endingAt j: Int, lower: Int) -> NounPhrase? {
        let t = tokens[j]
        guard t.hash == Words.percent || (t.kind == .number && j - 2 >= lower && hash(j - 1) == Words.in_) else { return nil }
        let start = t.kind == .number ? j - 2 : j - 1
        guard start >= lower, tokens[start].kind == .number || index.numberWords.contains(tokens[start].hash)
                || tokens[start].flags.contains(.hyphenLower) else { return nil }
        return NounPhrase(phrase: .anonymous(plural: true), start: start, end: j + 1)
    }

    /// A name ending at `j`, with the title or form of address before it: `Mr. Clarke`, `Sen. Karin Holt`.
    func namedPerson(endingAt j: Int, lower: Int) -> NounPhrase? {
        guard let n = name(endingAt: j) else { return nil }
        var start = names[n].start
        if start > lower, honorificEnd[start - 1] >= 0 {
            start = max(lower, honorifics[Int(honorificEnd[start - 1])].start)
        } else if let title = titleBlock(before: start), title.start >= lower {
            start = title.start
        }
        return NounPhrase(phrase: .person(n), start: start, end: j + 1)
    }

    /// A noun phrase opened by a determiner (`The bank said`, `the Tax Policy Center says`): an unnamed speaker
    /// described by the phrase, when the determiner opens a clause; or a country's or institution's body opening
    /// the clause (`Turkey's foreign ministry said`). The outer nil: no determiner decides; the inner: none is the
    /// speaker.
    func determinedPhrase(endingAt j: Int, lower: Int) -> NounPhrase?? {
        var d = j
        while d > max(lower - 1, j - 6), tokens[d].kind == .word, !tags[d].contains(.cue),
              !index.pronounsSingular.contains(tokens[d].hash), !index.pronounsPlural.contains(tokens[d].hash) {
            if d < j, index.speakerDeterminers.contains(tokens[d].hash) {
                let opensClause = d == lower || tokens[d - 1].kind != .word || isSentenceStart(d)
                return .some(opensClause ? NounPhrase(phrase: .anonymous(plural: looksPlural(j)), start: d, end: j + 1) : nil)
            }
            if tokens[d].flags.contains(.possessive), d < j {
                if j - d <= 3, let e = entity(endingAt: d), isSpeakerEntity(e.payload),
                   e.start == lower || isSentenceStart(e.start) || tokens[e.start - 1].kind != .word {
                    return .some(NounPhrase(phrase: .anonymous(plural: looksPlural(j)), start: e.start, end: j + 1))
                }
                return nil
            }
            d -= 1
        }
        return nil
    }

    /// A bare plural or an unknown name opening the sentence: `Abortion rights advocates said`, `But hacking
    /// specialists say`, `Some of Clinton's longtime allies said`, `United Gun Group said`.
    func sentenceOpeningPhrase(endingAt j: Int, lower: Int) -> NounPhrase? {
        var f = j
        while f > max(lower, j - 6), tokens[f - 1].kind == .word, !tags[f - 1].contains(.cue), !isSentenceStart(f),
              !index.pronounsSingular.contains(tokens[f - 1].hash), !index.pronounsPlural.contains(tokens[f - 1].hash) {
            f -= 1
        }
        guard f == lower || isSentenceStart(f) else { return nil }
        if f < j, hash(f) == Words.but || hash(f) == Words.and { f += 1 }
        if looksPlural(j), !tokens[j].isCapitalized {
            return NounPhrase(phrase: .anonymous(plural: true), start: f, end: j + 1)
        }
        if j > f, (f...j).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].flags.contains(.possessive) }) {
            return NounPhrase(phrase: .anonymous(plural: false), start: f, end: j + 1)
        }
        return nil
    }

    /// Where the modifiers before a speaker noun start (`a senior U.S. official`).
    func modifiersStart(_ s: Int, _ lower: Int) -> Int {
        var k = s - 1
        var count = 0
        while k >= lower, count < 5 {
            if let e = entity(endingAt: k), e.start >= lower { k = e.start - 1; count += 1; continue }
            let t = tokens[k]
            guard t.kind == .word || t.kind == .number, !t.flags.contains(.possessive) || entityEnd[k] >= 0 else { break }
            if Words.modifiers.contains(t.hash) || Words.determiners.contains(t.hash) || t.kind == .number {
                k -= 1; count += 1
                if Words.determiners.contains(t.hash), t.hash != Words.other { break }
                continue
            }
            break
        }
        // `the prime minister's official spokesman`, `Cameron's spokesman`: whom the speaker serves, named first.
        if let served = possessorStart(endingAt: k, lower) { return served }
        // `an airport official`, `a school spokesman`: other words between the determiner and the noun.
        var m = k
        while m >= lower, m > k - 3, tokens[m].kind == .word, !tags[m].contains(.cue), !tokens[m].flags.contains(.possessive) {
            if Words.determiners.contains(tokens[m].hash) { return m }
            m -= 1
        }
        return k + 1
    }

    /// The end of up to three capitalized words from token `k` whose last is possessive (`Hale's`, `Tom Hale's`):
    /// a name as the one served; nil otherwise.
    func possessiveNameEnd(from k: Int, _ end: Int) -> Int? {
        var m = k
        while m < min(k + 3, end), tokens[m].kind == .word, tokens[m].isCapitalized, entityStart[m] < 0 {
            if tokens[m].flags.contains(.possessive) { return m + 1 }
            m += 1
        }
        return nil
    }

    /// The start of a possessive title or name that ends at token `k` (`the prime minister's`, `Cameron's`), with
    /// its determiner; nil when `k` ends neither.
    func possessorStart(endingAt k: Int, _ lower: Int) -> Int? {
        guard k >= lower, k < tokens.count, tokens[k].flags.contains(.possessive), entityEnd[k] < 0 else { return nil }
        if let n = name(endingAt: k), names[n].start >= lower { return names[n].start }
        guard let o = office(endingAt: k), o.start >= lower else { return nil }
        return o.start - 1 >= lower && hash(o.start - 1) == Words.the ? o.start - 1 : o.start
    }

    /// A speaker phrase starting at token `s` (after a cue or a closing quotation mark).
    func phrase(startingAt s: Int) -> NounPhrase? {
        guard s < tokens.count, !tags[s].contains(.quoted) else { return nil }
        let end = segment(of: s).tokens.upperBound
        let t = tokens[s]
        guard t.isWord else { return nil }
        if index.pronounsSingular.contains(t.hash) { return NounPhrase(phrase: .pronoun(s, plural: false), start: s, end: s + 1) }
        if index.pronounsPlural.contains(t.hash) { return NounPhrase(phrase: .pronoun(s, plural: true), start: s, end: s + 1) }
        if index.pronounsFirst.contains(t.hash) { return NounPhrase(phrase: .writer(s), start: s, end: s + 1) }
        if index.objectPronouns.contains(t.hash) {
            return NounPhrase(phrase: .pronoun(s, plural: t.hash == Words.them), start: s, end: s + 1)
        }
        if let n = name(startingAt: s) {
            // `said Megumi's mother`: someone's kin or aide, unnamed.
            if tokens[names[n].end - 1].flags.contains(.possessive), nounStart[names[n].end] >= 0,
               name(startingAt: nouns[Int(nounStart[names[n].end])].end) == nil {
                let noun = nouns[Int(nounStart[names[n].end])]
                return NounPhrase(phrase: .anonymous(plural: noun.payload.1), start: s, end: noun.end)
            }
            // `Trump lawyer Marc Kasowitz`, `Clinton campaign spokesman Brian Fallon`: a name that qualifies a title
            // before another name is not the speaker.
            var k = names[n].end
            var steps = 0
            while k < end, steps < 3, tokens[k].kind == .word, !tokens[k].isCapitalized || tags[k].contains(.office) {
                if tags[k].contains(.office) || tags[k].contains(.noun), let later = name(startingAt: k + 1) {
                    return NounPhrase(phrase: .person(later), start: s, end: names[later].end)
                }
                k += 1
                steps += 1
            }
            return NounPhrase(phrase: .person(n), start: s, end: names[n].end)
        }
        // A title before a name: `Russian ambassador Vitaly Churkin`.
        var k = s
        var steps = 0
        while k < end, steps < 8 {
            if let n = name(startingAt: k) {
                if steps > 0, titleBlock(before: k) != nil || tags[k - 1].contains(.honorific) {
                    return NounPhrase(phrase: .person(n), start: s, end: names[n].end)
                }
                break
            }
            // An office first: `Senate minority leader` is one title that holds an institution's name.
            if let o = office(startingAt: k) { k = o.end; steps += 1; continue }
            if let e = entity(startingAt: k) {
                // `Chinese Foreign Ministry spokesman`: a title that starts inside the institution's name.
                k = Range.span(e.start + 1, e.end).lazy.compactMap { self.office(startingAt: $0) }.first { $0.end > e.end }?.end ?? e.end
                steps += 1
                continue
            }
            if tags[k].contains(.honorific) { k += 1; steps += 1; continue }
            // A speaker noun right before the name: `Concord resident Whit Symms`, `GOP strategist Ann Lee`.
            if nounStart[k] >= 0 {
                if let n = name(startingAt: nouns[Int(nounStart[k])].end) {
                    return NounPhrase(phrase: .person(n), start: s, end: names[n].end)
                }
                break
            }
            let h = hash(k)
            if h == Words.the || h == Words.former || h == Words.to || h == Words.of || h == Words.at
                || index.possessivePronouns.contains(h) || h == Words.counterpart {
                k += 1; steps += 1; continue
            }
            // Other words inside the title: `Tulsa police Chief Chuck Jordan`, `campaign spokesman`.
            if tokens[k].kind == .word, tags[k].isEmpty, !index.pronounsSingular.contains(h),
               !index.pronounsPlural.contains(h) {
                k += 1; steps += 1; continue
            }
            break
        }
        // A speaker noun with modifiers: `a senior U.S. official`.
        k = s
        steps = 0
        while k < end, steps < 6 {
            if nounStart[k] >= 0 {
                let noun = nouns[Int(nounStart[k])]
                return NounPhrase(phrase: .anonymous(plural: noun.payload.1), start: s, end: noun.end)
            }
            if let e = entity(startingAt: k) { k = e.end; steps += 1; continue }
            let h = hash(k)
            if index.modifiers.contains(h) || index.determiners.contains(h) || tokens[k].kind == .number { k += 1; steps += 1; continue }
            // `the girl's mother`, `Megumi's mother`: a possessive before the noun.
            if tokens[k].kind == .word, tokens[k].flags.contains(.possessive) {
                k += 1; steps += 1; continue
            }
            break
        }
        var e0 = s
        if t.hash == Words.the { e0 += 1 }
        // `influential tabloid the Global Times`, `state-run newspaper China Daily`: a few lowercase words of what it
        // is, ending with a kind of institution, first.
        var d = s
        while d < min(s + 3, end), tokens[d].kind == .word, !tokens[d].isCapitalized, !Words.determiners.contains(hash(d)),
              cue(startingAt: d) == nil {
            d += 1
        }
        let kind = d - 1
        if d < end, hash(d) == Words.the { d += 1 }
        if d > s, Words.institutionKinds.contains(hash(kind)) || hash(kind) == Words.tabloid, entity(startingAt: d) != nil { e0 = d }
        if let e = entity(startingAt: e0), isSpeakerEntity(e.payload) {
            return NounPhrase(phrase: .entity(Int(entityStart[e0])), start: s, end: e.end)
        }
        return nil
    }
}

extension Analysis {
    // MARK: - Home country

    /// Whether the article names `country` at least as often as any other (by name, short form, demonym, capital,
    /// seat or a place in it). An article names few countries, so they are counted in a list rather than a
    /// dictionary.
    func isMostMentioned(_ country: String) -> Bool {
        var counts: [(country: String, count: Int)] = []
        for e in entities {
            guard let c = self.country(of: e.payload, organizations: true) else { continue }
            if let k = counts.firstIndex(where: { $0.country == c }) { counts[k].count += 1 } else { counts.append((c, 1)) }
        }
        guard let mentions = counts.first(where: { $0.country == country })?.count else { return false }
        return counts.allSatisfy { $0.count <= mentions }
    }

    /// The country an entity is or lies in; an organization's own country only when `organizations` is true.
    func country(of entity: EntityRef, organizations: Bool = false) -> String? {
        switch entity {
        case .country(let c, _): return index.lexicon.countries[c].alpha3
        case .place(let p): return index.lexicon.places[p].country
        case .organization(let o): return organizations ? index.lexicon.organizations[o].country : nil
        }
    }

    /// The country of the place in the dateline (`WASHINGTON (Reuters)`, `SACRAMENTO, Calif.`).
    func datelineCountry() -> String? {
        guard let d = article.dateline else { return nil }
        var found: String? = nil
        // The dateline stands outside the paragraphs, so it has tokens of its own.
        var dateline = Bounded<Token>(outside: Token.outside(at: min(max(d.upperBound, 0), bytes.count)))
        bytes.withUnsafeBufferPointer { p in
            dateline.withElements { Tokenizer.tokenize(p, d.clamped(to: 0..<bytes.count), into: &$0) }
        }
        // `WASHINGTON/PHNOM PENH`: a story from two countries has no single home country.
        for i in dateline.indices where dateline[i].isWord {
            guard let m = index.entities.match(dateline.elements, i, dateline.count), let country = country(of: m.payload) else {
                continue
            }
            if let f = found, f != country { return nil }
            found = country
        }
        return found
    }
}

/// The tests of ``Analysis/findNames()`` on single tokens: whether a token can belong to a person's name.
struct NameReader {
    let tokens: Bounded<Token>
    let tags: Bounded<Tags>
    let honorificEnd: Bounded<Int32>
    let index: LexiconIndex


    /// The hash of the last word of `run`, which has one.
    func lastWordHash(_ run: Range<Int>) -> UInt64 {
        var k = run.upperBound - 1
        while k > run.lowerBound, tokens[k].kind != .word { k -= 1 }
        return tokens[k].hash
    }

    /// Whether the words of `run` (particles included) are the last of `name`, read from the tokens rather than
    /// collected.
    func words(of run: Range<Int>, end name: [UInt64]) -> Bool {
        var m = name.count - 1
        for k in run.reversed() where tokens[k].kind == .word {
            guard m >= 0, tokens[k].hash == name[m] else { return false }
            m -= 1
        }
        return true
    }

    /// Whether token `i` can belong to a person's name: never a lowercase word, which most are.
    @inline(__always)
    func nameCapable(_ i: Int, _ end: Int) -> Bool {
        i < end && tokens[i].isCapitalized && capitalizedNameCapable(i, end)
    }

    /// ``nameCapable(_:_:)`` for a capitalized token `i` before `end`.
    private func capitalizedNameCapable(_ i: Int, _ end: Int) -> Bool {
        let t = tokens[i]
        // Initials inside a name: `G.K. Butterfield`, `John F. Kennedy` (`U.S.` is a country and tagged as one).
        if t.flags.contains(.initialism), t.end - t.start <= 6, tags[i].isEmpty, i + 1 < end,
           tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, !tokens[i + 1].flags.contains(.allCaps),
           tags[i + 1].isEmpty {
            return true
        }
        // A middle initial that is also a word: `Jill A. Martin`, `John I. Smith`.
        if t.kind == .word, t.end - t.start == 1, i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].kind == .word,
           i + 2 < end, tokens[i + 1].isPunct(0x2E), tokens[i + 1].start == t.end, tokens[i + 2].kind == .word,
           tokens[i + 2].isCapitalized {
            return true
        }
        guard t.kind == .word, t.isCapitalized, !t.flags.contains(.allCaps), !t.flags.contains(.hyphenLower) else {
            return false
        }
        let afterHonorific = i > 0 && honorificEnd[i - 1] >= 0 && !tags[i].contains(.entity)
        if !afterHonorific, !tags[i].intersection([.entity, .office, .cue, .noun, .honorific]).isEmpty { return false }
        if index.notNames.contains(t.hash) {
            // `Christian Estrosi`: a given name before a word of a name (but `Christian Democrats`).
            if index.givenNames.contains(t.hash), i + 1 < end, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
               !index.notNames.contains(tokens[i + 1].hash), tags[i + 1].isEmpty {
                return true
            }
            // `Kanye West`, `Oliver North`: a compass point after a given name is a surname.
            guard Words.compassPoints.contains(t.hash), i > 0, tokens[i - 1].isCapitalized,
                  index.givenNames.contains(tokens[i - 1].hash) else { return false }
            return true
        }
        if index.days.contains(t.hash) { return false }
        if index.months.contains(t.hash) {
            // `Jan de Vries` is a name; `in March`, `Jan. 4` and `May 5` are dates.
            if i + 1 < tokens.count, tokens[i + 1].kind == .number || tokens[i + 1].isPunct(0x2E) { return false }
            if i > 0, Words.datePrepositions.contains(tokens[i - 1].hash) { return false }
            // `Theresa May said`, `columnist Ai Jun wrote`: a month after a given name, or after a name's first word
            // that follows a title or a kind of person, is a surname.
            let afterGivenName = i > 0 && tokens[i - 1].isCapitalized && (index.givenNames.contains(tokens[i - 1].hash)
                || (i > 1 && tokens[i - 1].kind == .word && !tags[i - 2].intersection([.noun, .office, .honorific]).isEmpty))
            if !afterGivenName,
               !(i + 1 < end && tokens[i + 1].kind == .word && (tokens[i + 1].isCapitalized || isParticle(i + 1, end))) {
                return false
            }
        }
        return true
    }

    /// Whether token `i` is a lowercase particle inside names (`de`, `van`).
    func isParticle(_ i: Int, _ end: Int) -> Bool {
        i < end && tokens[i].kind == .word && !tokens[i].isCapitalized && index.nameParticles.contains(tokens[i].hash)
    }
}
