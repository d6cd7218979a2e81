/// The speaker of a cue whose words follow it, and how the speaker was found.
struct ForwardSubject {
    var phrase: NounPhrase?
    /// Whether the phrase stands before the cue (`Rubio said`), rather than being the subject of an earlier verb.
    var explicit: Bool
    /// `…, demanding that`, `… and urged`: the cue is a participle or a second verb of the sentence's subject.
    var participle: Bool
}

extension Words {
    /// Forms of `be` before a past participle that make it passive.
    static let passiveAuxiliaries = set(["is", "are", "was", "were", "be", "been", "being"])
}

extension Analysis {
    /// The forward forms: `X said (that) …`, `X criticized …`, `X urged Russia to …`, `…, demanding that …`. The
    /// speaker (``forwardSubject(_:directs:_:)``), then where the words start and the rule that says so
    /// (``forwardStart(_:at:subject:_:)``), then where they end (``forwardEnd(from:subject:_:)``).
    func reportedForward(_ hit: CueHit, directs: [Candidate], _ scan: ReportedScan, into out: inout [Candidate]) {
        let k = hit.start, upper = scan.upper
        // `Trump will announce a new strategy`, `Carr declined to comment`: nothing said yet, or at all.
        var before = k - 1
        if before >= scan.lower, isLyAdverb(before) { before -= 1 }
        if before >= scan.lower, tokens[before].kind == .word, !tokens[before].isCapitalized,
           Words.unsaid.contains(tokens[before].hash) { return }
        // `His rhetoric has been widely condemned as …`, `The plan was criticized by …`: a passive names who was
        // spoken of, not who spoke (but `was telling reporters` is said).
        if before >= scan.lower, !endsWithIng(k), tokens[before].kind == .word,
           Words.passiveAuxiliaries.contains(tokens[before].hash) { return }
        // `"…," Cruz told radio host Mike Gallagher.`: the cue of a quote introduces nothing more.
        if hit.frames.contains(.addressee),
           directs.contains(where: { $0.cueStart == k && $0.tokens.upperBound <= k }) { return }
        guard let subject = forwardSubject(hit, directs: directs, scan) else { return }
        var c = hit.end
        if hit.frames.contains(.addressee), hash(c) != Words.that {
            let addressee = c
            c = skipAddressee(c, upper)
            // `reported.object`: `told his advisers to find a way`: the addressee and what they are told to do.
            if hash(c) == Words.to, c > addressee, c + 1 < upper, tokens[c + 1].kind == .word {
                if let cand = reportedCandidate(.span(addressee, scan.contentEnd), hit, subject.phrase,
                                                explicit: subject.explicit, rule: "reported.object", scan) {
                    out.append(cand)
                }
                return
            }
        }
        guard let (start, rule) = forwardStart(hit, at: skipToClause(c, upper), subject: subject, scan) else { return }
        let end = forwardEnd(from: start, subject: subject.phrase, scan)
        guard start < end else { return }
        // `he said "…"`: the quote is the statement.
        if tokens[start].kind == .quote, let close = firstQuote(in: .span(start + 1, end)), close >= end - 1 { return }
        if subject.phrase != nil,
           let cand = reportedCandidate(.span(start, end), hit, subject.phrase, explicit: subject.explicit,
                                        rule: subject.participle ? "reported.participle" : rule, scan) {
            out.append(cand)
        }
    }

