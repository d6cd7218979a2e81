/// Direct quotes and reported speech over an ``Analysis``.

struct QuoteSpan {
    /// Token of the opening mark.
    var open: Int
    /// Token of the closing mark, nil when the paragraph ends first.
    var close: Int?
    /// Content tokens.
    var tokens: Range<Int>
    var content: Range<Int>
    var segment: Int
    /// The quote runs on into the next paragraph.
    var continues = false
    /// The quote continues one from the previous paragraph.
    var continuation = false
    var words = 0
}

struct Attribution {
    var phrase: NounPhrase
    var cueStart: Int
    var cueEnd: Int
    var lemma: String?
    var rule: String
}

struct Candidate {
    var kind: StatementKind
    var content: Range<Int>
    var tokens: Range<Int>
    var cueStart: Int?
    var cueEnd: Int?
    var lemma: String?
    var phrase: NounPhrase?
    /// Take the speaker of this candidate.
    var inherit: Int?
    var explicitSubject: Bool
    var context: Range<Int>
    var rule: String
    var quote: Int?
    var dropped = false
    var speaker: Speaker?
}

extension Analysis {
    // MARK: - Quotes

    mutating func findQuotes() -> [QuoteSpan] {
        var quotes: [QuoteSpan] = []
        var pendingContinuation = false
        for (si, seg) in segments.enumerated() {
            guard seg.paragraph != nil else { pendingContinuation = false; continue }
            var open: Int? = nil
            var first = true
            for i in seg.tokens where tokens[i].kind == .quote {
                let mark = effectiveMark(i, open: open != nil, segment: seg)
                if let o = open {
                    if mark == .open { continue }
                    if var q = makeQuote(o, i, seg, si) {
                        if first, pendingContinuation, o == seg.tokens.lowerBound { q.continuation = true }
                        quotes.append(q)
                    }
                    first = false
                    open = nil
                } else {
                    if mark == .close { continue }
                    open = i
                }
            }
            let wasPending = pendingContinuation
            pendingContinuation = false
            if let o = open, var q = makeQuote(o, nil, seg, si) {
                if first, wasPending, o == seg.tokens.lowerBound { q.continuation = true }
                if si + 1 < segments.count, segments[si + 1].paragraph != nil {
                    let next = tokens[segments[si + 1].tokens.lowerBound]
                    if next.kind == .quote, next.quoteMark != .close {
                        q.continues = true
                        pendingContinuation = true
                    }
                }
                quotes.append(q)
            }
        }
        for q in quotes { for i in q.tokens { tags[i].insert(.quoted) } }
        return quotes
    }

    /// The role a quotation mark plays: a curly mark facing the wrong way (`”Fear.` opening a paragraph, `word“ `
    /// closing) is read by its place and spacing, as a reader would.
    private func effectiveMark(_ i: Int, open: Bool, segment: Segment) -> QuoteMark {
        let mark = tokens[i].quoteMark!
        // A paragraph cannot open by closing a quote: `” … he delivered`.
        if mark == .close, !open, i == segment.tokens.lowerBound { return .open }
        let spaceBefore = i == segment.tokens.lowerBound || tokens[i].flags.contains(.spaceBefore)
        let spaceAfter = i + 1 == segment.tokens.upperBound || tokens[i + 1].flags.contains(.spaceBefore)
        if mark == .close, !open, spaceBefore, !spaceAfter, i + 1 < segment.tokens.upperBound, tokens[i + 1].isWord {
            return .open
        }
        if mark == .open, open, !spaceBefore, spaceAfter { return .close }
        return mark
    }

    private func makeQuote(_ o: Int, _ c: Int?, _ seg: Segment, _ si: Int) -> QuoteSpan? {
        let end = c ?? seg.tokens.upperBound
        var last = end
        while last > o + 1, tokens[last - 1].isPunct(0x2C) { last -= 1 }
        guard last > o + 1 else { return nil }
        let words = (o + 1..<last).reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
        guard words > 0 else { return nil }
        return QuoteSpan(open: o, close: c, tokens: o + 1..<end, content: tokens[o + 1].start..<tokens[last - 1].end,
                         segment: si, words: words)
    }

    func isObjectPronoun(_ np: NounPhrase) -> Bool {
        if case .pronoun(let t, _) = np.phrase { return Words.objectPronouns.contains(tokens[t].hash) }
        return false
    }

    func lemma(ofCue c: TagSpan<Int>) -> String { index.cue(c.payload).lemma }

    /// `— Commissioner Jane Doe` after a closing quotation mark at `p`: a dash and a speaker that ends the sentence.
    func dashAttribution(at p: Int) -> Attribution? {
        guard p + 1 < tokens.count, tokens[p].isPunct(0x97), segmentOf[p + 1] == segmentOf[p],
              let np = phrase(startingAt: p + 1), !isObjectPronoun(np)
        else { return nil }
        if case .pronoun = np.phrase { return nil }
        let upper = segment(of: p).tokens.upperBound
        var after = np.end
        // An apposition after the name: `— Jane Doe, a nurse from Ohio`.
        if after < upper, tokens[after].isPunct(0x2C) {
            while after < upper, tokens[after].kind != .quote, !(tokens[after].kind == .punct && Words.isEndByte(tokens[after].byte)) {
                after += 1
            }
        }
        guard after >= upper || (tokens[after].kind == .punct && Words.isEndByte(tokens[after].byte)) else { return nil }
        return Attribution(phrase: np, cueStart: p, cueEnd: p + 1, lemma: "say", rule: "quote.dash-attribution")
    }

    /// Where the clause that quote `q` ends starts, when words of the writer's own come before its opening mark in
    /// the sentence (`Using the tax "is a mistake," he said`); nil when the quote opens the sentence.
    func clauseStart(before q: QuoteSpan, previousClose: Int?) -> Int? {
        var start = sentence(of: q.open).lowerBound
        if let pc = previousClose, pc >= start, pc < q.open { start = pc + 1 }
        while start < q.open, tokens[start].kind == .punct || tokens[start].kind == .quote
            || hash(start) == Words.and || hash(start) == Words.but {
            start += 1
        }
        var words = 0
        for k in start..<q.open {
            if tokens[k].isWord { words += 1 }
            // A cue or a colon before the quote introduces it: that is reported speech, handled elsewhere.
            if cue(startingAt: k) != nil || tokens[k].isPunct(0x3A) { return nil }
        }
        return words >= 2 ? start : nil
    }

