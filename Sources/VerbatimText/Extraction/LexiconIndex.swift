/// Phrase lookups over token hashes, built once from a ``Lexicon``.

/// What an entity phrase names.
enum EntityRef: Sendable, Hashable {
    case country(Int, Lexicon.Alias.Kind?)
    case organization(Int)
    case place(Int)

    var isCountry: Bool {
        if case .country = self { return true }
        return false
    }

    var isOrganization: Bool {
        if case .organization = self { return true }
        return false
    }
}

/// A table of phrases (token hash sequences) with a payload, matched longest first.
///
/// Phrases that share a first token form a slot; ``LexiconIndex/slots(startingWith:)`` finds the slot of a token in
/// every table with one lookup.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// A phrase: its tokens' hashes and cases are `hashes[start..<start + length]` and `cases[…]`.
    struct Entry: Sendable {
        var start: Int
        var length: Int
        var payload: Payload
    }
    /// Per token: 0 any case, 1 capitalized, 2 all caps; plus this bit when the token ends in `'s`.
    static var possessive: UInt8 { 4 }

    private var firstIndex = HashMap64()
    /// The entries of each slot, in the order added: what a new phrase is checked against.
    private var lists: [[Entry]] = []
    /// The entries of two or more tokens of each slot, by the hash of their second token and longest first for
    /// each: phrases that share a first word (`the`, `national`) mostly differ in the second, so a match looks at
    /// only those that share it too.
    private var longer: [[Entry]] = []
    /// The one-token entries of each slot.
    private var singles: [[Entry]] = []
    /// The token hashes of every phrase, one phrase after another.
    private var hashes: [UInt64] = []
    /// The case marks of every phrase's tokens, aligned with ``hashes``.
    private var cases: [UInt8] = []
    /// The hash of every phrase's first token, in slot order.
    private(set) var firstHashes: [UInt64] = []

    /// Adds `phrase` with `payload`; for a phrase already there, the first payload stays.
    ///
    /// With `anyCaseTail`, capitalized words after a capitalized first word match in any case: newspapers write
    /// `China's Foreign Ministry` and `China's foreign ministry` alike. Acronyms keep their capitals.
    mutating func add(_ phrase: String, _ payload: Payload, caseSensitive: Bool = true, anyCaseTail: Bool = false) {
        let tokens = Tokenizer.tokens(of: phrase)
        guard !tokens.isEmpty else { return }
        let phraseHashes = tokens.map(\.hash)
        let phraseCases: [UInt8] = tokens.enumerated().map { k, t in
            let possessive = t.flags.contains(.possessive) ? Self.possessive : 0
            guard caseSensitive, t.kind == .word else { return possessive }
            if t.flags.contains(.allCaps) { return 2 | possessive }
            if anyCaseTail, k > 0, tokens[0].isCapitalized { return possessive }
            return (t.isCapitalized ? 1 : 0) | possessive
        }
        let slot: Int
        if let s = firstIndex.get(phraseHashes[0]) {
            slot = s
        } else {
            slot = lists.count
            lists.append([])
            longer.append([])
            singles.append([])
            firstIndex.set(phraseHashes[0], slot)
            firstHashes.append(phraseHashes[0])
        }
        let marks = phraseCases.map { $0 & Self.possessive }
        if let same = lists[slot].first(where: { e in
            hashes[e.start..<e.start + e.length].elementsEqual(phraseHashes)
                && cases[e.start..<e.start + e.length].map({ $0 & Self.possessive }) == marks
        }) {
            // The first payload wins; a variant in other case (`Chinese foreign ministry`) widens what matches.
            for (k, b) in phraseCases.enumerated() {
                let a = cases[same.start + k]
                let (x, y) = (a & 3, b & 3)
                cases[same.start + k] = (x == 0 || y == 0 ? 0 : min(x, y)) | (a & Self.possessive)
            }
            return
        }
        let entry = Entry(start: hashes.count, length: phraseHashes.count, payload: payload)
        hashes.append(contentsOf: phraseHashes)
        cases.append(contentsOf: phraseCases)
        lists[slot].append(entry)
        // The lists that matching reads stay in order as the entry goes in (the lexicon has thousands of phrases;
        // sorting a slot again at each one cost a tenth of a command's start): by second word, then longest first,
        // then in the order added.
        let length = entry.length
        if length == 1 {
            singles[slot].append(entry)
        } else {
            let second = phraseHashes[1]
            let at = longer[slot].firstIndex { e in
                let other = hashes[e.start + 1]
                return other > second || (other == second && e.length < length)
            } ?? longer[slot].count
            longer[slot].insert(entry, at: at)
        }
    }

    /// The slot of the phrases starting with the token of hash `h`.
    func slot(startingWith h: UInt64) -> Int? { firstIndex.get(h) }

    /// The longest phrase starting at token `i` and ending before `end`: its length in tokens and payload.
    @inline(__always)
    func match(_ tokens: [Token], _ i: Int, _ end: Int) -> (length: Int, payload: Payload)? {
        guard i >= 0, i < end, end <= tokens.count, let slot = firstIndex.get(tokens[i].hash) else { return nil }
        return match(tokens, i, end, slot: slot)
    }

    /// ``match(_:_:_:)`` for a token whose slot is known.
    @inline(__always)
    func match(_ tokens: [Token], _ i: Int, _ end: Int, slot: Int) -> (length: Int, payload: Payload)? {
        // Every token read is from `i` up to `end`: with those in the list, a plain array serves, faster than a
        // ``Bounded`` list.
        guard i >= 0, i < end, end <= tokens.count else { return nil }
        if i + 1 < end {
            let list = longer[slot]
            let second = tokens[i + 1].hash
            // The first entry whose second token's hash is not below the token's.
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if hashes[list[mid].start + 1] < second { low = mid + 1 } else { high = mid }
            }
            while low < list.count, hashes[list[low].start + 1] == second {
                if matches(list[low], tokens, i, end) { return (list[low].length, list[low].payload) }
                low += 1
            }
        }
        for e in singles[slot] where matches(e, tokens, i, end) { return (1, e.payload) }
        return nil
    }

    /// Whether entry `e` matches the tokens at `i`, before `end`: its hashes after the first, its cases and
    /// possessives.
    @inline(__always)
    private func matches(_ e: Entry, _ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        let n = e.length
        if i + n > end { return false }
        for k in 0..<n {
            let t = tokens[i + k]
            if k > 0 {
                if t.hash != hashes[e.start + k] { return false }
                // `Russia's Foreign Ministry` crosses a possessive only where the phrase has one.
                if tokens[i + k - 1].flags.contains(.possessive) != (cases[e.start + k - 1] & Self.possessive != 0) {
                    return false
                }
            }
            switch cases[e.start + k] & 3 {
            case 1: if !t.isCapitalized { return false }
            case 2: if !t.flags.contains(.allCaps) { return false }
            default: break
            }
        }
        return true
    }
}

