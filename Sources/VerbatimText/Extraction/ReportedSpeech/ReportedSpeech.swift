/// Reported speech: statements without quotation marks (`X said that …`, `…, X said.`, `according to X, …`), and
/// quoted words a verb reports (`called it "predatory"`).
///
/// Each rule is a function of its own, named after the rule id it records, in `ReportedSpeech+Rule.swift`;
/// ``Analysis/reported(_:directs:into:hits:)`` runs them in order over a sentence's speech cues, each taking the cues the
/// ones before it left.

/// One sentence's reported speech in the making: its bounds, and what the rules have taken so far.
struct ReportedScan {
    /// The sentence's tokens.
    let sentence: Range<Int>
    /// The end of the sentence's words, before its trailing punctuation.
    let contentEnd: Int
    /// The sentence's bytes: the context of each statement found in it.
    let context: Range<Int>
    /// Commas before a trailing attribution (`…, he said`): reported content that reaches one ends there.
    var trailingCommas: Set<Int> = []
    /// The cues (positions in the sentence's list of cues) that a rule has taken.
    var done: Set<Int> = []

    var lower: Int { sentence.lowerBound }
    var upper: Int { sentence.upperBound }
}

extension Words {
    /// Small words inside a title (`Face the Nation`, `Meet the Press`).
    static let titleParticles = set(["the", "of", "and", "a", "in", "on", "for", "to"])
}

extension Analysis {
    // MARK: - Reported speech

    /// Appends the reported speech of `sentence` to `out`, the list of every sentence's reported speech. `hits` is a
    /// list that every sentence reuses for its speech cues.
    ///
    /// The rules, in order: `reported.as-reported`; `reported.asked`; for each cue left, `reported.according-to` or a
    /// trailing attribution (`reported.trailing`, `reported.parenthetical`); then, for the cues still left, the
    /// forward forms (`reported.that-clause`, `reported.naming`, `reported.infinitive`, `reported.clause`,
    /// `reported.evaluation`, `reported.object`, `reported.participle`).
    func reported(_ sentence: Range<Int>, directs: [Candidate], into out: inout [Candidate], hits: inout [CueHit]) {
        let lower = sentence.lowerBound, upper = sentence.upperBound
        var contentEnd = upper
        while contentEnd > lower, tokens[contentEnd - 1].kind == .punct,
              Words.isTrailingByte(tokens[contentEnd - 1].byte) { contentEnd -= 1 }
        cueHits(sentence, into: &hits)
        guard !hits.isEmpty else { return }
        var scan = ReportedScan(sentence: sentence, contentEnd: contentEnd, context: bytes(tokens: lower, upper))
        for (h, hit) in hits.enumerated() {
            reportedAsReported(hit, h, &scan, into: &out)
        }
        for (h, hit) in hits.enumerated() where !scan.done.contains(h) && hit.lemma == "ask" {
            reportedAsked(hit, h, &scan, into: &out)
        }
        for (h, hit) in hits.enumerated() where !scan.done.contains(h) {
            if hit.lemma == "according to" {
                reportedAccordingTo(hit, h, &scan, into: &out)
            } else {
                reportedTrailing(hit, h, &scan, into: &out)
            }
        }
        for (h, hit) in hits.enumerated() where !scan.done.contains(h) {
            reportedForward(hit, directs: directs, scan, into: &out)
        }
    }

    /// A statement of reported speech over tokens `r` (trailing punctuation left out), when it has at least three
    /// words, or two with a quotation mark among them.
    func reportedCandidate(_ r: Range<Int>, _ hit: CueHit, _ np: NounPhrase?, explicit: Bool, rule: String,
                           _ scan: ReportedScan) -> Candidate? {
        var r = r
        while r.upperBound > r.lowerBound, tokens[r.upperBound - 1].kind == .punct,
              Words.isTrailingByte(tokens[r.upperBound - 1].byte) { r = .span(r.lowerBound, r.upperBound - 1) }
        // Quoted words count in full however short (`called it "predatory"`).
        guard words(r) >= 3 || (words(r) >= 2 && r.contains(where: { tokens[$0].kind == .quote })) else { return nil }
        return Candidate(kind: .indirect, content: bytes(tokens: r.lowerBound, r.upperBound), tokens: r,
                         cueStart: hit.start, cueEnd: hit.end, lemma: hit.lemma, phrase: np, inherit: nil,
                         explicitSubject: explicit, context: scan.context, rule: rule)
    }

    /// A speech cue of a sentence, with what reported speech needs of it.
    struct CueHit {
        var start: Int
        var end: Int
        var lemma: String
        /// The frames of the lemma.
        var frames: CueFrames
        var object: NounPhrase?
    }