    /// Who says the words after cue `hit`: its object phrase (`quoted X as saying`), the phrase before it, or, for a
    /// participle or a second verb (`, demanding that`, `and urging`, `… and said she would`), the speaker of the
    /// sentence's quote before it, else the sentence's subject. Nil when the cue has none of these.
    func forwardSubject(_ hit: CueHit, directs: [Candidate], _ scan: ReportedScan) -> ForwardSubject? {
        let k = hit.start, lower = scan.lower
        var np = hit.object
        var p = k - 1
        if p >= lower, isLyAdverb(p) { p -= 1 }
        // `…, implicitly criticizing the charges`: a participle after a comma is the sentence's speaker's, not that of
        // the name before the comma.
        // `issued a statement saying …`, `put out a statement saying`: a participle after a speech noun is the
        // subject's too.
        var participle = endsWithIng(k) && p >= lower
            && (endsWithComma(p, lower) || (tokens[p].kind == .word && index.speechNouns.contains(tokens[p].hash)))
        if np == nil, !participle, let s = phrase(endingAt: skipBack(k - 1, lower), lower: lower), !isObjectPronoun(s) {
            // `Cardin wrote to Tillerson on Friday saying …`: the name after a preposition is no subject; the
            // participle is the sentence's (but `with Hans Eichel saying` gives its own).
            if endsWithIng(k), s.start - 1 >= lower, tokens[s.start - 1].kind == .word,
               Words.prepositions.contains(tokens[s.start - 1].hash), tokens[s.start - 1].hash != Words.with_ {
                participle = true
            } else {
                np = s
            }
        }
        if np != nil { return ForwardSubject(phrase: np, explicit: true, participle: false) }
        guard p >= lower, participle || hash(p) == Words.and else { return nil }
        if let d = directs.last(where: { $0.cueStart.map { scan.sentence.contains($0) && $0 < k } ?? false }) {
            np = d.phrase
        } else {
            np = sentenceSubject(lower, k)
        }
        return ForwardSubject(phrase: np, explicit: false, participle: true)
    }

    /// Whether token `p` ends a clause with a comma: the comma itself, or a closing quotation mark with the comma
    /// inside it (`called for respect for the “status quo,” saying …`).
    func endsWithComma(_ p: Int, _ lower: Int) -> Bool {
        isPunct(p, 0x2C) || (tokens[p].kind == .quote && p - 1 >= lower && isPunct(p - 1, 0x2C))
    }

    /// Where the clause after a cue starts, past its setting (`said on Tuesday`), `, that`, an aside between commas
    /// (`said, per a translator, that …`) and a phrase about the saying (`said at an event in Colorado that …`).
    func skipToClause(_ after: Int, _ upper: Int) -> Int {
        var c = skipForward(skipSetting(skipForward(after), upper))
        if isPunct(c, 0x2C), hash(c + 1) == Words.that { c += 1 }
        if isPunct(c, 0x2C), let comma = firstComma(in: .span(c + 2, min(upper - 1, c + 8))),
           hash(comma + 1) == Words.that,
           !Range.span(c + 1, comma).contains(where: { !tokens[$0].isWord || cue(startingAt: $0) != nil }) {
            c = comma + 1
        }
        if c < upper, Words.settingPrepositions.contains(hash(c)) || hash(c) == Words.to,
           let that = Range.span(c + 1, min(upper, c + 12)).first(where: { hash($0) == Words.that }),
           !Range.span(c, that).contains(where: {
               (tokens[$0].kind != .word && !tokens[$0].isPunct(0x2C)) || cue(startingAt: $0) != nil
           }) {
            c = that
        }
        return c
    }

    /// Where the words a cue reports start, at token `c` after it, and the rule that finds them, the first of:
    /// `reported.that-clause` (`said that …`: the complementizer belongs to the content, as PolNeAR marks it),
    /// `reported.naming` (``namingStart(_:at:subject:_:)``), `reported.infinitive` (`urged Russia to …`),
    /// `reported.clause` (`said the fleet would wait`), `reported.evaluation` (`criticized the plan`) and
    /// `reported.object` (`announced a new plan`), each for a cue whose frames allow it.
    func forwardStart(_ hit: CueHit, at c: Int, subject: ForwardSubject, _ scan: ReportedScan) -> (Int, String)? {
        let upper = scan.upper
        if hash(c) == Words.that { return (c, "reported.that-clause") }
        if hit.frames.contains(.naming) {
            return namingStart(hit, at: c, subject: subject, scan).map { ($0, "reported.naming") }
        }
        if hit.frames.contains(.infinitive), hash(c) == Words.to, c + 1 < upper, tokens[c + 1].isWord {
            return (c, "reported.infinitive")
        }
        if hit.frames.contains(.clause), opensClause(c, upper) { return (c, "reported.clause") }
        if hit.frames.contains(.evaluative), c < upper, tokens[c].isWord { return (c, "reported.evaluation") }
        if hit.frames.contains(.object), c < upper, tokens[c].isWord { return (c, "reported.object") }
        return nil
    }

