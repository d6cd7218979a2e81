/// All the statements of an article: its quotations, with the attribution each has or the speaker it takes from
/// around it, and its reported speech. Each rule that finds a quotation's speaker is a function of its own, named
/// after the rule id it records.

/// The quotations' statements in the making, shared by the rules that find them.
struct QuoteScan {
    let quotes: [QuoteSpan]
    /// Each quotation's own attribution, when it has one.
    let attributions: [Attribution?]
    /// The statements found so far.
    var out: [Candidate] = []
    /// The statement of each quotation that has one, by quotation.
    var quoteCandidate: [Int: Int] = [:]
    /// The latest statement of a quotation opening in each segment.
    var lastQuoteCandidate: [Int32: Int] = [:]

    /// Adds the statement of quotation `qi`, which opens in segment `segment`.
    mutating func append(_ candidate: Candidate, quote qi: Int, segment: Int32) {
        quoteCandidate[qi] = out.count
        lastQuoteCandidate[segment] = out.count
        out.append(candidate)
    }
}

/// What an unattributed quotation asks of the statements around it, indexed: the reported speech over it, the
/// latest reported speech with a speaker in each segment, the names of each segment, and the next quotation of its
/// segment with an attribution of its own.
struct UnattributedIndex {
    var reportedContents: RangeIndex
    var lastReportedWithPhrase: [Int32: Int] = [:]
    /// The last reported speech with a speaker of each sentence.
    var reportedWithPhraseBySentence: [Int32: Int] = [:]
    var namesBySegment: [Int32: [Int]] = [:]
    var nextAttributed: [Int?]
}

extension Analysis {
    // MARK: - All statements

    /// The statements of the article, from its quotations (see ``findQuotes()``) and its reported speech.
    ///
    /// In order: each quotation's own attribution (``quoteAttributions(_:)``); the statements of the quotations that
    /// have one; reported speech, sentence by sentence (``reportedSpeech(directs:)``); the quotations without one,
    /// which take a speaker from around them (``unattributedQuote(_:_:_:reported:index:previousWithCandidate:)``); and
    /// participles after a quotation's attribution, which take its speaker.
    func candidates(quotes: [QuoteSpan]) -> [Candidate] {
        var scan = QuoteScan(quotes: quotes, attributions: quoteAttributions(quotes))
        for (qi, q) in quotes.enumerated() {
            guard let a = scan.attributions[qi] else { continue }
            scan.append(attributedQuote(qi, q, a, quotes), quote: qi, segment: segmentOf[q.open])
        }
        var reported = reportedSpeech(directs: scan.out)
        let index = unattributedIndex(scan, reported)
        var previousWithCandidate: [Int: Int] = [:]
        for (qi, q) in quotes.enumerated() {
            defer { if scan.quoteCandidate[qi] != nil { previousWithCandidate[q.segment] = qi } }
            guard scan.attributions[qi] == nil else { continue }
            unattributedQuote(qi, q, &scan, reported: &reported, index: index, previousWithCandidate: previousWithCandidate)
        }
        return scan.out + participlesTakeTheQuoteSpeaker(reported, scan.out)
    }

    /// Each quotation's own attribution: after it (`,"` then `Trump said`, also after `?"` or `!"`, or a sentence
    /// that is only the attribution), a dash after it, before it, or a paragraph ending in a colon before it.
    func quoteAttributions(_ quotes: [QuoteSpan]) -> [Attribution?] {
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
        return attributions
    }

    /// The bytes of the sentences from token `a`'s to token `b`'s: a statement's context.
    func statementContext(_ a: Int, _ b: Int) -> Range<Int> {
        bytes(tokens: sentence(of: a).lowerBound, sentence(of: b).upperBound)
    }