    /// Replaces the contents of `hits` with the speech cues of `sentence`, in order; the list's storage is kept
    /// from one sentence to the next.
    func cueHits(_ sentence: Range<Int>, into hits: inout [CueHit]) {
        hits.removeAll(keepingCapacity: true)
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            if tags[k].contains(.quoted) || tokens[k].kind != .word { k += 1; continue }
            if let q = quotedAsSaying(k) {
                hits.append(CueHit(start: k, end: q.end, lemma: "quote", frames: index.frames(ofLemma: "quote"),
                                  object: q.object))
                k = q.end
            } else if let c = cue(startingAt: k) {
                hits.append(CueHit(start: k, end: c.end, lemma: lemma(ofCue: c), frames: index.cueFrames[c.payload],
                                  object: nil))
                k = c.end
            } else {
                k += 1
            }
        }
    }

    func words(_ r: Range<Int>) -> Int { r.reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) } }

    /// The first comma among tokens `r`. Searched in a loop rather than with `first(where:)`, whose closure would
    /// copy this value.
    func firstComma(in r: Range<Int>) -> Int? {
        for k in r where isPunct(k, 0x2C) { return k }
        return nil
    }

    /// The first reflexive pronoun (`himself`) among tokens `r`, searched like ``firstComma(in:)``.
    func firstReflexive(in r: Range<Int>) -> Int? {
        for k in r where Words.reflexives.contains(hash(k)) { return k }
        return nil
    }

    /// The first quotation mark among tokens `r`, searched like ``firstComma(in:)``.
    func firstQuote(in r: Range<Int>) -> Int? {
        for k in r where tokens[k].kind == .quote { return k }
        return nil
    }

    func isEndPunct(_ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .punct && Words.isEndByte(tokens[i].byte)
    }

    /// Skips `in a statement`, `at a news conference`, `on Twitter`, `in Paris` after a cue.
    func skipSetting(_ c: Int, _ upper: Int) -> Int {
        guard c < upper, Words.settingPrepositions.contains(hash(c)) else { return c }
        // `said Tuesday in Paris`, `said at the White House`: a place.
        if hash(c) == Words.in_ || hash(c) == Words.at, c + 1 < upper {
            let p = hash(c + 1) == Words.the ? c + 2 : c + 1
            if let e = entity(startingAt: p) { return e.end }
            var e = p
            while e < min(upper, p + 3), tokens[e].isWord, tokens[e].isCapitalized, tags[e].isEmpty { e += 1 }
            if e > p, e >= upper || !tokens[e].isWord { return e }
        }
        var k = c + 1
        while k < min(upper, c + 5), tokens[k].isWord {
            if Words.cueSettings.contains(tokens[k].hash) {
                var e = k + 1
                while e < upper, Words.cueSettings.contains(hash(e)) { e += 1 }
                return e
            }
            k += 1
        }
        return c
    }

    /// Skips the addressee of `told`: `reporters`, `the council`, `him`, `Reuters`.
    func skipAddressee(_ c: Int, _ upper: Int) -> Int {
        guard c < upper, tokens[c].isWord, hash(c) != Words.that else { return c }
        var k = c
        while k < min(upper, c + 12), tokens[k].isWord {
            if hash(k) == Words.that { return k }
            k += 1
        }
        if let n = name(startingAt: c) { return skipProgramme(names[n].end, upper) }
        if let e = entity(startingAt: c) { return skipProgramme(e.end, upper) }
        if Words.determiners.contains(hash(c)) {
            // `told The Wall Street Journal`: a name the gazetteer does not know.
            var e = c + 1
            while e < upper, tokens[e].isWord, tokens[e].isCapitalized { e += 1 }
            if e > c + 1 { return e }
            // `told a regular briefing`, `told a news conference`: the common words of the phrase.
            while e < min(upper, c + 5), tokens[e].isWord, !tokens[e].isCapitalized, !tags[e].contains(.cue),
                  !Words.prepositions.contains(hash(e)), !Words.subordinators.contains(hash(e)), hash(e) != Words.that,
                  hash(e) != Words.of, !Words.pronounsSingular.contains(hash(e)), !Words.pronounsPlural.contains(hash(e)) {
                e += 1
            }
            return max(e, min(upper, c + 2))
        }
        return c + 1
    }

    /// Past a programme named after its channel, from `e` after the channel's name: `told BBC Radio Four's Any
    /// Questions`, `told CBS's Face the Nation`. Returns `e` when no possessive leads to one.
    func skipProgramme(_ e: Int, _ upper: Int) -> Int {
        var k = e
        if !(k > 0 && tokens[k - 1].flags.contains(.possessive)) {
            while k < upper, tokens[k].isWord, tokens[k].isCapitalized, !tokens[k].flags.contains(.possessive) { k += 1 }
            guard k < upper, tokens[k].isWord, tokens[k].isCapitalized, tokens[k].flags.contains(.possessive) else { return e }
            k += 1
        }
        let start = k
        // (`Face the Nation`: a small word between capitalized ones.)
        while k < upper, tokens[k].isWord, tokens[k].isCapitalized
                || (k > start && k + 1 < upper && Words.titleParticles.contains(tokens[k].hash) && tokens[k + 1].isCapitalized) {
            k += 1
        }
        return k > start ? k : e
    }

    func opensClause(_ c: Int, _ upper: Int) -> Bool {
        guard c < upper else { return false }
        let t = tokens[c]
        if t.kind == .number { return true }
        // `said "it gets me mad" every time…`: a clause that opens with quoted words.
        if t.kind == .quote, t.quoteMark != .close, c + 1 < upper, tokens[c + 1].isWord { return true }
        guard t.kind == .word else { return false }
        if Words.clauseOpeners.contains(t.hash) || t.isCapitalized { return true }
        // `said local officials should…`: any word but one that opens a phrase about the saying itself
        // (`said in a statement`, `said of the plan`, `said so`), or an adverb (`said repeatedly`).
        return !Words.clauseBlockers.contains(t.hash) && !isLyAdverb(c)
    }

    /// Whether the verb at `k` is passive or adjectival (`was called`, `is described`, `so-called`).
    func isPassive(_ k: Int) -> Bool {
        guard k > 0 else { return false }
        if tokens[k - 1].kind != .word { return tokens[k - 1].isPunct(0x2D) }
        return Words.beForms.contains(tokens[k - 1].hash)
    }

    /// Whether the words at `c` after a naming cue name something rather than call someone up: `called him
    /// divisive`, `called Lund a liar`, but not `called the harbour office on Tuesday`. Other naming cues (`described`)
    /// always name.
    func namesSomething(_ lemma: String, _ c: Int, _ upper: Int) -> Bool {
        guard lemma == "call" else { return true }
        var e: Int
        if Words.objectPronouns.contains(hash(c)) || hash(c) == Words.it { e = c + 1 }
        else if let n = name(startingAt: c) { e = names[n].end }
        else { return false }
        guard e < upper, tokens[e].isWord else { return false }
        return !Words.prepositions.contains(tokens[e].hash) && tokens[e].hash != Words.and
    }

    /// The subject of the sentence before token `k`, for participles (`…, demanding that`).
    func sentenceSubject(_ lower: Int, _ k: Int) -> NounPhrase? {
        // `In line with his fellow Americans, Sen. Ted Cruz was critical, telling …`: the subject after an opening
        // adverbial.
        let opened = skipLeadingAdverbial(lower)
        if opened > lower, opened < k, let np = firstPhrase(opened, k) { return np }
        return firstPhrase(lower, k)
    }

    /// The first speaker phrase from `lower` that ends by `k`, outside quotations and not a place.
    private func firstPhrase(_ lower: Int, _ k: Int) -> NounPhrase? {
        var i = lower
        while i < k {
            if !tags[i].contains(.quoted), tokens[i].isWord, let np = phrase(startingAt: i), !isObjectPronoun(np),
               np.end <= k {
                if case .entity(let e) = np.phrase, case .place = entities[e].payload { i = np.end; continue }
                return np
            }
            i += 1
        }
        return nil
    }

    /// Whether the words from `n`, after a comma inside reported content that runs to `end`, leave it: `according
    /// to`, the writer's own clause (`, which`, `, while`), a participle of the speaker's next act (`, adding`; after
    /// a quoted phrase any participle: `"…," suggesting`), or a new attribution (`, he said`).
    func closesReported(after n: Int, afterQuote: Bool, _ end: Int) -> Bool {
        guard n < end else { return false }
        if hash(n) == Words.according || Words.clauseBreakers.contains(hash(n)) { return true }
        // (`"a moderate," a subtle dig at …`: the writer's own apposition; but `"a nasty guy," an "anchor baby"` lists
        // what was said.)
        if afterQuote, hash(n) == Words.a || hash(n) == Words.an,
           !Range.span(n + 1, min(end, n + 4)).contains(where: { tokens[$0].kind == .quote }) {
            return true
        }
        if endsWithIng(n) {
            if afterQuote { return true }
            if let c = cue(startingAt: n), index.cueFrames[c.payload].contains(.continuation) { return true }
        }
        return opensAttribution(n, before: end)
    }

    /// Whether a speaker and a cue start at `p` before `end` (`he said`, `Ada Brisk told`): after a comma inside
    /// reported content, a new attribution that ends it.
    func opensAttribution(_ p: Int, before end: Int) -> Bool {
        guard let np = phrase(startingAt: p), np.end < end, !tags[np.end].contains(.quoted) else { return false }
        return cue(startingAt: skipForward(np.end)) != nil
    }
}
