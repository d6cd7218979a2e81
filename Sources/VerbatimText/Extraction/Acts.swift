/// Statement acts: what each statement does (`data/acts.tsv`), read from its cue and its words, and at whom.

extension Analysis {
    /// The mentions (in text order) that start inside `bytes`, found by binary search.
    static func mentions(_ mentions: [Mention], startingIn bytes: Range<Int>) -> ArraySlice<Mention> {
        func firstAtOrAfter(_ offset: Int) -> Int {
            var lo = 0, hi = mentions.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if mentions[mid].range.lowerBound < offset { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return mentions[firstAtOrAfter(bytes.lowerBound)..<firstAtOrAfter(bytes.upperBound)]
    }

    /// The acts of candidate `c`, the main act first.
    ///
    /// A cue with an act of its own (`criticized`, `demanding`) gives the main act; words inside the statement
    /// (`condemns`, `hopeful`, `unacceptable`) add theirs, in order; a corrective denial (`It is not an escalation
    /// but …`) is a denial. With none of these the act is the cue's neutral one (`say`). An act's target is the person,
    /// country or organization named right after the word that shows it; failing that, the one the statement is said
    /// of (`he said of Churkin`).
    func acts(_ c: Candidate, mentions: [Mention]) -> [StatementAct] {
        let lexicon = index.lexicon
        let speakerRange = c.speaker?.mention
        var out: [StatementAct] = []

        // The first person, country or organization within four words after token `k` (`criticized the Russian
        // campaign`, `demanding that Russia stop`), before any comma or sentence end.
        func target(after k: Int) -> Mention? {
            var e = k, words = 0
            while e < min(end, tokens.count), words < 4, tokens[e].kind != .punct {
                if tokens[e].isWord { words += 1 }
                e += 1
            }
            guard e > k else { return nil }
            return Self.mentions(mentions, startingIn: bytes(tokens: k, e)).first {
                $0.kind != .place && !(speakerRange?.overlaps($0.range) ?? false)
            }
        }
        func add(_ act: Int, target: Mention?, origin: StatementAct.Origin) {
            let a = lexicon.acts[act]
            guard !out.contains(where: { $0.act == a.act }) else { return }
            out.append(StatementAct(act: a.act, cameo: a.cameo, target: target, origin: origin))
        }

        // `he said of Churkin`: whom the whole statement is about.
        var about: Mention? = nil
        if let e = c.cueEnd, e + 1 < tokens.count, hash(e) == Words.of {
            about = Self.mentions(mentions, startingIn: .span(tokens[e + 1].start, tokens[e + 1].start + 1)).first {
                $0.kind != .place
            }
        }
        let cueAct = c.lemma.flatMap { index.cueActs[$0] }
        let end = c.tokens.upperBound
        if let a = cueAct, !lexicon.acts[a].isNeutral {
            let after = c.cueEnd.map { max($0, c.tokens.lowerBound) } ?? c.tokens.lowerBound
            add(a, target: target(after: after) ?? about, origin: .cue)
        }
        // (The word sets in locals: a static is reached through a lazy-initialization check at every use.)
        let negations = Words.negations, negatedCopulas = Words.negatedCopulas, beForms = Words.beForms
        var k = c.tokens.lowerBound
        var negated = false
        while k < end {
            guard tokens[k].isWord else { k += 1; continue }
            // A copula's negation (`It is not …`, `This isn't …`), not any `not`: `I do not see …, but` denies nothing.
            if negations.contains(tokens[k].hash),
               negatedCopulas.contains(tokens[k].hash) || (k > c.tokens.lowerBound && beForms.contains(hash(k - 1))) {
                negated = true
            }
            // `It is not a Russian escalation but intensified efforts`: the statement denies what it names first.
            if negated, hash(k) == Words.but, let deny = index.actIndex["deny"] {
                add(deny, target: about, origin: .words)
                negated = false
            }
            if let slot = index.slots(startingWith: tokens[k].hash)?.actWords, slot >= 0,
               let m = index.actWords.match(tokens.elements, k, end, slot: Int(slot)) {
                // `I don't blame China`, `did not condemn`: a negated act word is not that act; `should they begin`
                // is a condition, not a call.
                let negatedWord = Range.span(max(c.tokens.lowerBound, k - 2), k).contains { negations.contains(tokens[$0].hash) }
                    || (k > c.tokens.lowerBound && negatedCopulas.contains(tokens[k - 1].hash))
                let inverted = k + m.length < end && Words.subjectPronouns.contains(tokens[k + m.length].hash)
                    && Words.modalVerbs.contains(tokens[k].hash)
                // `Welcome to the Philippines!` greets.
                let greeting = m.length == 1 && k + 1 < end && tokens[k].isCapitalized && hash(k + 1) == Words.to
                if negatedWord || inverted || greeting {
                    k += m.length
                    continue
                }
                add(m.payload, target: target(after: k + m.length) ?? about, origin: .words)
                k += m.length
                continue
            }
            k += 1
        }
        // `"He needs to look at the facts," she said of Orlov`: telling off someone absent, said of them, criticizes them.
        if let about, let first = out.first, first.act == "urge" || first.act == "demand",
           Words.pronounsSingular.contains(tokens[c.tokens.lowerBound].hash)
            || Words.pronounsPlural.contains(tokens[c.tokens.lowerBound].hash),
           let criticize = index.actIndex["criticize"] {
            out[0] = StatementAct(act: "criticize", cameo: lexicon.acts[criticize].cameo, target: about, origin: .words)
        }
        if out.isEmpty, let a = cueAct ?? index.actIndex["say"] {
            let act = lexicon.acts[a]
            out.append(StatementAct(act: act.act, cameo: act.cameo, target: about, origin: cueAct == nil ? .default : .cue))
        }
        return out
    }
}
