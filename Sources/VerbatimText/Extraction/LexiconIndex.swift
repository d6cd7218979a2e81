/// Phrase lookups over token hashes, built once from a ``Lexicon``.

/// What an entity phrase names.
enum EntityRef: Sendable, Hashable {
    case country(Int, Lexicon.Alias.Kind?)
    case organization(Int)
    case place(Int)
}

/// A table of phrases (token hash sequences) with a payload, matched longest first.
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        var hashes: [UInt64]
        /// Per token: 0 any case, 1 capitalized, 2 all caps.
        var cases: [UInt8]
        var payload: Payload
    }

    private var firstIndex = HashMap64()
    private var lists: [[Entry]] = []
    /// The hash of every phrase's first token.
    private(set) var firstHashes: [UInt64] = []

    mutating func add(_ phrase: String, _ payload: Payload, caseSensitive: Bool = true) {
        let tokens = Tokenizer.tokens(of: phrase)
        guard !tokens.isEmpty else { return }
        let hashes = tokens.map(\.hash)
        let cases: [UInt8] = tokens.map { t in
            guard caseSensitive, t.kind == .word else { return 0 }
            if t.flags.contains(.allCaps) { return 2 }
            return t.isCapitalized ? 1 : 0
        }
        let slot: Int
        if let s = firstIndex.get(hashes[0]) {
            slot = s
        } else {
            slot = lists.count
            lists.append([])
            firstIndex.set(hashes[0], slot)
            firstHashes.append(hashes[0])
        }
        if lists[slot].contains(where: { $0.hashes == hashes }) { return }  // the first payload wins
        lists[slot].append(Entry(hashes: hashes, cases: cases, payload: payload))
        lists[slot].sort { $0.hashes.count > $1.hashes.count }
    }

    /// The longest phrase starting at token `i` and ending before `end`: its length in tokens and payload.
    @inline(__always)
    func match(_ tokens: [Token], _ i: Int, _ end: Int) -> (length: Int, payload: Payload)? {
        guard let slot = firstIndex.get(tokens[i].hash) else { return nil }
        outer: for e in lists[slot] {
            let n = e.hashes.count
            if i + n > end { continue }
            for k in 0..<n {
                let t = tokens[i + k]
                if k > 0 {
                    if t.hash != e.hashes[k] { continue outer }
                    if tokens[i + k - 1].flags.contains(.possessive) { continue outer }
                }
                switch e.cases[k] {
                case 1: if !t.isCapitalized { continue outer }
                case 2: if !t.flags.contains(.allCaps) { continue outer }
                default: break
                }
            }
            return (n, e.payload)
        }
        return nil
    }
}

/// Every lookup extraction needs, built once per ``Lexicon``.
struct LexiconIndex: Sendable {
    let lexicon: Lexicon
    var entities = PhraseTable<EntityRef>()
    var offices = PhraseTable<Int>()
    var cues = PhraseTable<Int>()
    /// Speaker nouns: index and whether the form is plural.
    var speakerNouns = PhraseTable<(Int, Bool)>()
    var honorifics = PhraseTable<Int>()
    /// Tokens that start a phrase of any table: the others need no lookup at all.
    var phraseStarts = HashSet64([])
    /// Gender marked by a given name, keyed by the token hash: 1 for `m`, 2 for `f`.
    var firstNameGender: [UInt64: UInt8] = [:]
    /// Every given name, whatever its gender.
    var givenNames = HashSet64([])
    /// Event keywords: normalized kind.
    var events = PhraseTable<String>()
    /// Cue lemmas whose content may be a clause without `that`.
    let clauseLemmas: Set<String>
    /// Cue lemmas whose content is the cue with its object (`criticized the campaign`).
    let evaluativeLemmas: Set<String>
    /// Cue lemmas whose content starts at the object (`urged Russia to stop`).
    let objectLemmas: Set<String>
    /// Cue lemmas that name or characterize (`called the plan "a disaster"`): speech only with quoted words.
    let namingLemmas: Set<String>
    /// Cue lemmas whose content may be a `to`-infinitive (`vowed to punish`).
    let infinitiveLemmas: Set<String>
    /// Cue lemmas that take an addressee before the clause (`told reporters that`).
    let addresseeLemmas: Set<String>
    /// Cue lemmas that continue an attribution as participles (`, adding that`).
    let continuationLemmas: Set<String>

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        for (i, org) in lexicon.organizations.enumerated() {
            for name in org.allNames { entities.add(name, .organization(i)) }
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
            firstNameGender[Hash.of(name)] = gender == "f" ? 2 : 1
        }
        givenNames = HashSet64(lexicon.firstNames.keys.map(Hash.of))
        let eventForms: [(String, [String])] = [
            ("talks", ["talks", "peace talks", "peace negotiations"]),
            ("negotiations", ["negotiations", "negotiation"]),
            ("summit", ["summit", "summits"]),
            ("meeting", ["meeting", "meetings"]),
            ("consultations", ["consultations"]),
            ("visit", ["visit", "visits"]),
            ("vote", ["vote", "votes", "referendum"]),
            ("resolution", ["resolution", "resolutions"]),
            ("sanctions", ["sanctions"]),
            ("ceasefire", ["ceasefire", "cease-fire", "truce", "ceasefires"]),
            ("air strike", ["air strike", "air strikes", "airstrike", "airstrikes", "air raid", "air raids"]),
            ("offensive", ["offensive", "offensives"]),
            ("siege", ["siege", "sieges"]),
            ("attack", ["attack", "attacks"]),
            ("election", ["election", "elections"]),
        ]
        for (kind, forms) in eventForms {
            for f in forms { events.add(f, kind, caseSensitive: false) }
        }
        phraseStarts = HashSet64(entities.firstHashes + offices.firstHashes + cues.firstHashes
            + speakerNouns.firstHashes + honorifics.firstHashes)
        func lemmas(_ frame: String) -> Set<String> {
            Set(lexicon.speechCues.filter { $0.frames.contains(frame) }.map(\.lemma))
        }
        clauseLemmas = lemmas("clause")
        evaluativeLemmas = lemmas("evaluative")
        objectLemmas = lemmas("object")
        namingLemmas = lemmas("naming")
        addresseeLemmas = lemmas("addressee")
        infinitiveLemmas = lemmas("infinitive")
        continuationLemmas = lemmas("continuation")
    }

    func cue(_ i: Int) -> Lexicon.SpeechCue { lexicon.speechCues[i] }
}
