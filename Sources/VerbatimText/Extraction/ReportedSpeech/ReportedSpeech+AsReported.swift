extension Analysis {
    /// `reported.as-reported`: `As Western Journalism reported, …` and `As reported by Politico, …`: the rest of the
    /// sentence, said by the source named.
    func reportedAsReported(_ hit: CueHit, _ h: Int, _ scan: inout ReportedScan, into out: inout [Candidate]) {
        let k = hit.start, lower = scan.lower
        var opening = skipLeadingAdverbial(lower)
        // `But as the tabloid noted, …`
        if opening < k, hash(opening) == Words.but || hash(opening) == Words.and { opening += 1 }
        guard k > lower, hash(opening) == Words.as_ || (k - 1 > lower && hash(k - 1) == Words.as_) else { return }
        var np: NounPhrase?
        var after = hit.end
        if hash(after) == Words.by {
            np = phrase(startingAt: after + 1) ?? describedSource(from: after + 1, scan.upper)
        } else if hash(opening) == Words.as_ {
            np = phrase(endingAt: k - 1, lower: opening + 1)
        }
        guard let np else { return }
        if hash(after) == Words.by { after = np.end }
        // `As the tabloid noted in an op-ed Thursday, …`: a few words of where and when before the comma.
        if !isPunct(after, 0x2C), let comma = Range.span(after, min(scan.upper, after + 7)).first(where: { isPunct($0, 0x2C) }),
           Range.span(after, comma).allSatisfy({ tokens[$0].isWord && !tags[$0].contains(.cue) }) {
            after = comma
        }
        guard isPunct(after, 0x2C) else { return }
        scan.done.insert(h)
        if let c = reportedCandidate(.span(after + 1, scan.contentEnd), hit, np, explicit: true,
                                     rule: "reported.as-reported", scan) {
            out.append(c)
        }
    }
}
