extension Analysis {
    /// People who hold no office but speak as what they are, with where they are: `X, a professor at Y`, `Y analyst
    /// X`, `X, a former aide to Z`, `X of the Y Institute`. Each person with no office whose mentions say so gets one:
    /// the kind of person (a speaker noun of `speaker_nouns.tsv`, `professor`, `analyst`, `fellow`, or `affiliate`
    /// when only the institution is given), and the institution, known (`organization`) or as written
    /// (`organizationName`).
    mutating func findAffiliations() {
        var found: [Int: Affiliation] = [:]
        for span in names where persons[span.person].official == nil {
            var a = found[span.person] ?? Affiliation()
            for part in [affiliationBefore(span.start), affiliationApposed(after: span.end), institution(after: span.end)] {
                guard let part else { continue }
                if a.role == nil { a.role = part.role; a.isFormer = part.isFormer }
                if a.organization == nil, a.organizationName == nil {
                    (a.organization, a.organizationName) = (part.organization, part.organizationName)
                }
                if a.country == nil { a.country = part.country }
            }
            found[span.person] = a
        }
        for (p, a) in found.sorted(by: { $0.key < $1.key }) where a.role != nil || a.hasInstitution {
            let org = a.organization.map { index.lexicon.organizations[$0] }
            persons[p].official = officials.count
            officials.append(Official(
                name: persons[p].name, role: a.role ?? "affiliate", country: a.country ?? org?.country,
                organization: org?.key, organizationName: a.organizationName, isFormer: a.isFormer,
                range: persons[p].first))
        }
    }

    /// What a mention says of a person with no office.
    struct Affiliation {
        var role: String?
        var isFormer = false
        var organization: Int?
        var organizationName: String?
        var country: String?

        var hasInstitution: Bool { organization != nil || organizationName != nil }
    }

    /// `Brookings analyst X`, `Stanford energy researcher X`: an institution or country, then a kind of person, right
    /// before the name.
    func affiliationBefore(_ start: Int) -> Affiliation? {
        let lower = segment(of: start).tokens.lowerBound
        guard start - 1 >= lower, let role = personNoun(endingAt: start - 1) else { return nil }
        var a = Affiliation(role: role.role)
        modifiers(before: role.start, lower: lower, into: &a)
        return a
    }

    /// What stands before a kind of person that starts at `start`: up to two lowercase words (`energy` in `Stanford
    /// energy researcher`), then `former` or an institution or country.
    private func modifiers(before start: Int, lower: Int, into a: inout Affiliation) {
        var k = start - 1
        while k >= lower, start - k <= 2, tokens[k].kind == .word, !tokens[k].isCapitalized, hash(k) != Words.former,
              !Words.determiners.contains(tokens[k].hash), !Words.prepositions.contains(tokens[k].hash),
              hash(k) != Words.and, cue(startingAt: k) == nil {
            k -= 1
        }
        if k >= lower, hash(k) == Words.former { a.isFormer = true; return }
        take(institutionEnding(at: k, lower: lower), into: &a)
    }

    /// `X, a professor at Y,`, `X, a senior fellow with the Y Institute`, `X, a Y analyst`, `X, a former aide to Z`.
    func affiliationApposed(after end: Int) -> Affiliation? {
        let segEnd = segment(of: end - 1).tokens.upperBound
        guard end < segEnd, tokens[end].isPunct(0x2C) else { return nil }
        var k = end + 1
        // `X, of Investec Securities,`, `X, from the Federation of Small Businesses,`
        if let institution = institution(after: k) { return institution }
        let determined = hash(k) == Words.a || hash(k) == Words.an || hash(k) == Words.the
        if determined { k += 1 }
        var a = Affiliation()
        if hash(k) == Words.former { a.isFormer = true; k += 1 }
        // Up to six words to the kind of person: `senior`, `Brookings`, `energy`.
        let first = k
        while k < segEnd, k - first < 6, personNoun(endingAt: k) == nil || personNoun(endingAt: k + 1) != nil {
            guard tokens[k].kind == .word, cue(startingAt: k) == nil else { return nil }
            k += 1
        }
        guard k < segEnd, let role = personNoun(endingAt: k) else { return nil }
        a.role = role.role
        modifiers(before: role.start, lower: first, into: &a)
        // `director of trading at X`: a few lowercase words between the kind of person and the institution.
        var j = k + 1
        if hash(j) == Words.of, j + 1 < segEnd, !tokens[j + 1].isCapitalized, hash(j + 1) != Words.the,
           [Words.at, Words.of, Words.with_].contains(hash(j + 2)) {
            j += 2
        }
        let after = institution(after: j, anyName: true)
        if !a.hasInstitution { take(after, into: &a) }
        // Without `a` or `the`, only `X, president of Y` with its institution: not any noun after a comma.
        guard determined || (role.start == first && after != nil) else { return nil }
        return a
    }