    /// The statement of quotation `qi`, which has attribution `a` (the attribution's rule), or
    /// `partial.trailing-attribution`: `Using the tax ''is a misguided approach,'' Mr. Holm said.`, a reported clause
    /// that quotes some words.
    func attributedQuote(_ qi: Int, _ q: QuoteSpan, _ a: Attribution, _ quotes: [QuoteSpan]) -> Candidate {
        let last = max(q.close ?? (q.tokens.upperBound - 1), a.cueEnd - 1)
        var candidate = Candidate(
            kind: .direct, content: q.content, tokens: q.tokens, cueStart: a.cueStart, cueEnd: a.cueEnd,
            lemma: a.lemma, phrase: a.phrase, inherit: nil, explicitSubject: true,
            context: statementContext(min(q.open, a.cueStart), last), rule: a.rule, quote: qi)
        if a.cueStart > q.open, let start = clauseStart(before: q, previousClose: qi > 0 ? quotes[qi - 1].close : nil) {
            candidate.kind = .partial
            // The quoted words keep their marks, as in every partial statement.
            candidate.content = .span(tokens[start].start, q.close.map { tokens[$0].end } ?? q.content.upperBound)
            candidate.tokens = .span(start, q.close.map { $0 + 1 } ?? q.tokens.upperBound)
            candidate.rule = "partial.trailing-attribution"
        }
        return candidate
    }

    /// Reported speech, sentence by sentence in the body, each sentence shown the direct quotes whose cue it holds;
    /// then what overlaps: nothing over a direct quote, nested reported speech (`X said that Y argued that …`) only
    /// when the inner one names its own speaker, and of two that overlap otherwise, the first.
    func reportedSpeech(directs: [Candidate]) -> [Candidate] {
        var directsBySentence: [Int32: [Candidate]] = [:]
        for d in directs { if let c = d.cueStart { directsBySentence[sentenceOf[c], default: []].append(d) } }
        var reported: [Candidate] = []
        var hits: [CueHit] = []
        for (s, sentence) in sentences.enumerated() {
            guard segment(of: sentence.lowerBound).paragraph != nil else { continue }
            self.reported(sentence, directs: directsBySentence[Int32(s)] ?? [], into: &reported, hits: &hits)
        }
        let directContents = RangeIndex(directs.map(\.content))
        for i in reported.indices where directContents.anyOverlaps(reported[i].content) { reported[i].dropped = true }
        func contains(_ a: Candidate, _ b: Candidate) -> Bool {
            a.tokens.lowerBound <= b.tokens.lowerBound && a.tokens.upperBound >= b.tokens.upperBound
        }
        // Two candidates bear on each other only when the tokens from the one's cue through its words overlap the
        // other's: those are the only pairs looked at.
        func span(_ r: Candidate) -> Range<Int> {
            guard let cue = r.cueStart else { return r.tokens }
            return .span(min(r.tokens.lowerBound, cue), max(r.tokens.upperBound, cue + 1))
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
            for j in near where j > i && !reported[j].dropped && !reported[i].dropped {
                let a = reported[i], b = reported[j]
                if a.content.overlaps(b.content), !contains(a, b), !contains(b, a) { reported[j].dropped = true }
            }
        }
        reported.removeAll { $0.dropped }
        return reported
    }

    /// What the unattributed quotations ask of the statements around them (see ``UnattributedIndex``).
    func unattributedIndex(_ scan: QuoteScan, _ reported: [Candidate]) -> UnattributedIndex {
        let quotes = scan.quotes
        var index = UnattributedIndex(reportedContents: RangeIndex(reported.map(\.content)),
                                      nextAttributed: [Int?](repeating: nil, count: quotes.count))
        for (r, c) in reported.enumerated() where c.phrase != nil {
            index.lastReportedWithPhrase[segmentOf[c.tokens.lowerBound]] = r
            index.reportedWithPhraseBySentence[Int32(sentenceOf[c.tokens.lowerBound])] = r
        }
        for n in names.indices { index.namesBySegment[segmentOf[names[n].start], default: []].append(n) }
        // A later quote of the segment has a candidate yet only when it has its own attribution.
        var nextInSegment: [Int: Int] = [:]
        for qi in quotes.indices.reversed() {
            index.nextAttributed[qi] = nextInSegment[quotes[qi].segment]
            if scan.attributions[qi] != nil { nextInSegment[quotes[qi].segment] = qi }
        }
        return index
    }

