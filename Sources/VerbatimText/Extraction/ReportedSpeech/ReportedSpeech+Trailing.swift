/// A speaker and cue after what they said: `…, Carter said.`, `…, said Carter.`, `…, BFMTV reported.`
struct TrailingAttribution {
    /// Who spoke.
    var subject: NounPhrase
    /// The first token of the attribution: after it, its comma.
    var start: Int
    /// The token after the attribution.
    var after: Int
}

extension Analysis {
    /// `reported.trailing` and `reported.parenthetical`: a trailing attribution (``trailingAttribution(_:_:)``) says the
    /// words before its comma (`The ferry will not run, Per Vik said.`), or the whole sentence around it when the
    /// sentence goes on after it (`Acts of protest, Mr. Obama said, are acts of patriotism.`). After a short phrase
    /// of setting (`In a statement for this story, an official said: …`) the cue is left to the forward forms.
    func reportedTrailing(_ hit: CueHit, _ h: Int, _ scan: inout ReportedScan, into out: inout [Candidate]) {
        guard let attribution = trailingAttribution(hit, scan) else { return }
        let lower = scan.lower, s = attribution.start, after = attribution.after
        scan.done.insert(h)
        if tokens[s - 1].kind == .quote || (s - 2 >= lower && tokens[s - 2].kind == .quote) { return }  // a quote's
        scan.trailingCommas.insert(s - 1)
        if isPunct(after, 0x2C), after + 1 < scan.contentEnd, tokens[after + 1].isWord, cue(startingAt: after + 1) == nil,
           !endsWithIng(after + 1), !Words.subordinators.contains(hash(after + 1)) {
            if let c = reportedCandidate(.span(lower, scan.contentEnd), hit, attribution.subject, explicit: true,
                                         rule: "reported.parenthetical", scan) {
                out.append(c)
            }
            return
        }
        var first = lower
        while first < s - 1, tokens[first].kind != .word { first += 1 }
        // The cue may still introduce words after it (`On the trail, Cruz describes himself as "…"`).
        if Words.settingOpeners.contains(hash(first)) || hash(first) == Words.and, words(.span(lower, s - 1)) <= 10 {
            scan.done.remove(h)
            scan.trailingCommas.remove(s - 1)
            return
        }
        if let c = reportedCandidate(.span(lower, s - 1), hit, attribution.subject, explicit: true,
                                     rule: "reported.trailing", scan) {
            out.append(c)
        }
    }

    /// The attribution of cue `hit` when it trails what was said: a subject before the cue (or after it, inverted:
    /// `…, said Carter`) right after a comma or a quotation mark, with nothing after the cue but its setting, its
    /// addressee, and the sentence's end, a comma or a subordinate clause. A passive cue attributes nothing (`…, a
    /// Republican who has been mentioned as a choice, said`).
    func trailingAttribution(_ hit: CueHit, _ scan: ReportedScan) -> TrailingAttribution? {
        let k = hit.start, lower = scan.lower, upper = scan.upper
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
        guard let subject = np, !isPassive(k) else { return nil }
        var s = inverted ? k : subject.start
        // `…, the RIA news agency cited Sergei Lavrov as saying`: the attribution starts with who reports it.
        if hit.object != nil, subject.start > k {
            var c = k - 1
            while c > max(lower, k - 8), tokens[c].isWord || isPunct(c, 0x2E) { c -= 1 }
            s = c + 1
        }
        guard s - 1 > lower, isPunct(s - 1, 0x2C) || tokens[s - 1].kind == .quote else { return nil }
        var after = skipForward(inverted ? subject.end : hit.end)
        after = skipForward(skipSetting(after, upper))
        if after < upper, hash(after) == Words.to { after = skipAddressee(after + 1, upper) }
        // `…, Defense Secretary Ash Carter told a Senate panel Wednesday.`
        if after < upper, hit.frames.contains(.addressee), tokens[after].isWord {
            after = skipForward(skipAddressee(after, upper))
            // `… told reporters on a conference call.`
            after = skipForward(skipSetting(after, upper))
            // `… told a briefing in Beijing.`
            if after + 1 < upper, hash(after) == Words.in_ || hash(after) == Words.at {
                let p = hash(after + 1) == Words.the ? after + 2 : after + 1
                if let e = entity(startingAt: p) { after = skipForward(e.end) }
            }
        }
        let ends = after >= upper || isEndPunct(after) || isPunct(after, 0x2C)
            || Words.subordinators.contains(hash(after))
        return ends ? TrailingAttribution(subject: subject, start: s, after: after) : nil
    }
}
