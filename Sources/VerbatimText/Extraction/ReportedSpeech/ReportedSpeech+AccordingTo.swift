extension Analysis {
    /// `reported.according-to`: `According to X, …` (the rest of the sentence) and `…, according to X` (what comes
    /// before the comma).
    func reportedAccordingTo(_ hit: CueHit, _ h: Int, _ scan: inout ReportedScan, into out: inout [Candidate]) {
        let k = hit.start, lower = scan.lower
        guard let np = phrase(startingAt: hit.end) ?? describedSource(from: hit.end, scan.upper) else { return }
        scan.done.insert(h)
        var lead = lower
        while lead < k, tokens[lead].kind == .punct || hash(lead) == Words.but || hash(lead) == Words.and { lead += 1 }
        let rule = "reported.according-to"
        if lead == k {
            var s = np.end
            if isPunct(s, 0x2C) { s += 1 }
            if let c = reportedCandidate(.span(s, scan.contentEnd), hit, np, explicit: true, rule: rule, scan) {
                out.append(c)
            }
        } else if isPunct(k - 1, 0x2C) {
            scan.trailingCommas.insert(k - 1)
            if let c = reportedCandidate(.span(lower, k - 1), hit, np, explicit: true, rule: rule, scan) {
                out.append(c)
            }
        }
    }
}