    /// `X of the Y Institute`, `with the Eurasia Group`: an institution right after `of`, `with` or `from` (and `at`
    /// after a kind of person: `an analyst at UBS`); a place (`of Ohio`) is none. With `anyName` (after a kind of person: `an analyst at UBS`) any
    /// capitalized name that is not a person's is one; else it needs an institution's word (`Group`, `Institute`).
    func institution(after k: Int, anyName: Bool = false) -> Affiliation? {
        // Right after a name, `at` says where they were (`Blair at Welling School`), not where they work.
        guard k < tokens.count, [Words.of, Words.from, Words.with_].contains(hash(k)) || (anyName && hash(k) == Words.at)
        else { return nil }
        var first = k + 1
        if hash(first) == Words.the { first += 1 }
        if let e = entity(startingAt: first) {
            guard case .organization(let o) = e.payload, index.lexicon.organizations[o].kind != "party" else { return nil }
            return Affiliation(organization: o)
        }
        var j = first
        let end = segment(of: k).tokens.upperBound
        while j < end, j - first < 7, tokens[j].kind == .word, tokens[j].isCapitalized || (j > first
              && [Words.of, Words.for_, Words.and].contains(hash(j)) && j + 1 < end && tokens[j + 1].isCapitalized) {
            j += 1
        }
        // After `an analyst at`, any name that is not a person's (`UBS`); after a name alone, an institution's.
        let institutional = (first..<j).contains {
            Words.institutionHeads.contains(tokens[$0].hash) || Words.institutionWords.contains(tokens[$0].hash)
        }
        guard j > first, tokens[j - 1].isCapitalized, institutional || (anyName && name(startingAt: first) == nil)
        else { return nil }
        return Affiliation(organizationName: text(tokens: hash(k + 1) == Words.the ? k + 1 : first, j))
    }

    /// The institution or country that ends at token `k` (`Brookings`, `the Eurasia Group`, `U.S.`), put into `a`.
    private func institutionEnding(at k: Int, lower: Int) -> Affiliation? {
        guard k >= lower, tokens[k].kind == .word, tokens[k].isCapitalized else { return nil }
        if let e = entity(endingAt: k) {
            switch e.payload {
            case .organization(let o): return index.lexicon.organizations[o].kind == "party" ? nil : Affiliation(organization: o)
            case .country, .place: return Affiliation(country: country(of: e.payload))
            }
        }
        var j = k
        while j > lower, k - j < 4, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized, !isSentenceStart(j - 1) { j -= 1 }
        guard !isSentenceStart(j) || j < k, name(startingAt: j) == nil, office(startingAt: j) == nil else { return nil }
        return Affiliation(organizationName: text(tokens: j, k + 1))
    }

    private func take(_ part: Affiliation?, into a: inout Affiliation) {
        guard let part else { return }
        if a.organization == nil, a.organizationName == nil { (a.organization, a.organizationName) = (part.organization, part.organizationName) }
        if a.country == nil { a.country = part.country }
    }

    /// The kind of person a singular speaker noun ending at `k` names (`professor`, `fellow`), with where it starts;
    /// nil for nouns that say nothing of a person's standing (`resident`, `source`, `witness`).
    func personNoun(endingAt k: Int) -> (role: String, start: Int)? {
        guard k >= 0, k < tokens.count, nounEnd[k] >= 0 else { return nil }
        let span = nouns[Int(nounEnd[k])]
        guard !span.payload.1 else { return nil }
        let noun = index.lexicon.speakerNouns[span.payload.0].singular
        guard !Self.standingless.contains(noun) else { return nil }
        // A noun that is also a title (`director`, `spokesman`) takes the title's role.
        if let o = office(endingAt: k), o.start == span.start { return (index.lexicon.offices[o.payload].role, span.start) }
        return (noun, span.start)
    }

    /// Speaker nouns that give no standing to a named person.
    static let standingless: Set<String> = [
        "source", "person", "witness", "eyewitness", "bystander", "victim", "survivor", "relative", "neighbor",
        "neighbour", "voter", "resident", "villager", "refugee", "migrant", "supporter", "opponent", "critic", "campaign",
        "colleague", "ally", "authority", "police",
    ]
}