/// The slot of one first token in each phrase table of a ``LexiconIndex``: -1 where a table has no phrase starting
/// with it.
struct PhraseSlots: Sendable {
    var entities: Int32 = -1
    var offices: Int32 = -1
    var cues: Int32 = -1
    var speakerNouns: Int32 = -1
    var honorifics: Int32 = -1
    var events: Int32 = -1
    var actWords: Int32 = -1
}

/// What may follow a speech cue, as the cue lexicon's frames mark it for the cue's lemma.
struct CueFrames: OptionSet, Sendable {
    let rawValue: UInt8
    /// A clause without `that`.
    static let clause = CueFrames(rawValue: 1)
    /// The object the cue judges (`criticized the campaign`): the content, the cue kept apart.
    static let evaluative = CueFrames(rawValue: 2)
    /// Content that starts at the object (`urged Russia to stop`).
    static let object = CueFrames(rawValue: 4)
    /// Naming or characterizing (`called the plan "a disaster"`): speech only with quoted words.
    static let naming = CueFrames(rawValue: 8)
    /// A `to`-infinitive (`vowed to punish`).
    static let infinitive = CueFrames(rawValue: 16)
    /// An addressee before the clause (`told reporters that`).
    static let addressee = CueFrames(rawValue: 32)
    /// Participles that continue an attribution (`, adding that`).
    static let continuation = CueFrames(rawValue: 64)

