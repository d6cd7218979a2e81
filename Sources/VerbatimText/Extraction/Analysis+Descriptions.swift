extension Analysis {
    // MARK: - Descriptions

    /// How the article describes each person, gathered from every mention of their name: the words before the name
    /// that qualify it (`Brookings analyst`, `Syrian defector`, `Secretary of State`) and an apposition after it
    /// (`, a senior fellow at the Brookings Institution,`), each once, joined by `; `. Nil for a person the article
    /// describes nowhere. Indexed by person.
    func personDescriptions() -> [String?] {
        var parts = [[String]](repeating: [], count: persons.count)
        for span in names where span.person < persons.count {
            // `a larger dose of Trump at the State Department`, in someone's words, places no one there.
            let placed = followsOpenQuote(span.start) ? nil : affiliation(after: span.end)
            for part in [premodifier(before: span.start), appositionBefore(span.start), apposition(describing: span), placed] {
                guard let part, !parts[span.person].contains(part), parts[span.person].count < 6 else { continue }
                parts[span.person].append(part)
            }
        }
        return parts.map { $0.isEmpty ? nil : Self.withAcronyms($0.joined(separator: "; ")) }
    }

    /// `description` with the acronym of each name of three or more capitalized words in it, which readers use
    /// for the institution (`the International Institute for Strategic Studies` → `IISS`).
    static func withAcronyms(_ description: String) -> String {
        var acronyms: [String] = []
        var initials = ""
        func flush() {
            if initials.count >= 3, !acronyms.contains(initials) { acronyms.append(initials) }
            initials = ""
        }
        for part in description.split(separator: ";") {
            for word in part.split(whereSeparator: { $0 == " " || $0 == "," }) {
                if let first = word.unicodeScalars.first, first.properties.isUppercase, word.count > 1,
                   !["Mr", "Mrs", "Ms", "Dr"].contains(word) {
                    initials.unicodeScalars.append(first)
                    if word.hasSuffix("'s") || word.hasSuffix("’s") { flush() }
                } else if !["of", "for", "and", "on", "the"].contains(word) {
                    flush()
                }
            }
            flush()
        }
        return acronyms.isEmpty ? description : description + " (" + acronyms.joined(separator: ", ") + ")"
    }

    /// `Mujtaba Rahman of the Eurasia Group`: the institution right after a name, by `of`, `with`, `at` or `from`.
    func affiliation(after end: Int) -> String? {
        guard end < tokens.count, tokens[end].kind == .word, [Words.of, Words.at, Words.from].contains(hash(end))
                || tokens[end].hash == Words.with_ else { return nil }
        var k = end + 1
        if hash(k) == Words.the { k += 1 }
        let first = k
        while k < tokens.count, k - first < 8, tokens[k].kind == .word,
              tokens[k].isCapitalized || (k > first && [Words.of, Words.for_, Words.and].contains(hash(k))
                                          && tokens[k + 1].isCapitalized) {
            k += 1
        }
        guard k > first, entity(startingAt: first) != nil || k - first >= 2 else { return nil }
        return text(tokens: end, k)
    }

    /// The words right before a name that qualify it, up to six: capitalized words and lowercase nouns, `of` between
    /// capitalized words (`Secretary of State`); not a determiner, preposition, verb of saying or other function word.
    func premodifier(before start: Int) -> String? {
        let lower = segment(of: start).tokens.lowerBound
        var k = start - 1
        while k >= lower, start - k <= 6, describes(k) || (hash(k) == Words.of && k > lower && tokens[k - 1].isCapitalized
                                                            && tokens[k + 1].isCapitalized) {
            k -= 1
        }
        // `the Economist Intelligence Unit's Mr Hensel`: the form of address is not what describes them.
        let address = Int(honorificEnd[start - 1])
        let head = address >= 0 && address < honorifics.count ? honorifics[address].start - 1 : start - 1
        guard k + 1 <= head, hash(k + 1) != Words.of, namesSomeone(head) else { return nil }
        return text(tokens: k + 1, start)
    }

    /// `Norway's ambassador to Britain, Per Vik, said`: a title set before a name between commas, from the start of
    /// its clause, up to twelve words, when it names an office or a kind of person.
    func appositionBefore(_ start: Int) -> String? {
        let comma = start - 1
        guard comma > 0, tokens[comma].isPunct(0x2C) else { return nil }
        let lower = segment(of: start).tokens.lowerBound
        var k = comma - 1
        while k >= lower, comma - k <= 12, tokens[k].kind == .word || tokens[k].kind == .number, cue(startingAt: k) == nil {
            k -= 1
        }
        let first = k + 1
        guard first < comma, k < lower || tokens[k].kind == .punct,
              Range.span(first, comma).contains(where: { tags[$0].contains(.office) || tags[$0].contains(.noun) })
        else { return nil }
        return described(from: first, to: comma, person: name(startingAt: start).map { names[$0].person })
    }

    /// The words of a description from `first` to `end`, with an opening `his` or `her` given as the person it stands
    /// for (`her senior policy adviser` → `Hillary Clinton's senior policy adviser`): the nearest person named before
    /// it in the last three paragraphs, other than the one described, of the pronoun's gender, else of a gender not
    /// known.
    func described(from first: Int, to end: Int, person: Int?) -> String {
        let h = hash(first)
        guard h == Words.his || h == Words.her, first + 1 < end else { return text(tokens: first, end) }
        let gender: UInt8 = h == Words.his ? 1 : 2
        let segment = Int(segmentOf[first])
        var low = 0, high = names.count  // the first name starting at `first` or later
        while low < high {
            let middle = (low + high) / 2
            if names[middle].start < first { low = middle + 1 } else { high = middle }
        }
        // One of the pronoun's gender first, else one whose gender is unknown.
        for wanted in [gender, 0] {
            var n = low - 1
            while n >= 0, segment - Int(segmentOf[names[n].start]) <= 3 {
                let p = names[n].person
                if p != person, p < persons.count, persons[p].gender == wanted {
                    return persons[p].name + "'s " + text(tokens: first + 1, end)
                }
                n -= 1
            }
        }
        return text(tokens: first, end)
    }

    /// Whether the word at `k`, right before a name, says what the person is: a title, an institution or country
    /// (`Brookings`), or a speaker noun of `speaker_nouns.tsv` (`analyst`, `defector`, `aide`).
    func namesSomeone(_ k: Int) -> Bool {
        office(endingAt: k) != nil || entity(endingAt: k) != nil || nounEnd[k] >= 0 || tokens[k].flags.contains(.possessive)
    }

    /// Whether the word at `k` can be part of a description before a name: a capitalized word or a lowercase noun or
    /// adjective, not a function word, a verb of saying, an adverb in -ly or a past form.
    func describes(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.kind == .word, cue(startingAt: k) == nil, !Words.determiners.contains(t.hash),
              !Words.prepositions.contains(t.hash), !Words.subjectPronouns.contains(t.hash), t.hash != Words.and,
              !Words.clauseBreakers.contains(t.hash), !Words.beForms.contains(t.hash) else { return false }
        if t.isCapitalized { return !isSentenceStart(k) || office(startingAt: k) != nil || entity(startingAt: k) != nil }
        return !isLyAdverb(k) && !endsWithIng(k, longerThan: 5) && (Words.titleModifiers.contains(t.hash) || narrowsTitle(k))
    }

    /// An apposition after a name between commas, as news gives a speaker's standing: `X, a senior fellow at the
    /// Brookings Institution,`, `X, Russia's foreign minister, said`, `X, the group's spokeswoman.` Up to twenty
    /// words, opening with a determiner, a possessive, `former`, a title or a capitalized name; not a list of names.
    /// A relative clause counts when its verb says what the person does or is (`X, who heads the committee,`).
    func apposition(describing span: NameSpan) -> String? {
        let comma = span.end
        guard comma < tokens.count, tokens[comma].isPunct(0x2C), segmentOf[comma] == segmentOf[span.end - 1] else { return nil }
        let first = comma + 1
        let end = segment(of: comma).tokens.upperBound
        guard first < end, tokens[first].kind == .word, name(startingAt: first) == nil else { return nil }
        let h = hash(first)
        // `Huxley, of the International Institute for Strategic Studies.`
        if [Words.of, Words.at, Words.from].contains(h) || tokens[first].hash == Words.with_ {
            return affiliation(after: first)
        }
        // `Ali Kareem, who heads Iraq's High Committee for Human Rights,`: what the person does or is.
        if h == Words.who, first + 1 < end, Words.standingVerbs.contains(hash(first + 1)) {
            let start = Words.beForms.contains(hash(first + 1)) ? first + 2 : first + 1
            return start < end ? appositionText(from: start, before: end) : nil
        }
        let opens = h == Words.a || h == Words.an || h == Words.the || h == Words.former || h == Words.another
            || Words.possessivePronouns.contains(h) || tokens[first].flags.contains(.possessive)
            || office(startingAt: first) != nil || entity(startingAt: first) != nil
        // `Alex Wolf, senior emerging markets economist at Aberdeen Standard Investments,`, `Ben Cardin, ranking
        // Democrat on the Senate Foreign Relations Committee,`: lowercase words with a kind of person or an institution.
        guard opens || !tokens[first].isCapitalized, let last = appositionEnd(from: first, before: end),
              opens || Range.span(first, last).contains(where: {
                  if nounEnd[$0] >= 0 { return true }
                  if let e = entity(endingAt: $0), case .organization = e.payload { return true }
                  return false
              })
        else { return nil }
        return described(from: first, to: last, person: span.person)
    }

    /// The words of an apposition from `first`, up to twenty, when they end where the sentence goes on (a comma,
    /// the segment's `end`, a quotation mark or the verb of saying); nil when a clause runs on.
    func appositionText(from first: Int, before end: Int) -> String? {
        appositionEnd(from: first, before: end).map { text(tokens: first, $0) }
    }

    /// Where the words of an apposition from `first` end (see ``appositionText(from:before:)``).
    func appositionEnd(from first: Int, before end: Int) -> Int? {
        var k = first
        // (`an adviser to Mr. Moe`: the period of a form of address goes on.)
        while k < end, k - first < 20, tokens[k].kind == .word || tokens[k].kind == .number || tokens[k].isPunct(0x2D)
                || (tokens[k].isPunct(0x2E) && k > first && tags[k - 1].contains(.honorific) && k + 1 < end
                    && tokens[k + 1].isCapitalized),
              cue(startingAt: k) == nil, k == first || !Words.clauseBreakers.contains(hash(k)), !Words.relativePronouns.contains(hash(k)) {
            k += 1
        }
        guard k > first, k >= end || tokens[k].kind == .punct || tokens[k].kind == .quote || cue(startingAt: k) != nil
        else { return nil }
        return k
    }
}

extension Words {
    static let with_ = Hash.of("with")
    static let another = Hash.of("another")
    /// Words that open a relative clause after a name's apposition.
    static let relativePronouns = set(["who", "whom", "whose", "which", "that", "where"])
    /// Verbs of a relative clause after a name that say what the person does or is (`X, who heads the committee,`).
    static let standingVerbs = set(["heads", "leads", "chairs", "runs", "directs", "oversees", "advises", "represents",
                                    "is", "was"])
}
