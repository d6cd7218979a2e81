extension Analysis {
    /// `reported.asked`: `Asked about the charges, Rubio said …`, `…, he said when asked whether …`: the question put
    /// to the speaker, asked by someone unnamed.
    func reportedAsked(_ hit: CueHit, _ h: Int, _ scan: inout ReportedScan, into out: inout [Candidate]) {
        let lower = scan.lower
        let opening = hit.start == skipLeadingAdverbial(lower) && tokens[hit.start].isCapitalized
        let when = hit.start > lower && Words.askOpeners.contains(hash(hit.start - 1))
        guard opening || when, hit.end < scan.upper, Words.questionOpeners.contains(hash(hit.end)) else { return }
        let comma = firstComma(in: .span(hit.end, scan.contentEnd))
        guard let end = comma ?? (when ? scan.contentEnd : nil) else { return }
        scan.done.insert(h)
        if let c = reportedCandidate(.span(hit.end, end), hit, nil, explicit: false, rule: "reported.asked", scan) {
            out.append(c)
        }
    }
}