    /// `Caddell continued:` closing the paragraph before one that opens with quote `q`.
    func colonParagraphAttribution(for q: QuoteSpan) -> Attribution? {
        let seg = segments[q.segment]
        guard q.open == seg.tokens.lowerBound, q.segment > 0, segments[q.segment - 1].paragraph != nil else { return nil }
        let previous = segments[q.segment - 1].tokens
        guard tokens[previous.upperBound - 1].isPunct(0x3A) else { return nil }
        let last = sentence(of: previous.upperBound - 1)
        let lower = max(last.lowerBound, previous.lowerBound)
        for k in stride(from: previous.upperBound - 2, through: lower, by: -1) {
            guard let c = cue(startingAt: k), c.end <= previous.upperBound - 1 else { continue }
            if let np = phrase(endingAt: skipBack(k - 1, lower), lower: lower), !isObjectPronoun(np) {
                return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: "quote.colon-paragraph")
            }
            if let np = phrase(startingAt: skipForward(c.end)), np.end <= previous.upperBound - 1, !isObjectPronoun(np) {
                return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: "quote.colon-paragraph")
            }
        }
        // `President Clinton released the following statement:`: the subject of the sentence the colon ends.
        if let np = sentenceSubject(lower, previous.upperBound - 1), np.start == skipLeadingAdverbial(lower) {
            let colon = previous.upperBound - 1
            return Attribution(phrase: np, cueStart: colon, cueEnd: colon + 1, lemma: "say", rule: "quote.colon-paragraph")
        }
        return nil
    }

    /// The first token of a sentence starting at `s` after an opening adverbial (`In July,`, `On Friday,`).
    func skipLeadingAdverbial(_ s: Int) -> Int {
        var s = s
        while s < tokens.count, tokens[s].kind != .word { s += 1 }
        if Words.settingPrepositions.contains(hash(s)) || Words.adverbialPrepositions.contains(hash(s)),
           let comma = (s..<min(tokens.count, s + 9)).first(where: { tokens[$0].isPunct(0x2C) }) {
            return comma + 1
        }
        return s
    }

    /// Whether cue `c` leads straight into the quote opening at `o` (`he said "…"`, `she told reporters "…"`, `he said
    /// on Friday "…"`), rather than into words of the writer's own that the quote ends (`she said he favors a
    /// "strongman approach"`, a partial quote).
    func introducesQuote(_ c: TagSpan<Int>, _ o: Int) -> Bool {
        let upper = segment(of: o).tokens.upperBound
        var after = skipSetting(skipForward(c.end), upper)
        if after < o, index.cueFrames[c.payload].contains(.addressee) { after = skipAddressee(after, upper) }
        if after < o, let np = phrase(startingAt: after), np.end <= o { after = skipForward(np.end) }  // said Jane Doe "…"
        return after >= o
    }

    /// The source after `according to` when it is no known name (`according to show insiders`, `according to a
    /// poll released last week`): the words up to the next comma or the end of the sentence, as a description.
    func describedSource(from s: Int, _ upper: Int) -> NounPhrase? {
        var e = s
        while e < upper, e - s < 20, tokens[e].kind == .word || tokens[e].kind == .number
            || (tokens[e].kind == .punct && !tokens[e].isPunct(0x2C) && !Words.isEndByte(tokens[e].byte)) {
            e += 1
        }
        guard e > s, tokens[s].kind == .word, e >= upper || tokens[e].isPunct(0x2C) || Words.isEndByte(tokens[e].byte)
        else { return nil }
        return NounPhrase(phrase: .anonymous(plural: looksPlural(e - 1)), start: s, end: e)
    }

    /// A description opened by a determiner and followed by a cue: `the gambling tycoon told`, `the presumptive
    /// nominee wrote`. Returns the description without the cue.
    func describedPhrase(startingAt p: Int) -> NounPhrase? {
        guard p < tokens.count, Words.speakerDeterminers.contains(hash(p)) else { return nil }
        let upper = segment(of: p).tokens.upperBound
        var k = p + 1
        while k < min(upper, p + 7), tokens[k].isWord, !tags[k].contains(.quoted) {
            if k > p + 1, cue(startingAt: k) != nil || quotedAsSaying(k) != nil {
                return NounPhrase(phrase: .anonymous(plural: looksPlural(k - 1)), start: p, end: k)
            }
            k += 1
        }
        return nil
    }

    /// A description opened by a determiner after a cue, up to the end of the clause: `said the 46-year-old.`,
    /// `said a spokeswoman for the port,`.
    func describedPhrase(after p: Int) -> NounPhrase? {
        guard p < tokens.count, Words.speakerDeterminers.contains(hash(p)) else { return nil }
        let upper = segment(of: p).tokens.upperBound
        var k = p + 1
        while k < min(upper, p + 16), tokens[k].isWord, !tags[k].contains(.quoted) {
            // `said the days of a unifying story are gone`: a verb makes it a clause, not a speaker.
            if Words.beForms.contains(hash(k)) || Words.coordinatedVerbOpeners.contains(hash(k)) { return nil }
            k += 1
        }
        guard k > p + 1, k >= upper || tokens[k].kind == .punct else { return nil }
        return NounPhrase(phrase: .anonymous(plural: looksPlural(k - 1)), start: p, end: k)
    }

    /// Skips what may stand between a speaker and the cue: a parenthesis (`Karin Holt (D-Maine) said`) or an
    /// apposition (`Leif Moen, a professor of economics, said`). Returns `e` when there is neither.
    func skipAside(after e: Int) -> Int {
        guard e < tokens.count else { return e }
        let upper = segment(of: e).tokens.upperBound
        if tokens[e].isPunct(0x28), let close = (e + 1..<min(upper, e + 9)).first(where: { tokens[$0].isPunct(0x29) }) {
            return close + 1
        }
        // `James Smith of the American Enterprise Institute said`.
        if Words.isForOfAt(hash(e)) || hash(e) == Words.from {
            var k = e + 1
            while k < min(upper, e + 9), tokens[k].kind == .word, tokens[k].isCapitalized || hash(k) == Words.the
                || hash(k) == Words.of || hash(k) == Words.for_ {
                k += 1
            }
            let next = skipForward(k)
            if k > e + 1, next < upper, cue(startingAt: next) != nil { return k }
            return e
        }
        guard tokens[e].isPunct(0x2C) || tokens[e].isPunct(0x97), e + 2 < upper else { return e }
        let first = e + 1
        // (Any words may follow: the apposition only counts when a cue follows its closing comma.)
        // The apposition may have commas of its own (`the attorney general of Oklahoma, one of the states suing,`):
        // it ends at the comma or dash the cue follows.
        var k = first + 1
        while k < min(upper, e + 40) {
            let t = tokens[k]
            if t.kind == .quote || cue(startingAt: k) != nil { return e }
            if t.kind == .punct, Words.isEndByte(t.byte), k + 1 >= upper || sentenceOf[k + 1] != sentenceOf[k] { return e }
            if t.isPunct(0x2C) || t.isPunct(0x97) {
                let next = skipForward(k + 1)
                if next < upper, cue(startingAt: next) != nil || quotedAsSaying(next) != nil { return k + 1 }
            }
            k += 1
        }
        return e
    }

    /// Whether cue `c` after a quote's speaker goes on to words of its own, so that it is no attribution of the quote
    /// before it: a clause (`"Marco!," the senator said his campaign was strong`, `he said that …`) or a colon that
    /// opens the next quote (`"…," Trump said: "…"`).
    func leadsOn(_ c: TagSpan<Int>) -> Bool {
        let n = c.end
        guard n < segment(of: c.start).tokens.upperBound else { return false }
        if tokens[n].isPunct(0x3A) { return true }
        guard tokens[n].isWord else { return false }
        let h = tokens[n].hash
        if h == Words.that || index.pronounsSingular.contains(h) || index.pronounsPlural.contains(h)
            || index.possessivePronouns.contains(h) {
            return true
        }
        return !index.cueFrames[c.payload].contains(.addressee) && Words.clauseDeterminers.contains(h)
    }

    /// `, Churkin said` / `, said Churkin` / `, diplomats quoted him as saying` starting at `p`.
    func attribution(forwardFrom p: Int) -> Attribution? {
        guard p < tokens.count else { return nil }
        if let c = cue(startingAt: p),
           let np = phrase(startingAt: skipForward(c.end)) ?? describedPhrase(after: skipForward(c.end)),
           !isObjectPronoun(np) {
            return Attribution(phrase: np, cueStart: p, cueEnd: c.end, lemma: lemma(ofCue: c), rule: "quote.trailing-attribution")
        }
        // `''important to take care of'' the associate's request`: a possessive names no speaker.
        guard let np = phrase(startingAt: p) ?? describedPhrase(startingAt: p), !isObjectPronoun(np),
              !tokens[np.end - 1].flags.contains(.possessive)
        else { return nil }
        let k = skipForward(skipAside(after: skipAside(after: np.end)))
        if let q = quotedAsSaying(k) {
            return Attribution(phrase: q.object ?? np, cueStart: k, cueEnd: q.end, lemma: "quote",
                               rule: "quote.trailing-attribution")
        }
        if let c = cue(startingAt: k), !leadsOn(c) {
            return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: "quote.trailing-attribution")
        }
        return nil
    }

    /// `Kerry said: "…"`, `But, he was quoted as saying, "…"`, `"…," he said, "…"` before quote `q`.
    func attribution(before q: QuoteSpan, previousClose: Int?) -> Attribution? {
        let o = q.open
        let seg = segments[q.segment]
        var lower = max(sentence(of: o).lowerBound, seg.tokens.lowerBound)
        var split = false
        if let pc = previousClose, pc + 1 >= lower { lower = pc + 1; split = true }
        var j = o - 1
        guard j >= lower else { return nil }
        var rule = split ? "quote.split" : "quote.leading"
        if tokens[j].isPunct(0x3A) {
            if !split { rule = "quote.colon" }
            j -= 1
        } else if tokens[j].isPunct(0x2C) {
            j -= 1
        } else if tokens[j].isWord, let c = q.close {
            // `he said "…"` only when the quote ends the sentence
            var after = c + 1
            while after < seg.tokens.upperBound, tokens[after].kind == .punct, tokens[after].byte != 0x2C { after += 1 }
            guard after >= sentence(of: c).upperBound, q.words >= 2 else { return nil }
        } else {
            return nil
        }
        var k = j
        while k >= max(lower, j - 6) {
            if let qa = quotedAsSaying(k), qa.end - 1 <= j {
                if let np = qa.object ?? phrase(endingAt: skipBack(k - 1, lower), lower: lower) {
                    return Attribution(phrase: np, cueStart: k, cueEnd: qa.end, lemma: "quote", rule: rule)
                }
            }
            if let c = cue(startingAt: k), c.end - 1 <= j,
               rule == "quote.colon" || !index.cueFrames[c.payload].contains(.naming),
               rule == "quote.colon" || !tokens[o - 1].isWord || introducesQuote(c, o) {
                if let np = phrase(endingAt: skipBack(k - 1, lower), lower: lower), !isObjectPronoun(np) {
                    return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: rule)
                }
                // `said Kerry: "…"`; but after `told` comes the addressee, not the speaker.
                if !index.cueFrames[c.payload].contains(.addressee), let np = phrase(startingAt: skipForward(c.end)),
                   np.end - 1 <= j, !isObjectPronoun(np) {
                    return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: rule)
                }
                // `Albright urged women to vote for her, saying, "…"`, `before saying "…"`: the participle's subject
                // is the sentence's.
                if endsWithIng(k), k - 1 > lower, isPunct(k - 1, 0x2C) || Words.participleOpeners.contains(hash(k - 1)),
                   let np = sentenceSubject(lower, k - 1) {
                    return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: rule)
                }
            }
            if tokens[k].kind == .quote { break }
            k -= 1
        }
        // `Said Dorothy Poynter, who grew up with him, "…"`: a sentence that opens with the cue.
        var first = lower
        while first < j, tokens[first].kind != .word { first += 1 }
        if first < j - 6, let c = cue(startingAt: first), let np = phrase(startingAt: c.end), np.end - 1 <= j {
            return Attribution(phrase: np, cueStart: first, cueEnd: c.end, lemma: lemma(ofCue: c), rule: rule)
        }
        return nil
    }

    // MARK: - Reported speech

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
    private func cueHits(_ sentence: Range<Int>, into hits: inout [CueHit]) {
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

    private func words(_ r: Range<Int>) -> Int { r.reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) } }

    /// The first comma among tokens `r`. Searched in a loop rather than with `first(where:)`, whose closure would
    /// copy this value.
    private func firstComma(in r: Range<Int>) -> Int? {
        for k in r where isPunct(k, 0x2C) { return k }
        return nil
    }

    /// The first reflexive pronoun (`himself`) among tokens `r`, searched like ``firstComma(in:)``.
    private func firstReflexive(in r: Range<Int>) -> Int? {
        for k in r where Words.reflexives.contains(hash(k)) { return k }
        return nil
    }

    /// The first quotation mark among tokens `r`, searched like ``firstComma(in:)``.
    private func firstQuote(in r: Range<Int>) -> Int? {
        for k in r where tokens[k].kind == .quote { return k }
        return nil
    }

    private func isEndPunct(_ i: Int) -> Bool {
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
        if let n = name(startingAt: c) { return names[n].end }
        if let e = entity(startingAt: c) { return e.end }
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

    private func opensClause(_ c: Int, _ upper: Int) -> Bool {
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

    /// Whether quote `q` reads as a title rather than words someone said: every longer word capitalized (`"The
    /// Nightly Show"`, `"Make America Great Again"`).
    func isTitle(_ q: QuoteSpan) -> Bool {
        var capitalized = 0
        var endsWithStop = false
        for i in q.tokens {
            if tokens[i].isWord {
                if tokens[i].isCapitalized { capitalized += 1 } else if tokens[i].length > 3 { return false }
            } else if isEndPunct(i) {
                // `"We're America."` is a sentence; but `on CNN's "State of the Union."` puts the sentence's period
                // inside the marks.
                guard i == q.tokens.upperBound - 1 else { return false }
                endsWithStop = true
            }
        }
        if capitalized >= 3, !endsWithStop { return true }
        return capitalized >= 1 && isNamedWork(q)
    }

    /// Whether quote `q` names a show, book or group after `on`, `of` or a possessive: `on CBS's "Face the Nation,"`,
    /// `told NBC's "Today"`, `the author of "Destiny and Power"`. What follows it attributes nothing to it.
    func isNamedWork(_ q: QuoteSpan) -> Bool {
        guard q.words <= 8, q.open > 0, tokens[q.open + 1].isCapitalized else { return false }
        let before = tokens[q.open - 1]
        return before.isWord && (before.hash == Words.on || before.hash == Words.of || before.flags.contains(.possessive))
    }

    /// The subject of the sentence that quote `q` sits inside, when a verb follows it before the quote and nothing
    /// else attributes the quote: `Sanders credited the win to "…"`, `Blocher stated that the party "…"`, `Clinton has
    /// since apologized: "…"`.
    func embeddingSubject(_ q: QuoteSpan) -> NounPhrase? {
        let lower = max(sentence(of: q.open).lowerBound, segments[q.segment].tokens.lowerBound)
        let s = skipLeadingAdverbial(lower)
        guard s < q.open, let np = phrase(startingAt: s), np.end < q.open, !isObjectPronoun(np),
              !tokens[np.end - 1].flags.contains(.possessive) else { return nil }
        if case .entity(let e) = np.phrase, case .place = entities[e].payload { return nil }
        let v = skipAside(after: np.end)
        guard v < q.open, tokens[v].isWord, !tokens[v].isCapitalized, !tags[v].contains(.quoted) else { return nil }
        return np
    }

    /// The subject of the sentence before token `k`, for participles (`…, demanding that`).
    func sentenceSubject(_ lower: Int, _ k: Int) -> NounPhrase? {
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
           !(n + 1..<min(end, n + 4)).contains(where: { tokens[$0].kind == .quote }) {
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

    /// Appends the reported speech of `sentence` to `out`, the list of every sentence's reported speech. `hits` is a
    /// list that every sentence reuses for its speech cues.
    func reported(_ sentence: Range<Int>, directs: [Candidate], into out: inout [Candidate], hits: inout [CueHit]) {
        let lower = sentence.lowerBound, upper = sentence.upperBound
        var contentEnd = upper
        while contentEnd > lower, tokens[contentEnd - 1].kind == .punct,
              Words.isTrailingByte(tokens[contentEnd - 1].byte) { contentEnd -= 1 }
        cueHits(sentence, into: &hits)
        guard !hits.isEmpty else { return }
        let context = tokens[lower].start..<tokens[upper - 1].end
        var trailingCommas: Set<Int> = []
        var done: Set<Int> = []

        func candidate(_ r: Range<Int>, _ hit: CueHit, _ np: NounPhrase?, explicit: Bool, rule: String) -> Candidate? {
            var r = r
            while r.upperBound > r.lowerBound, tokens[r.upperBound - 1].kind == .punct,
                  Words.isTrailingByte(tokens[r.upperBound - 1].byte) { r = r.lowerBound..<(r.upperBound - 1) }
            // Quoted words count in full however short (`called it "predatory"`).
            guard words(r) >= 3 || (words(r) >= 2 && r.contains(where: { tokens[$0].kind == .quote })) else { return nil }
            return Candidate(kind: .indirect, content: tokens[r.lowerBound].start..<tokens[r.upperBound - 1].end, tokens: r,
                             cueStart: hit.start, cueEnd: hit.end, lemma: hit.lemma, phrase: np, inherit: nil,
                             explicitSubject: explicit, context: context, rule: rule)
        }

        // 0. `As Western Journalism reported, …` and `As reported by Politico, …`: the rest of the sentence.
        for (h, hit) in hits.enumerated() {
            let k = hit.start
            let opening = skipLeadingAdverbial(lower)
            guard k > lower, hash(opening) == Words.as_ || (k - 1 > lower && hash(k - 1) == Words.as_) else { continue }
            var np: NounPhrase?
            var after = hit.end
            if hash(after) == Words.by { np = phrase(startingAt: after + 1) ?? describedSource(from: after + 1, upper) }
            else if hash(opening) == Words.as_ { np = phrase(endingAt: k - 1, lower: opening + 1) }
            guard let np else { continue }
            if hash(after) == Words.by { after = np.end }
            guard isPunct(after, 0x2C) else { continue }
            done.insert(h)
            if let c = candidate((after + 1)..<contentEnd, hit, np, explicit: true, rule: "reported.as-reported") {
                out.append(c)
            }
        }

        // `Asked about the charges, Rubio said …`, `…, he said when asked whether …`: the question put to the
        // speaker, asked by someone unnamed.
        for (h, hit) in hits.enumerated() where !done.contains(h) && hit.lemma == "ask" {
            let opening = hit.start == skipLeadingAdverbial(lower) && tokens[hit.start].isCapitalized
            let when = hit.start > lower && Words.askOpeners.contains(hash(hit.start - 1))
            guard opening || when, hit.end < upper, Words.questionOpeners.contains(hash(hit.end)) else { continue }
            let comma = firstComma(in: hit.end..<contentEnd)
            guard let end = comma ?? (when ? contentEnd : nil) else { continue }
            done.insert(h)
            if let c = candidate(hit.end..<end, hit, nil, explicit: false, rule: "reported.asked") { out.append(c) }
        }

        // 1. Trailing attributions and `according to`.
        for (h, hit) in hits.enumerated() where !done.contains(h) {
            let k = hit.start
            if hit.lemma == "according to" {
                guard let np = phrase(startingAt: hit.end) ?? describedSource(from: hit.end, upper) else { continue }
                done.insert(h)
                var lead = lower
                while lead < k, tokens[lead].kind == .punct || hash(lead) == Words.but || hash(lead) == Words.and { lead += 1 }
                if lead == k {
                    var s = np.end
                    if isPunct(s, 0x2C) { s += 1 }
                    if let c = candidate(s..<contentEnd, hit, np, explicit: true, rule: "reported.according-to") { out.append(c) }
                } else if isPunct(k - 1, 0x2C) {
                    trailingCommas.insert(k - 1)
                    if let c = candidate(lower..<(k - 1), hit, np, explicit: true, rule: "reported.according-to") { out.append(c) }
                }
                continue
            }
            var np = hit.object
            var inverted = false
            if np == nil, let s = phrase(endingAt: skipBack(k - 1, lower), lower: lower), !isObjectPronoun(s) { np = s }
            // `…, BFMTV reported.`: after a comma, capitalized words the gazetteer does not know.
            if np == nil {
                let j = skipBack(k - 1, lower)
                var f = j
                while f > max(lower, j - 4), tokens[f].isWord, tokens[f].isCapitalized, !tags[f].contains(.quoted) { f -= 1 }
                if f < j, isPunct(f, 0x2C) { np = NounPhrase(phrase: .anonymous(plural: false), start: f + 1, end: j + 1) }
            }
            if np == nil, k - 1 > lower, isPunct(k - 1, 0x2C), let s = phrase(startingAt: skipForward(hit.end)),
               !isObjectPronoun(s) {
                np = s
                inverted = true
            }
            // (`…, a Republican who has been mentioned as a choice, said`: a passive cue attributes nothing.)
            guard let subject = np, !isPassive(k) else { continue }
            let s = inverted ? k : subject.start
            guard s - 1 > lower, isPunct(s - 1, 0x2C) || tokens[s - 1].kind == .quote else { continue }
            var after = skipForward(inverted ? subject.end : hit.end)
            after = skipForward(skipSetting(after, upper))
            if after < upper, hash(after) == Words.to { after = skipAddressee(after + 1, upper) }
            // `…, Defense Secretary Ash Carter told a Senate panel Wednesday.`
            if after < upper, hit.frames.contains(.addressee), tokens[after].isWord {
                after = skipForward(skipAddressee(after, upper))
                // `… told a briefing in Beijing.`
                if after + 1 < upper, hash(after) == Words.in_ || hash(after) == Words.at {
                    let p = hash(after + 1) == Words.the ? after + 2 : after + 1
                    if let e = entity(startingAt: p) { after = skipForward(e.end) }
                }
            }
            let ends = after >= upper || isEndPunct(after) || isPunct(after, 0x2C)
                || Words.subordinators.contains(hash(after))
            guard ends else { continue }
            done.insert(h)
            if tokens[s - 1].kind == .quote || (s - 2 >= lower && tokens[s - 2].kind == .quote) { continue }  // a quote's
            trailingCommas.insert(s - 1)
            // `Acts of protest, Mr. Obama said, are acts of patriotism.`: the attribution stands inside the clause.
            if isPunct(after, 0x2C), after + 1 < contentEnd, tokens[after + 1].isWord, cue(startingAt: after + 1) == nil,
               !endsWithIng(after + 1), !Words.subordinators.contains(hash(after + 1)) {
                if let c = candidate(lower..<contentEnd, hit, subject, explicit: true, rule: "reported.parenthetical") {
                    out.append(c)
                }
                continue
            }
            // `In a statement for this story, an official said: …`: a short phrase opened by a preposition is a
            // setting, not what was said.
            var first = lower
            while first < s - 1, tokens[first].kind != .word { first += 1 }
            // The cue may still introduce words after it (`On the trail, Cruz describes himself as "…"`).
            if Words.settingOpeners.contains(hash(first)) || hash(first) == Words.and, words(lower..<(s - 1)) <= 10 {
                done.remove(h)
                trailingCommas.remove(s - 1)
                continue
            }
            if let c = candidate(lower..<(s - 1), hit, subject, explicit: true, rule: "reported.trailing") { out.append(c) }
        }

        // 2. Forward forms: `X said (that) …`, `X criticized …`, `X urged Russia to …`, `…, demanding that …`.
        for (h, hit) in hits.enumerated() where !done.contains(h) {
            let k = hit.start
            // `"…," Cruz told radio host Mike Gallagher.`: the cue of a quote introduces nothing more.
            if hit.frames.contains(.addressee),
               directs.contains(where: { $0.cueStart == k && $0.tokens.upperBound <= k }) { continue }
            var np = hit.object
            if np == nil, let s = phrase(endingAt: skipBack(k - 1, lower), lower: lower), !isObjectPronoun(s) { np = s }
            var explicit = np != nil
            var participle = false
            if np == nil {
                var p = k - 1
                if p >= lower, isLyAdverb(p) { p -= 1 }
                // `, demanding that …`, `and urging …`, or a second verb of the subject: `… and said she would`.
                guard p >= lower, (endsWithIng(k) && isPunct(p, 0x2C)) || hash(p) == Words.and else { continue }
                participle = true
                explicit = false
                if let d = directs.last(where: { $0.cueStart.map { sentence.contains($0) && $0 < k } ?? false }) {
                    np = d.phrase
                } else {
                    np = sentenceSubject(lower, k)
                }
            }
            var c = hit.end
            if hit.frames.contains(.addressee), hash(c) != Words.that {
                let addressee = c
                c = skipAddressee(c, upper)
                // `told his advisers to find a way`: the addressee and what they are told to do.
                if hash(c) == Words.to, c > addressee, c + 1 < upper, tokens[c + 1].kind == .word {
                    if let cand = candidate(addressee..<contentEnd, hit, np, explicit: explicit, rule: "reported.object") {
                        out.append(cand)
                    }
                    continue
                }
            }
            c = skipForward(skipSetting(skipForward(c), upper))
            if isPunct(c, 0x2C), hash(c + 1) == Words.that { c += 1 }
            // `said, per a translator, that …`: an aside between commas before the clause.
            if isPunct(c, 0x2C), let comma = firstComma(in: c + 2..<min(upper - 1, c + 8)),
               hash(comma + 1) == Words.that,
               !(c + 1..<comma).contains(where: { !tokens[$0].isWord || cue(startingAt: $0) != nil }) {
                c = comma + 1
            }
            // `said at an event in Colorado that …`: a phrase about the saying before the clause.
            if c < upper, Words.settingPrepositions.contains(hash(c)) || hash(c) == Words.to,
               let that = (c + 1..<min(upper, c + 12)).first(where: { hash($0) == Words.that }),
               !(c..<that).contains(where: { (tokens[$0].kind != .word && !tokens[$0].isPunct(0x2C)) || cue(startingAt: $0) != nil }) {
                c = that
            }
            var start: Int? = nil
            var rule = "reported.clause"
            if hash(c) == Words.that {
                // The complementizer belongs to the reported content, as PolNeAR marks it.
                start = c
                rule = "reported.that-clause"
            } else if hit.frames.contains(.naming) {
                // `called the plan "a disaster"`, `described it as "reckless"`: only with the words quoted.
                // Without quotes, only after a named speaker: `Sanders called him divisive and …`.
                // `described himself as "…"`, `called herself "…"`: the reflexive is what is named.
                if let r = firstReflexive(in: hit.end..<c) { c = r }
                guard c < upper, tokens[c].isWord, (c..<contentEnd).contains(where: { tokens[$0].kind == .quote })
                        || (explicit && hit.object == nil && !isPassive(k) && namesSomething(hit.lemma, c, upper)) else {
                    continue
                }
                start = c
                rule = "reported.naming"
            } else if hit.frames.contains(.infinitive), hash(c) == Words.to, c + 1 < upper, tokens[c + 1].isWord {
                start = c
                rule = "reported.infinitive"
            } else if hit.frames.contains(.clause), opensClause(c, upper) {
                start = c
            } else if hit.frames.contains(.evaluative), c < upper, tokens[c].isWord {
                start = c
                rule = "reported.evaluation"
            } else if hit.frames.contains(.object), c < upper, tokens[c].isWord {
                start = c
                rule = "reported.object"
            }
            guard let start else { continue }
            if participle { rule = "reported.participle" }
            var end = contentEnd
            // `Barkley, who said he votes Democratic, likes Kasich`: the relative clause ends at its comma.
            if let np, hash(np.start) == Words.who, np.start > lower, isPunct(np.start - 1, 0x2C),
               let comma = firstComma(in: start..<contentEnd) {
                end = comma
            }
            var m = start
            while m < end {
                // A comma may end the content, also inside a quote that it closes (`"…," suggesting he might`).
                if m > start, tokens[m].kind == .quote, isPunct(m - 1, 0x2C), tags[m - 1].contains(.quoted),
                   closesReported(after: m + 1, afterQuote: true, end) {
                    end = m + 1
                    break
                }
                // After a quoted phrase, `but` or `and` with a verb is the speaker's next act: `the merger "a terrible
                // deal" and ranked her`, `"sarcasm" but, boy`.
                if m > start, tokens[m].kind == .quote, tags[m - 1].contains(.quoted), m + 2 < end,
                   hash(m + 1) == Words.but
                    || hash(m + 1) == Words.and && (cue(startingAt: m + 2) != nil || endsWithEd(m + 2) || endsWithIng(m + 2)) {
                    end = m + 1
                    break
                }
                if tags[m].contains(.quoted) { m += 1; continue }
                if isPunct(m, 0x2C), trailingCommas.contains(m)
                    || closesReported(after: m + 1, afterQuote: m > start && tokens[m - 1].kind == .quote, end) {
                    end = m
                    break
                }
                // `;` and dashes end the reported content.
                if m > start, isPunct(m, 0x3B) || isPunct(m, 0x97) { end = m; break }
                // `… and likened it to`, `… but said one was`: a second verb of the speaker's, another statement.
                // (`…, and condemns` after a comma more often continues the reported clause itself.)
                // (`…, and condemns` after a comma more often continues the reported clause itself; `…, and suggested
                // that` does not.)
                if m > start + 2, hash(m) == Words.but || hash(m) == Words.and, m + 1 < end,
                   isPunct(m - 1, 0x2C) && hash(m) == Words.and
                    ? cue(startingAt: m + 1) != nil && endsWithEd(m + 1)
                    : cue(startingAt: m + 1) != nil || Words.coordinatedVerbOpeners.contains(hash(m + 1)) {
                    end = m > start && isPunct(m - 1, 0x2C) ? m - 1 : m
                    break
                }
                m += 1
            }
            guard start < end else { continue }
            // `he said "…"`: the quote is the statement.
            if tokens[start].kind == .quote, let close = firstQuote(in: start + 1..<end),
               close >= end - 1 { continue }
            if var cand = candidate(start..<end, hit, np, explicit: explicit, rule: rule) {
                cand.explicitSubject = explicit
                if np == nil { continue }
                out.append(cand)
            }
        }
    }

    // MARK: - All statements

    /// The statements of the article, from its quotations (see ``findQuotes()``) and its reported speech.
    func candidates(quotes: [QuoteSpan]) -> [Candidate] {
        var attributions: [Attribution?] = Array(repeating: nil, count: quotes.count)
        var previousClose: Int? = nil
        var previousSegment = -1
        for (qi, q) in quotes.enumerated() {
            if q.segment != previousSegment { previousClose = nil; previousSegment = q.segment }
            if let c = q.close, !isNamedWork(q) {
                var p = c + 1
                if p < segments[q.segment].tokens.upperBound, tokens[p].isPunct(0x2C) { p += 1 }
                // After `,"` the attribution follows; after `?"` or `!"` it may too (`"Who knows?" Trump asked.`).
                if p < segments[q.segment].tokens.upperBound, sentenceOf[p] == sentenceOf[c] || tokens[c - 1].isPunct(0x2C)
                    || tokens[c - 1].isPunct(0x3F) || tokens[c - 1].isPunct(0x21) {
                    attributions[qi] = attribution(forwardFrom: p)
                } else if p < segments[q.segment].tokens.upperBound, let a = attribution(forwardFrom: p),
                          a.cueEnd >= segments[q.segment].tokens.upperBound || isEndPunct(skipForward(a.cueEnd)) {
                    // `"… are missing." Trump said.`: a sentence that is only the attribution.
                    attributions[qi] = a
                }
                if attributions[qi] == nil { attributions[qi] = dashAttribution(at: c + 1) }
            }
            if attributions[qi] == nil { attributions[qi] = attribution(before: q, previousClose: previousClose) }
            if attributions[qi] == nil { attributions[qi] = colonParagraphAttribution(for: q) }
            previousClose = q.close
        }

        var out: [Candidate] = []
        var quoteCandidate: [Int: Int] = [:]
        /// The latest candidate of a quote opening in each segment.
        var lastQuoteCandidate: [Int32: Int] = [:]
        func context(_ a: Int, _ b: Int) -> Range<Int> {
            let s1 = sentence(of: a), s2 = sentence(of: b)
            return tokens[s1.lowerBound].start..<tokens[s2.upperBound - 1].end
        }
        // Direct quotes with their own attribution.
        for (qi, q) in quotes.enumerated() {
            guard let a = attributions[qi] else { continue }
            let last = max(q.close ?? (q.tokens.upperBound - 1), a.cueEnd - 1)
            quoteCandidate[qi] = out.count
            var candidate = Candidate(
                kind: .direct, content: q.content, tokens: q.tokens, cueStart: a.cueStart, cueEnd: a.cueEnd,
                lemma: a.lemma, phrase: a.phrase, inherit: nil, explicitSubject: true,
                context: context(min(q.open, a.cueStart), last), rule: a.rule, quote: qi)
            // `Using the tax ''is a misguided approach,'' Mr. Holm said.`: the reported clause quotes some words.
            if a.cueStart > q.open, let start = clauseStart(before: q, previousClose: qi > 0 ? quotes[qi - 1].close : nil) {
                candidate.kind = .partial
                // The quoted words keep their marks, as in every partial statement.
                candidate.content = tokens[start].start..<(q.close.map { tokens[$0].end } ?? q.content.upperBound)
                candidate.tokens = start..<(q.close.map { $0 + 1 } ?? q.tokens.upperBound)
                candidate.rule = "partial.trailing-attribution"
            }
            lastQuoteCandidate[segmentOf[q.open]] = out.count
            out.append(candidate)
        }
        let directs = out

        // Reported speech, sentence by sentence in the body; each sentence is shown the direct quotes whose cue it
        // holds, which are all it asks about.
        var directsBySentence: [Int32: [Candidate]] = [:]
        for d in directs { if let c = d.cueStart { directsBySentence[sentenceOf[c], default: []].append(d) } }
        var reported: [Candidate] = []
        var hits: [CueHit] = []
        for (s, sentence) in sentences.enumerated() {
            guard segment(of: sentence.lowerBound).paragraph != nil else { continue }
            self.reported(sentence, directs: directsBySentence[Int32(s)] ?? [], into: &reported, hits: &hits)
        }
        // Not over direct quotes.
        let directContents = RangeIndex(directs.map(\.content))
        for i in reported.indices where directContents.anyOverlaps(reported[i].content) { reported[i].dropped = true }
        // Nested reported speech (`X said that Y argued that …`): both stand when the inner one names its own
        // speaker, as each is someone's statement; otherwise the inner one is a misreading and goes.
        func contains(_ a: Candidate, _ b: Candidate) -> Bool {
            a.tokens.lowerBound <= b.tokens.lowerBound && a.tokens.upperBound >= b.tokens.upperBound
        }
        // Two candidates bear on each other only when the tokens from the one's cue through its words overlap the
        // other's: those are the only pairs looked at.
        func span(_ r: Candidate) -> Range<Int> {
            guard let cue = r.cueStart else { return r.tokens }
            return min(r.tokens.lowerBound, cue)..<max(r.tokens.upperBound, cue + 1)
        }
        let spans = RangeIndex(reported.map(span))
        for i in reported.indices where !reported[i].dropped {
            let near = spans.overlapping(span(reported[i])).sorted()
            for j in near where i != j && !reported[j].dropped && !reported[i].dropped {
                let a = reported[i], b = reported[j]
                guard let bc = b.cueStart, a.tokens.contains(bc) || contains(a, b) else { continue }
                if b.explicitSubject, let p = b.phrase, a.tokens.contains(p.start) { continue }
                reported[j].dropped = true
            }
            // Overlaps that are not nested: keep the first.
            for j in near where j > i && !reported[j].dropped && !reported[i].dropped {
                let a = reported[i], b = reported[j]
                if a.content.overlaps(b.content), !contains(a, b), !contains(b, a) { reported[j].dropped = true }
            }
        }
        reported.removeAll { $0.dropped }

        // Quotes without their own attribution. What they ask of the others is indexed: the reported speech around a
        // quote, the nearest quotes of its paragraph with a candidate, and what the paragraph before says.
        let reportedContents = RangeIndex(reported.map(\.content))
        var lastReportedWithPhrase: [Int32: Int] = [:]
        for (r, c) in reported.enumerated() where c.phrase != nil { lastReportedWithPhrase[segmentOf[c.tokens.lowerBound]] = r }
        var namesBySegment: [Int32: [Int]] = [:]
        for n in names.indices { namesBySegment[segmentOf[names[n].start], default: []].append(n) }
        // A later quote of the segment has a candidate yet only when it has its own attribution.
        var nextAttributed = [Int?](repeating: nil, count: quotes.count)
        var nextInSegment: [Int: Int] = [:]
        for qi in quotes.indices.reversed() {
            nextAttributed[qi] = nextInSegment[quotes[qi].segment]
            if attributions[qi] != nil { nextInSegment[quotes[qi].segment] = qi }
        }
        var previousWithCandidate: [Int: Int] = [:]
        for (qi, q) in quotes.enumerated() {
            defer { if quoteCandidate[qi] != nil { previousWithCandidate[q.segment] = qi } }
            guard attributions[qi] == nil else { continue }
            if let r = reportedContents.spanning(atMost: q.content.lowerBound, atLeast: q.content.upperBound - 1).min() {
                reported[r].kind = .partial
                if reported[r].rule.hasPrefix("reported.") { reported[r].rule = "partial." + reported[r].rule.dropFirst(9) }
                continue
            }
            // A quote inside a sentence whose subject said it: `Sanders credited the win to "…"`.
            if isTitle(q), !q.continuation, !q.continues { continue }
            if q.words >= 4, let np = embeddingSubject(q) {
                quoteCandidate[qi] = out.count
                lastQuoteCandidate[segmentOf[q.open]] = out.count
                out.append(Candidate(kind: .direct, content: q.content, tokens: q.tokens, cueStart: nil, cueEnd: nil,
                                     lemma: nil, phrase: np, inherit: nil, explicitSubject: true,
                                     context: context(np.start, q.close ?? (q.tokens.upperBound - 1)),
                                     rule: "quote.sentence-subject", quote: qi))
                continue
            }
            // A short quote right after an attributed one is its second half: `"Here it is," she said. "At last."`
            // (It opens its sentence: a short quote inside one is a scare quote, `a set of 27 "at-large" delegates`.)
            let secondHalf = qi > 0 && quotes[qi - 1].segment == q.segment && quoteCandidate[qi - 1] != nil
                && quotes[qi - 1].close.map { Int(sentenceOf[q.open]) - Int(sentenceOf[$0]) <= 1 } == true
                && !(sentence(of: q.open).lowerBound..<q.open).contains { tokens[$0].isWord }
            guard q.words >= 4 || q.continuation || q.continues || secondHalf else { continue }
            var source: Int? = nil
            var rule = "quote.same-paragraph"
            // Pieces of one quote running over several paragraphs share their speaker.
            if q.continuation || q.continues {
                var k = qi
                while k > 0, quotes[k].continuation { k -= 1 }
                var m = k
                while m < quotes.count {
                    if let c = quoteCandidate[m], out[c].inherit == nil { source = c; break }
                    if !quotes[m].continues { break }
                    m += 1
                }
                if source != nil { rule = "quote.continued-paragraph" }
            }
            if source == nil {
                if let b = previousWithCandidate[q.segment] ?? nextAttributed[qi] { source = quoteCandidate[b] }
            }
            if source == nil, q.open == segments[q.segment].tokens.lowerBound, q.words >= 4 {
                // A paragraph that is only a quote continues the previous paragraph's speaker.
                let prevSeg = q.segment - 1
                if prevSeg >= 0, segments[prevSeg].paragraph != nil {
                    if let c = lastQuoteCandidate[Int32(prevSeg)] {
                        source = c
                        rule = "quote.previous-speaker"
                    }
                }
            }
            // Or the speaker of the previous paragraph's reported speech (`Caddell said the race was close.` then a
            // paragraph of his words).
            var reportedSource: Candidate? = nil
            if source == nil, q.open == segments[q.segment].tokens.lowerBound, q.words >= 4, q.segment > 0,
               segments[q.segment - 1].paragraph != nil {
                reportedSource = lastReportedWithPhrase[Int32(q.segment - 1)].map { reported[$0] }
                if reportedSource != nil { rule = "quote.previous-speaker" }
            }
            if source == nil, reportedSource == nil, q.words < 6 { continue }
            // Or the person the previous paragraph introduced (`Ada Brisk runs the port.` then a paragraph of her
            // words), when that paragraph named only one.
            var introduced: NounPhrase? = nil
            if source == nil, reportedSource == nil, q.open == segments[q.segment].tokens.lowerBound, q.segment > 0,
               segments[q.segment - 1].paragraph != nil {
                let named = (namesBySegment[Int32(q.segment - 1)] ?? []).filter {
                    !tags[names[$0].start].contains(.quoted)
                        && !tokens[names[$0].end - 1].flags.contains(.possessive)
                }
                if let n = named.last, Set(named.map { names[$0].person }).count == 1 {
                    introduced = NounPhrase(phrase: .person(n), start: names[n].start, end: names[n].end)
                    rule = "quote.introduced-speaker"
                }
            }
            quoteCandidate[qi] = out.count
            lastQuoteCandidate[segmentOf[q.open]] = out.count
            let src = source.map { out[$0] } ?? reportedSource
            out.append(Candidate(kind: .direct, content: q.content, tokens: q.tokens, cueStart: src?.cueStart,
                                 cueEnd: src?.cueEnd, lemma: src?.lemma, phrase: reportedSource?.phrase ?? introduced,
                                 inherit: source, explicitSubject: false,
                                 context: context(q.open, q.close ?? (q.tokens.upperBound - 1)),
                                 rule: src == nil && introduced == nil ? "quote.unattributed" : rule, quote: qi))
        }
        // Participles that follow a direct quote's attribution take its speaker.
        var firstQuoteCandidateByPhrase: [Int: Int] = [:]
        for (c, candidate) in out.enumerated().reversed() where candidate.quote != nil {
            if let p = candidate.phrase { firstQuoteCandidateByPhrase[p.start] = c }
        }
        for r in reported {
            var r = r
            if r.rule.hasSuffix(".participle"), let p = r.phrase, let d = firstQuoteCandidateByPhrase[p.start] {
                r.phrase = nil
                r.inherit = d
            }
            out.append(r)
        }
        return out
    }
}