    /// Each frame with its name in the cue lexicon.
    static let names: [(String, CueFrames)] = [
        ("clause", .clause), ("evaluative", .evaluative), ("object", .object), ("naming", .naming),
        ("infinitive", .infinitive), ("addressee", .addressee), ("continuation", .continuation),
    ]
}

/// Every lookup extraction needs, built once per ``Lexicon``.
///
/// A class, so that the hot loops reach a table through one pointer instead of copying this large value.
final class LexiconIndex: Sendable {
    let lexicon: Lexicon
    let entities: PhraseTable<EntityRef>
    let offices: PhraseTable<Int>
    let cues: PhraseTable<Int>
    /// Speaker nouns: index and whether the form is plural.
    let speakerNouns: PhraseTable<(Int, Bool)>
    let honorifics: PhraseTable<Int>
    /// Tokens that start a phrase: the index of their ``PhraseSlots`` in ``startSlots``. The other tokens need no
    /// lookup at all.
    private let phraseStarts: HashMap64
    private let startSlots: [PhraseSlots]
    /// A bit per hash bucket of ``phraseStarts``, small enough to stay in the first-level cache: most words are no
    /// phrase start, and this says so without touching the larger map.
    private let startFilter: [UInt64]
    private static let filterWords = 1024

    /// The slots of the token of hash `h` in every phrase table, or nil when no phrase starts with it.
    @inline(__always) func slots(startingWith h: UInt64) -> PhraseSlots? {
        let word = startFilter.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: h >> 6) & (LexiconIndex.filterWords - 1)] }
        guard word & (1 << (h & 63)) != 0, let row = phraseStarts.get(h) else { return nil }
        return startSlots[row]
    }
    /// Gender marked by a given name, keyed by the token hash: 1 for `m`, 2 for `f`.
    let firstNameGender: HashMap64
    /// Known office holders by name.
    let holders: OfficeHolderIndex
    /// Every given name, whatever its gender.
    let givenNames: HashSet64
    /// Word sets that the name tests of ``Analysis/findNames()`` read for every capitalized token, held here so that
    /// they read them through the index rather than as globals on every test.
    let nameParticles = Words.nameParticles
    let notNames = Words.notNames
    /// Word sets of the adverbials that ``Analysis/skipForward(_:)`` and ``Analysis/skipBack(_:_:)`` step over,
    /// held here for the same reason (days and months serve the name tests too).
    let adverbials = Words.adverbials
    let adverbialPrepositions = Words.adverbialPrepositions
    let days = Words.days
    let timeNouns = Words.timeNouns
    let months = Words.months
    /// Word sets that ``Analysis/phrase(endingAt:lower:)`` and ``Analysis/phrase(startingAt:)`` test, held here
    /// for the same reason.
    let pronounsSingular = Words.pronounsSingular
    let pronounsPlural = Words.pronounsPlural
    let pronounsFirst = Words.pronounsFirst
    let numberWords = Words.numberWords
    let speakerDeterminers = Words.speakerDeterminers
    let determiners = Words.determiners
    let modifiers = Words.modifiers
    let objectPronouns = Words.objectPronouns
    let possessivePronouns = Words.possessivePronouns
    /// Words that show a statement's act: index into `lexicon.acts`.
    let actWords: PhraseTable<Int>
    /// Acts by name, and the act of each speech cue lemma.
    let actIndex: [String: Int]
    let cueActs: [String: Int]
    /// Event kinds whose country named before the word is not where they happen (`U.S. sanctions`).
    let unlocatedEventKinds: Set<String>
    /// Event kinds whose `to PLACE` is where they happen (`a visit to Manila`).
    let toPlaceEventKinds: Set<String>
    /// Event keywords: normalized kind.
    let events: PhraseTable<String>
    /// Roles used bare for the home country's own officials (legislators, judges, governors, mayors, heads of state
    /// and government): `Senator Barry Goldwater` in a story from Washington, `President Juan Mora` from Quito.
    let homeCountryRoles: Set<String>
    /// The frames of each speech cue's lemma (see ``CueFrames``), by index into `lexicon.speechCues`.
    let cueFrames: [CueFrames]
    /// The hash of each speech cue's lemma, by index into `lexicon.speechCues`: a cue written so (`note`, `state`) is
    /// its base form.
    let cueLemmaHashes: [UInt64]
    /// The frames of each cue lemma: those of every cue with the lemma.
    private let lemmaFrames: [String: CueFrames]
    /// The forms of the speech cues that are nouns (`statement`, `remarks`): `issued a statement saying …`.
    let speechNouns: HashSet64

    /// The frames of a cue lemma.
    func frames(ofLemma lemma: String) -> CueFrames { lemmaFrames[lemma] ?? [] }

    /// Offices whose surface is a rank word and a title (`deputy secretary`, `vice president`), by that surface: the
    /// office below a title the rank word comes before (``rankedOffice(_:below:)``).
    let rankedOffices: [String: Int]

    /// The office that rank word `rank` (`deputy`) makes of office `office`: `deputy secretary of state` for
    /// `secretary of state`, else the rank of the title's first word (`deputy secretary` for `secretary of homeland
    /// security`, whose department the title's words still give). Nil when the lexicon has neither.
    func rankedOffice(_ rank: String, below office: Int) -> Int? {
        let role = lexicon.offices[office].role
        if let whole = rankedOffices[rank + " " + role] { return whole }
        guard role.contains(" of "), let head = role.split(separator: " ").first else { return nil }
        return rankedOffices[rank + " " + head]
    }

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        var entities = PhraseTable<EntityRef>(), offices = PhraseTable<Int>(), cues = PhraseTable<Int>()
        var speakerNouns = PhraseTable<(Int, Bool)>(), honorifics = PhraseTable<Int>(), events = PhraseTable<String>()
        var firstNameGender = HashMap64(capacity: lexicon.firstNames.count)
        var actWords = PhraseTable<Int>()
        for (i, a) in lexicon.acts.enumerated() {
            for w in a.words { actWords.add(w, i, caseSensitive: false) }
        }
        self.actWords = actWords
        var actIndex: [String: Int] = [:]
        for (i, a) in lexicon.acts.enumerated() { actIndex[a.act] = i }
        self.actIndex = actIndex
        var cueActs: [String: Int] = [:]
        for c in lexicon.speechCues { if let a = actIndex[c.act], cueActs[c.lemma] == nil { cueActs[c.lemma] = a } }
        cueActs["quote"] = actIndex["say"]
        self.cueActs = cueActs
        var rankedOffices: [String: Int] = [:]
        for (i, o) in lexicon.offices.enumerated() where o.surface == o.role {
            if let first = o.role.split(separator: " ").first, Lexicon.rankWords.contains(String(first)), rankedOffices[o.role] == nil {
                rankedOffices[o.role] = i
            }
        }
        self.rankedOffices = rankedOffices
        for (i, org) in lexicon.organizations.enumerated() {
            for name in org.allNames { entities.add(name, .organization(i), anyCaseTail: true) }
        }
        for (i, c) in lexicon.countries.enumerated() {
            entities.add(c.name, .country(i, .name))
            entities.add(c.isoName, .country(i, .name))
            if let o = c.officialName { entities.add(o, .country(i, .name)) }
            for a in c.aliases { entities.add(a.text, .country(i, a.kind)) }
        }
        for (i, p) in lexicon.places.enumerated() {
            entities.add(p.name, .place(i))
            for a in p.aliases { entities.add(a, .place(i)) }
        }
        for (i, o) in lexicon.offices.enumerated() { offices.add(o.surface, i, caseSensitive: false) }
        for (i, c) in lexicon.speechCues.enumerated() where c.type != "noun" {
            for f in c.forms { cues.add(f, i, caseSensitive: false) }
        }
        for (i, n) in lexicon.speakerNouns.enumerated() {
            speakerNouns.add(n.singular, (i, false), caseSensitive: false)
            if !n.plural.isEmpty { speakerNouns.add(n.plural, (i, true), caseSensitive: false) }
        }
        for (i, h) in lexicon.honorifics.enumerated() { honorifics.add(h.form, i, caseSensitive: false) }
        for (name, gender) in lexicon.firstNames where gender != "u" {
            firstNameGender.set(Hash.of(name), gender == "f" ? 2 : 1)
        }
        givenNames = HashSet64(lexicon.firstNames.keys.map(Hash.of))
        for e in lexicon.eventKinds {
            for f in e.forms { events.add(f, e.kind, caseSensitive: false) }
        }
        unlocatedEventKinds = Set(lexicon.eventKinds.filter { !$0.isLocated }.map(\.kind))
        toPlaceEventKinds = Set(lexicon.eventKinds.filter(\.takesTo).map(\.kind))
        var starts = HashMap64(capacity: 4096)
        var rows: [PhraseSlots] = []
        var filter = [UInt64](repeating: 0, count: LexiconIndex.filterWords)
        func add(_ hashes: [UInt64], _ slot: (UInt64) -> Int?, _ field: WritableKeyPath<PhraseSlots, Int32>) {
            for h in hashes {
                let row: Int
                if let r = starts.get(h) { row = r } else { row = rows.count; rows.append(PhraseSlots()); starts.set(h, row) }
                rows[row][keyPath: field] = Int32(slot(h) ?? -1)
                filter[Int(truncatingIfNeeded: h >> 6) & (LexiconIndex.filterWords - 1)] |= 1 << (h & 63)
            }
        }
        add(entities.firstHashes, entities.slot(startingWith:), \.entities)
        add(offices.firstHashes, offices.slot(startingWith:), \.offices)
        add(cues.firstHashes, cues.slot(startingWith:), \.cues)
        add(speakerNouns.firstHashes, speakerNouns.slot(startingWith:), \.speakerNouns)
        add(honorifics.firstHashes, honorifics.slot(startingWith:), \.honorifics)
        add(events.firstHashes, events.slot(startingWith:), \.events)
        add(actWords.firstHashes, actWords.slot(startingWith:), \.actWords)
        phraseStarts = starts
        startSlots = rows
        startFilter = filter
        self.entities = entities
        self.offices = offices
        self.cues = cues
        self.speakerNouns = speakerNouns
        self.honorifics = honorifics
        self.events = events
        self.firstNameGender = firstNameGender
        holders = OfficeHolderIndex(lexicon.officeHolders)
        let localRoles: Set<String> = [
            "governor", "governor-elect", "lieutenant governor", "mayor", "mayor-elect", "deputy mayor", "sheriff",
            "police chief", "council member",
        ]
        homeCountryRoles = Set(lexicon.offices.filter {
            ["legislator", "judicial", "head_of_state", "head_of_government"].contains($0.category)
                || localRoles.contains($0.role)
        }.map(\.role))
        var lemmaFrames: [String: CueFrames] = [:]
        for c in lexicon.speechCues {
            for (name, frame) in CueFrames.names where c.frames.contains(name) { lemmaFrames[c.lemma, default: []].insert(frame) }
        }
        self.lemmaFrames = lemmaFrames
        cueFrames = lexicon.speechCues.map { lemmaFrames[$0.lemma] ?? [] }
        cueLemmaHashes = lexicon.speechCues.map { Hash.of($0.lemma) }
        speechNouns = HashSet64(lexicon.speechCues.filter { $0.type == "noun" }.flatMap { $0.forms.map(Hash.of) })
    }

    func cue(_ i: Int) -> Lexicon.SpeechCue { lexicon.speechCues[i] }
}
