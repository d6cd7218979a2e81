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
           let comma = Range.span(s, min(tokens.count, s + 9)).first(where: { tokens[$0].isPunct(0x2C) }) {
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
            return bytes(tokens: s1.lowerBound, s2.upperBound)
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
                candidate.content = .span(tokens[start].start, q.close.map { tokens[$0].end } ?? q.content.upperBound)
                candidate.tokens = .span(start, q.close.map { $0 + 1 } ?? q.tokens.upperBound)
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
                && !Range.span(sentence(of: q.open).lowerBound, q.open).contains { tokens[$0].isWord }
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