    /// `reported.naming`: `called the plan "a disaster"`, `described it as "reckless"`: only with the words quoted;
    /// without quotes, only after a named speaker (`Sanders called him divisive and …`). After a reflexive
    /// (`described himself as "…"`, `called herself "…"`) the reflexive is what is named.
    func namingStart(_ hit: CueHit, at c: Int, subject: ForwardSubject, _ scan: ReportedScan) -> Int? {
        var c = c
        let upper = scan.upper
        if let r = firstReflexive(in: .span(hit.end, c)) { c = r }
        guard c < upper, tokens[c].isWord,
              Range.span(c, scan.contentEnd).contains(where: { tokens[$0].kind == .quote })
                || (subject.explicit && hit.object == nil && !isPassive(hit.start) && namesSomething(hit.lemma, c, upper))
        else { return nil }
        return c
    }

    /// Where reported words that start at `start` end: at the sentence's end, or before the first of a comma of a
    /// trailing attribution or one that ``closesReported(after:afterQuote:_:)``, `;` or a dash, or a second verb of
    /// the speaker's (`… and likened it to`, `… but said one was`); in a relative clause (`Barkley, who said he votes
    /// Democratic, likes Kasich`), at its comma.
    func forwardEnd(from start: Int, subject np: NounPhrase?, _ scan: ReportedScan) -> Int {
        var end = scan.contentEnd
        if let np, hash(np.start) == Words.who, np.start > scan.lower, isPunct(np.start - 1, 0x2C),
           let comma = firstComma(in: .span(start, scan.contentEnd)) {
            end = comma
        }
        var m = start
        while m < end {
            // A comma may end the content, also inside a quote that it closes (`"…," suggesting he might`).
            if m > start, tokens[m].kind == .quote, isPunct(m - 1, 0x2C), tags[m - 1].contains(.quoted),
               closesReported(after: m + 1, afterQuote: true, end) {
                return m + 1
            }
            // After a quoted phrase, `but` or `and` with a verb is the speaker's next act: `the merger "a terrible
            // deal" and ranked her`, `"sarcasm" but, boy`.
            if m > start, tokens[m].kind == .quote, tags[m - 1].contains(.quoted), m + 2 < end,
               hash(m + 1) == Words.but
                || hash(m + 1) == Words.and && (cue(startingAt: m + 2) != nil || endsWithEd(m + 2) || endsWithIng(m + 2)) {
                return m + 1
            }
            if tags[m].contains(.quoted) { m += 1; continue }
            if isPunct(m, 0x2C), scan.trailingCommas.contains(m)
                || closesReported(after: m + 1, afterQuote: m > start && tokens[m - 1].kind == .quote, end) {
                return m
            }
            // `;` and dashes end the reported content.
            if m > start, isPunct(m, 0x3B) || isPunct(m, 0x97) { return m }
            // `… and likened it to`, `… but said one was`: a second verb of the speaker's, another statement.
            // (`…, and condemns` after a comma more often continues the reported clause itself; `…, and suggested
            // that` does not.)
            if m > start + 2, hash(m) == Words.but || hash(m) == Words.and, m + 1 < end,
               isPunct(m - 1, 0x2C) && hash(m) == Words.and
                ? cue(startingAt: m + 1) != nil && endsWithEd(m + 1)
                : cue(startingAt: m + 1) != nil || Words.coordinatedVerbOpeners.contains(hash(m + 1)) {
                return m > start && isPunct(m - 1, 0x2C) ? m - 1 : m
            }
            m += 1
        }
        return end
    }
}