    /// The statement of quotation `qi`, which has no attribution of its own, by the first rule that finds one:
    /// reported speech around it becomes partial (``partialInReported(_:_:index:)``); `quote.sentence-subject`;
    /// then, for a quotation of four words or more, one that goes on from or into another paragraph, or the second
    /// half of an attributed one, the speaker of a quotation near it (``quoteSource(_:_:_:index:previousWithCandidate:)``),
    /// `quote.previous-speaker` from the previous paragraph's reported speech, `quote.previous-sentence` from the
    /// previous sentence's, `quote.introduced-speaker`, or none
    /// (`quote.unattributed`). A title (`"The Nightly Show"`) is no statement.
    func unattributedQuote(
        _ qi: Int, _ q: QuoteSpan, _ scan: inout QuoteScan, reported: inout [Candidate], index: UnattributedIndex,
        previousWithCandidate: [Int: Int]
    ) {
        if partialInReported(q, &reported, index: index) { return }
        if isTitle(q), !q.continuation, !q.continues { return }
        if let candidate = sentenceSubjectQuote(qi, q) {
            scan.append(candidate, quote: qi, segment: segmentOf[q.open])
            return
        }
        guard q.words >= 4 || q.continuation || q.continues || isSecondHalf(qi, q, scan) else { return }
        var (source, rule) = quoteSource(qi, q, scan, index: index, previousWithCandidate: previousWithCandidate)
        let opensParagraph = q.open == segments[q.segment].tokens.lowerBound && q.segment > 0
            && segments[q.segment - 1].paragraph != nil
        // `quote.previous-speaker`: the speaker of the previous paragraph's reported speech (`Caddell said the race
        // was close.` then a paragraph of his words).
        var reportedSource: Candidate? = nil
        if source == nil, opensParagraph, q.words >= 4 {
            reportedSource = index.lastReportedWithPhrase[Int32(q.segment - 1)].map { reported[$0] }
            if reportedSource != nil { rule = "quote.previous-speaker" }
        }
        // `quote.previous-sentence`: a quotation opening its sentence right after reported speech in the same
        // paragraph (`Mr Howard described it as "very important". "This is from an insider…"`) is that speaker's.
        // It wins over a quotation of the paragraph before that reported speech.
        if reportedSource == nil, q.words >= 4, sentenceOf[q.open] > 0,
           !Range.span(sentence(of: q.open).lowerBound, q.open).contains(where: { tokens[$0].isWord }),
           let r = index.reportedWithPhraseBySentence[Int32(sentenceOf[q.open]) - 1],
           segmentOf[reported[r].tokens.lowerBound] == segmentOf[q.open],
           source.map({ scan.out[$0].tokens.lowerBound < reported[r].tokens.lowerBound }) ?? true {
            source = nil
            reportedSource = reported[r]
            rule = "quote.previous-sentence"
        }
        if source == nil, reportedSource == nil, q.words < 6 { return }
        var introduced: NounPhrase? = nil
        if source == nil, reportedSource == nil, opensParagraph {
            introduced = introducedSpeaker(q, index: index)
            if introduced != nil { rule = "quote.introduced-speaker" }
        }
        let src = source.map { scan.out[$0] } ?? reportedSource
        // A quotation that goes on from the sentence before has it in its context: what it is about is said there.
        let from = rule == "quote.previous-sentence" ? reportedSource.map { $0.tokens.lowerBound } ?? q.open : q.open
        scan.append(Candidate(kind: .direct, content: q.content, tokens: q.tokens, cueStart: src?.cueStart,
                              cueEnd: src?.cueEnd, lemma: src?.lemma, phrase: reportedSource?.phrase ?? introduced,
                              inherit: source, explicitSubject: false,
                              context: statementContext(from, q.close ?? (q.tokens.upperBound - 1)),
                              rule: src == nil && introduced == nil ? "quote.unattributed" : rule, quote: qi),
                    quote: qi, segment: segmentOf[q.open])
    }

    /// `partial.*`: reported speech whose words hold quotation `q` becomes partial (`reported.clause` →
    /// `partial.clause`). Whether it did.
    func partialInReported(_ q: QuoteSpan, _ reported: inout [Candidate], index: UnattributedIndex) -> Bool {
        guard let r = index.reportedContents.spanning(atMost: q.content.lowerBound, atLeast: q.content.upperBound - 1)
            .min() else { return false }
        reported[r].kind = .partial
        if reported[r].rule.hasPrefix("reported.") { reported[r].rule = "partial." + reported[r].rule.dropFirst(9) }
        return true
    }

