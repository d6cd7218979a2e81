extension Analysis {
    /// `reported.as-reported`: `As Western Journalism reported, …` and `As reported by Politico, …`: the rest of the
    /// sentence, said by the source named.
    func reportedAsReported(_ hit: CueHit, _ h: Int, _ scan: inout ReportedScan, into out: inout [Candidate]) {
        let k = hit.start, lower = scan.lower
        let opening = skipLeadingAdverbial(lower)
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
        guard isPunct(after, 0x2C) else { return }
        scan.done.insert(h)
        if let c = reportedCandidate(.span(after + 1, scan.contentEnd), hit, np, explicit: true,
                                     rule: "reported.as-reported", scan) {
            out.append(c)
        }
    }
}
