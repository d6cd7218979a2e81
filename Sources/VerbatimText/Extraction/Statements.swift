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
        let words = Range.span(o + 1, last).reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
        guard words > 0 else { return nil }
        return QuoteSpan(open: o, close: c, tokens: .span(o + 1, end), content: bytes(tokens: o + 1, last),
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
        for k in Range.span(start, q.open) {
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
           let comma = Range.span(s, min(tokens.count, s + 12)).first(where: { tokens[$0].isPunct(0x2C) }) {
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
        // `said Jane Doe "…"`; but no one comes after a participle (`saying the U.S. "…"`).
        if after < o, !endsWithIng(c.start), let np = phrase(startingAt: after), np.end <= o { after = skipForward(np.end) }
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
    /// nominee wrote`. Returns the description without the cue; a name ending it is the speaker (`an angry
    /// Hollande retaliated`).
    func describedPhrase(startingAt p: Int) -> NounPhrase? {
        guard p < tokens.count, Words.speakerDeterminers.contains(hash(p)) else { return nil }
        let upper = segment(of: p).tokens.upperBound
        var k = p + 1
        while k < min(upper, p + 10), tokens[k].isWord, !tags[k].contains(.quoted) {
            if k > p + 1, cue(startingAt: k) != nil || quotedAsSaying(k) != nil {
                if let n = name(endingAt: k - 1), names[n].start > p + 1,
                   Range.span(p + 1, names[n].start).allSatisfy({ !tokens[$0].isCapitalized }) {
                    return NounPhrase(phrase: .person(n), start: p, end: k)
                }
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
        if tokens[e].isPunct(0x28), let close = Range.span(e + 1, min(upper, e + 9)).first(where: { tokens[$0].isPunct(0x29) }) {
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
        // `, the RIA news agency quoted Sergei Lavrov as saying`: whoever quotes them need be no speaker phrase.
        var k = p
        while k < min(p + 7, tokens.count), tokens[k].isWord, !isQuotingVerb(k) { k += 1 }
        if k > p, let q = quotedAsSaying(k), let object = q.object {
            return Attribution(phrase: object, cueStart: k, cueEnd: q.end, lemma: "quote", rule: "quote.trailing-attribution")
        }
        // The phrase at `p`, else a longer description up to a cue (`the Florida senator and Republican presidential
        // candidate said`).
        if let a = attribution(phrase(startingAt: p)) { return a }
        return attribution(describedPhrase(startingAt: p))
    }

    /// `np said`, `np was quoted as saying`: the attribution by speaker phrase `np` when a cue follows it.
    private func attribution(_ np: NounPhrase?) -> Attribution? {
        // `''important to take care of'' the associate's request`: a possessive names no speaker.
        guard let np, !isObjectPronoun(np), !tokens[np.end - 1].flags.contains(.possessive) else { return nil }
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
                // `In line with his fellow voters, Sen. Ann Berg was critical, telling reporters: "…"`: a participle
                // after a comma is the sentence subject's, not that of a phrase before an aside.
                if endsWithIng(k), k - 1 > lower, isPunct(k - 1, 0x2C), let np = sentenceSubject(lower, k - 1) {
                    return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: rule)
                }
                if let np = phrase(endingAt: skipBack(k - 1, lower), lower: lower), !isObjectPronoun(np) {
                    return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: rule)
                }
                // `said Kerry: "…"`; but after `told` comes the addressee, not the speaker.
                if !index.cueFrames[c.payload].contains(.addressee), !endsWithIng(k), let np = phrase(startingAt: skipForward(c.end)),
                   np.end - 1 <= j, !isObjectPronoun(np) {
                    return Attribution(phrase: np, cueStart: k, cueEnd: c.end, lemma: lemma(ofCue: c), rule: rule)
                }
                // `Albright urged women to vote for her, saying, "…"`, `before saying "…"`: the participle's subject
                // is the sentence's.
                if endsWithIng(k), k - 1 > lower, isPunct(k - 1, 0x2C) || Words.participleOpeners.contains(hash(k - 1))
                    || index.speechNouns.contains(hash(k - 1)),
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

    // MARK: - Quotes that are titles

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
}