    /// `quote.sentence-subject`: a quotation of four words or more inside a sentence whose subject said it
    /// (`Sanders credited the win to "…"`).
    func sentenceSubjectQuote(_ qi: Int, _ q: QuoteSpan) -> Candidate? {
        guard q.words >= 4, let np = embeddingSubject(q) else { return nil }
        return Candidate(kind: .direct, content: q.content, tokens: q.tokens, cueStart: nil, cueEnd: nil,
                         lemma: nil, phrase: np, inherit: nil, explicitSubject: true,
                         context: statementContext(np.start, q.close ?? (q.tokens.upperBound - 1)),
                         rule: "quote.sentence-subject", quote: qi)
    }

    /// Whether quotation `qi` is the second half of the attributed one before it: `"Here it is," she said. "At
    /// last."` It opens its sentence: a short quote inside one is a scare quote (`a set of 27 "at-large" delegates`).
    func isSecondHalf(_ qi: Int, _ q: QuoteSpan, _ scan: QuoteScan) -> Bool {
        let quotes = scan.quotes
        return qi > 0 && quotes[qi - 1].segment == q.segment && scan.quoteCandidate[qi - 1] != nil
            && quotes[qi - 1].close.map { Int(sentenceOf[q.open]) - Int(sentenceOf[$0]) <= 1 } == true
            && !Range.span(sentence(of: q.open).lowerBound, q.open).contains { tokens[$0].isWord }
    }

    /// The statement whose speaker quotation `qi` takes, and the rule: `quote.continued-paragraph` (pieces of one
    /// quote running over several paragraphs), `quote.same-paragraph` (the nearest quotation of its paragraph with
    /// a statement: before it, else the next one attributed), or `quote.previous-speaker` (a paragraph that is only a
    /// quote goes on from the previous paragraph's quoted speaker). Nil and `quote.same-paragraph` when none.
    func quoteSource(
        _ qi: Int, _ q: QuoteSpan, _ scan: QuoteScan, index: UnattributedIndex, previousWithCandidate: [Int: Int]
    ) -> (Int?, String) {
        let quotes = scan.quotes
        if q.continuation || q.continues {
            var k = qi
            while k > 0, quotes[k].continuation { k -= 1 }
            var m = k
            while m < quotes.count {
                if let c = scan.quoteCandidate[m], scan.out[c].inherit == nil { return (c, "quote.continued-paragraph") }
                if !quotes[m].continues { break }
                m += 1
            }
        }
        if let b = previousWithCandidate[q.segment] ?? index.nextAttributed[qi], let c = scan.quoteCandidate[b] {
            return (c, "quote.same-paragraph")
        }
        let prevSeg = q.segment - 1
        if q.open == segments[q.segment].tokens.lowerBound, q.words >= 4, prevSeg >= 0,
           segments[prevSeg].paragraph != nil, let c = scan.lastQuoteCandidate[Int32(prevSeg)] {
            return (c, "quote.previous-speaker")
        }
        return (nil, "quote.same-paragraph")
    }

    /// `quote.introduced-speaker`: the person the previous paragraph introduced (`Ada Brisk runs the port.` then a
    /// paragraph of her words), when that paragraph named only one.
    func introducedSpeaker(_ q: QuoteSpan, index: UnattributedIndex) -> NounPhrase? {
        let named = (index.namesBySegment[Int32(q.segment - 1)] ?? []).filter {
            !tags[names[$0].start].contains(.quoted) && !tokens[names[$0].end - 1].flags.contains(.possessive)
        }
        guard let n = named.last, Set(named.map { names[$0].person }).count == 1 else { return nil }
        return NounPhrase(phrase: .person(n), start: names[n].start, end: names[n].end)
    }

    /// Reported speech, with participles that follow a direct quote's attribution taking its speaker.
    func participlesTakeTheQuoteSpeaker(_ reported: [Candidate], _ out: [Candidate]) -> [Candidate] {
        var firstQuoteCandidateByPhrase: [Int: Int] = [:]
        for (c, candidate) in out.enumerated().reversed() where candidate.quote != nil {
            if let p = candidate.phrase { firstQuoteCandidateByPhrase[p.start] = c }
        }
        return reported.map { r in
            var r = r
            if r.rule.hasSuffix(".participle"), let p = r.phrase, let d = firstQuoteCandidateByPhrase[p.start] {
                r.phrase = nil
                r.inherit = d
            }
            return r
        }
    }
}
