extension Analysis {
    /// People who hold no office but speak as what they are, with where they are: `X, a professor at Y`, `Y analyst
    /// X`, `X, a former aide to Z`, `X of the Y Institute`. Each person with no office whose mentions say so gets one:
    /// the kind of person (a speaker noun of `speaker_nouns.tsv`, `professor`, `analyst`, `fellow`, or `affiliate`
    /// when only the institution is given), and the institution, known (`organization`) or as written
    /// (`organizationName`). Names inside quotations are not read.
    mutating func findAffiliations() {
        var found: [Int: Affiliation] = [:]
        // A name inside a quotation (`a larger dose of Trump at the State Department`) is talked about, not described.
        for span in names where persons[span.person].official == nil && !followsOpenQuote(span.start) {
            var a = found[span.person] ?? Affiliation()
            for part in [affiliationBefore(span), affiliationApposed(after: span.end), institution(after: span.end)] {
                guard let part else { continue }
                if a.role == nil { a.role = part.role; a.isFormer = part.isFormer }
                if a.organization == nil, a.organizationName == nil {
                    (a.organization, a.organizationName) = (part.organization, part.organizationName)
                }
                if a.country == nil { a.country = part.country }
            }
            found[span.person] = a
        }
        institutionsOfOfficials()
        countriesOfAppositions()
        courtsOfJudges()
        for (p, a) in found.sorted(by: { $0.key < $1.key }) where a.role != nil || a.hasInstitution {
            let org = a.organization.map { index.lexicon.organizations[$0] }
            persons[p].official = officials.count
            officials.append(Official(
                name: persons[p].name, role: a.role ?? "affiliate", country: a.country ?? org?.country,
                organization: org?.key, organizationName: a.organizationName, isFormer: a.isFormer,
                range: persons[p].first))
        }
    }

    /// Whether token `k` comes after an opening curly quotation mark that its sentence has not closed before it.
    /// (Straight marks are told apart later, with the quotations themselves.)
    func followsOpenQuote(_ k: Int) -> Bool {
        guard sentenceOf[k] >= 0, Int(sentenceOf[k]) < sentences.count else { return false }
        // (An opening mark right before the sentence may have been counted with the one before.)
        let lower = max(0, sentences[Int(sentenceOf[k])].lowerBound - 1)
        for j in stride(from: k - 1, through: lower, by: -1) {
            guard let mark = tokens[j].quoteMark else { continue }
            return mark == .open
        }
        return false
    }

    /// `X, assistant chief constable of Gloucestershire Police,`, `X, director of civil rights group Liberty`: the
    /// institution after an office in an apposition, for officials whose title gave none.
    private mutating func institutionsOfOfficials() {
        for span in names {
            guard let o = persons[span.person].official, officials[o].organization == nil,
                  officials[o].organizationName == nil, span.end < tokens.count, tokens[span.end].isPunct(0x2C) else { continue }
            let end = segment(of: span.end).tokens.upperBound
            var k = span.end + 1
            var titled = false  // the apposition names the office itself, not another or a former one
            while k < end, k - span.end <= 6, tokens[k].kind == .word, hash(k) != Words.former,
                  ![Words.of, Words.at, Words.for_, Words.with_].contains(hash(k)) {
                if let t = office(endingAt: k), index.lexicon.offices[t.payload].role == officials[o].role { titled = true }
                k += 1
            }
            guard titled else { continue }
            // `X, of Torfaen,` may be a place; `X, director of Y` is where the director works.
            guard k < end, let found = institution(after: k, anyName: k > span.end + 1) else { continue }
            if let org = found.organization {
                officials[o].organization = index.lexicon.organizations[org].key
            } else {
                officials[o].organizationName = found.organizationName
            }
        }
    }

    /// `Retired General X, former commander of U.S. Strategic Command,`: the country an apposition's office is of,
    /// for officials whose title gave none; for a retired rank, the former post too, with where it was.
    private mutating func countriesOfAppositions() {
        for span in names {
            guard let o = persons[span.person].official, officials[o].country == nil, officials[o].organization == nil,
                  span.end + 1 < tokens.count, tokens[span.end].isPunct(0x2C) else { continue }
            var k = span.end + 1
            if hash(k) == Words.a || hash(k) == Words.an || hash(k) == Words.the { k += 1 }
            let formerWords = formerPrefix(at: k)
            k += formerWords
            guard let title = office(startingAt: k), title.end < tokens.count, Words.isToAtOf(hash(title.end)) else { continue }
            var m = title.end + 1
            if hash(m) == Words.the { m += 1 }
            guard let e = entity(startingAt: m) else { continue }
            officials[o].country = country(of: e.payload, organizations: true)
            // `retired General X, former commander of U.S. Strategic Command`: the post says more than the rank.
            guard formerWords > 0, officials[o].isFormer, Words.ranks.contains(officials[o].role) else { continue }
            officials[o].role = index.lexicon.offices[title.payload].role
            if case .organization(let org) = e.payload {
                officials[o].organization = index.lexicon.organizations[org].key
            } else if let run = capitalizedRun(from: e.end, end: segment(of: e.start).tokens.upperBound) {
                officials[o].organizationName = text(tokens: m, run.upperBound)
            }
        }
    }

    /// `Judge X said` in a story about `the 9th U.S. Circuit Court of Appeals`: a judge whose title names no court
    /// sits on the court the story is about, the one it names most (the first of those named most), as a reader
    /// takes the judges of a hearing's story to be the hearing court's.
    private mutating func courtsOfJudges() {
        guard officials.contains(where: { Words.judicialRoles.contains($0.role) && $0.organization == nil }) else { return }
        var mentions: [Int: (count: Int, first: Int)] = [:]
        for e in entities {
            guard case .organization(let o) = e.payload else { continue }
            let name = index.lexicon.organizations[o].name
            guard name.hasPrefix("Court ") || name.contains(" Court") else { continue }
            let seen = mentions[o] ?? (0, e.start)
            mentions[o] = (seen.count + 1, min(seen.first, e.start))
        }
        guard let key = mentions.max(by: { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) })?.key
        else { return }
        let court = index.lexicon.organizations[key]
        for i in officials.indices where Words.judicialRoles.contains(officials[i].role) && officials[i].organization == nil
            && officials[i].organizationName == nil && (officials[i].country == nil || officials[i].country == court.country) {
            officials[i].organization = court.key
            if officials[i].country == nil { officials[i].country = court.country }
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
    /// before the name; `The BBC's home affairs correspondent, X,` set before it between commas; `the BBC's X`.
    func affiliationBefore(_ span: NameSpan) -> Affiliation? {
        let start = span.start
        let lower = segment(of: start).tokens.lowerBound
        guard start - 1 >= lower else { return nil }
        if let a = kind(endingAt: start - 1, lower: lower, plural: false) { return a }
        // `former Trump campaign advisers Carter Page, Sam Clovis and J.D. Gordon`: a plural kind before a list.
        if let head = headOfList(endingBefore: start, lower: lower), let a = kind(endingAt: head - 1, lower: lower, plural: true) {
            return a
        }
        if span.end + 1 < tokens.count, tokens[span.end].isPunct(0x2C) || hash(span.end) == Words.and,
           name(startingAt: hash(span.end + 1) == Words.and ? span.end + 2 : span.end + 1) != nil,
           let a = kind(endingAt: start - 1, lower: lower, plural: true) {
            return a
        }
        if tokens[start - 1].isPunct(0x2C), span.end < tokens.count, tokens[span.end].isPunct(0x2C),
           let role = personNoun(endingAt: start - 2) {
            var a = Affiliation(role: role.role)
            modifiers(before: role.start, lower: lower, into: &a)
            return a
        }
        // `The BBC's Paul Reynolds`: an institution's possessive right before the name.
        if tokens[start - 1].flags.contains(.possessive), tokens[start - 1].isCapitalized, name(endingAt: start - 1) == nil {
            if let e = entity(endingAt: start - 1) {
                if case .organization(let o) = e.payload { return Affiliation(organization: o) }
                return nil
            }
            let t = tokens[start - 1]
            if t.baseEnd - t.start >= 2, (t.start..<t.baseEnd).allSatisfy({ bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }) {
                return organization(written: text(tokens: start - 1, start))
            }
        }
        return nil
    }

    /// The kind of person a speaker noun ending at `k` names, with what stands before it: `Brookings analyst`,
    /// `former Trump campaign aide`, `Obama administration official`.
    private func kind(endingAt k: Int, lower: Int, plural: Bool) -> Affiliation? {
        guard k >= lower, let role = personNoun(endingAt: k, plural: plural) else { return nil }
        var a = Affiliation(role: role.role)
        if let (j, team) = teamBefore(endingAt: role.start - 1, lower) {
            a.organizationName = team
            a.isFormer = j >= lower && hash(j) == Words.former
        } else {
            modifiers(before: role.start, lower: lower, into: &a)
        }
        return a
    }

    /// The start of the first name of a list of names (`A, B, C and D`) that ends with a name starting at `start`,
    /// when there is one before it.
    func headOfList(endingBefore start: Int, lower: Int) -> Int? {
        var k = start - 1, head: Int? = nil
        for _ in 0..<8 {
            var sep = k
            if sep >= lower, hash(sep) == Words.and { sep -= 1 }
            if sep >= lower, tokens[sep].isPunct(0x2C) { sep -= 1 }
            guard sep < k, let n = name(endingAt: sep), names[n].start >= lower else { break }
            head = names[n].start
            k = names[n].start - 1
        }
        return head
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
        // `X, of Investec Securities,`, `X, from the Federation of Small Businesses,`
        if let institution = institution(after: end + 1) { return institution }
        // `Vincent Cable, for the Liberal Democrats,`: who speaks for a party.
        if hash(end + 1) == Words.for_ {
            let at = hash(end + 2) == Words.the ? end + 3 : end + 2
            if let e = entity(startingAt: at), case .organization(let o) = e.payload, index.lexicon.organizations[o].kind == "party" {
                return Affiliation(organization: o, country: index.lexicon.organizations[o].country)
            }
        }
        guard let (a, next) = apposedKind(from: end + 1, segEnd: segEnd) else { return nil }
        // `a former federal prosecutor and a law professor at Notre Dame`: what they are now.
        if a.isFormer, hash(next) == Words.and, let (now, _) = apposedKind(from: next + 1, segEnd: segEnd), !now.isFormer,
           hash(next + 1) == Words.a || hash(next + 1) == Words.an {
            return now
        }
        return a
    }

    /// The kind of person an apposition from `start` gives (`a senior fellow with Y`, `president of Y`), with the
    /// token after it.
    private func apposedKind(from start: Int, segEnd: Int) -> (Affiliation, Int)? {
        var k = start
        let determined = hash(k) == Words.a || hash(k) == Words.an || hash(k) == Words.the
        if determined { k += 1 }
        var a = Affiliation()
        if hash(k) == Words.former { a.isFormer = true; k += 1 }
        // Up to six words to the kind of person: `senior`, `Brookings`, `energy`.
        let first = k
        // To the last kind of person of the phrase: `a veteran political analyst` is an analyst.
        while k < segEnd, k - first < 6, personNoun(endingAt: k) == nil || personNoun(endingAt: k + 1) != nil
                || (personNoun(endingAt: k + 2) != nil && tokens[k + 1].kind == .word && !tokens[k + 1].isCapitalized
                    && describes(k + 1)) {
            guard tokens[k].kind == .word, cue(startingAt: k) == nil else { return nil }
            k += 1
        }
        guard k < segEnd, let role = personNoun(endingAt: k),
              !Range.span(start, role.start).contains(where: { Words.notYet.contains(hash($0)) }) else { return nil }
        a.role = role.role
        modifiers(before: role.start, lower: first, into: &a)
        var after = institution(after: k + 1, anyName: true)
        // `director of trading at X`, `deputy head of the natural disasters department at X`: lowercase words between
        // the kind of person and the institution.
        if after == nil, hash(k + 1) == Words.of {
            var j = k + 2
            while j < segEnd, j - k <= 6, tokens[j].kind == .word, !tokens[j].isCapitalized,
                  ![Words.at, Words.with_].contains(hash(j)) {
                j += 1
            }
            if j < segEnd, [Words.at, Words.with_].contains(hash(j)) { after = institution(after: j, anyName: true) }
        }
        if !a.hasInstitution { take(after, into: &a) }
        // Without `a` or `the`, only `X, president of Y` (`X, arms division director at Y`): a kind of person within
        // three words, and an institution or `of`, `at` or `with` after it; not any noun after a comma.
        let linked = after != nil || [Words.of, Words.at, Words.with_].contains(hash(k + 1))
        guard determined || (role.start <= first + 2 && linked) else { return nil }
        var next = k + 1
        if after != nil { while next < segEnd, tokens[next].kind == .word, hash(next) != Words.and { next += 1 } }
        return (a, next)
    }

    /// `X of the Y Institute`, `with the Eurasia Group`: an institution right after `of`, `with` or `from` (and `at`
    /// after a kind of person: `an analyst at UBS`); a place (`of Ohio`) is none. With `anyName` (after a kind of person: `an analyst at UBS`) any
    /// capitalized name that is not a person's is one; else it needs an institution's word (`Group`, `Institute`).
    func institution(after k: Int, anyName: Bool = false) -> Affiliation? {
        // Right after a name, `at` says where they were (`Blair at Welling School`), not where they work.
        guard k < tokens.count, [Words.of, Words.from, Words.with_].contains(hash(k))
                || (anyName && (hash(k) == Words.at || hash(k) == Words.for_))
        else { return nil }
        var first = k + 1
        var described = false
        if hash(first) == Words.the { first += 1 }
        // `of the IMF's European Department`: the institution whose department it is.
        if first < tokens.count, tokens[first].flags.contains(.possessive), tokens[first].isCapitalized,
           entity(startingAt: first) == nil {
            let owner = organization(written: text(tokens: first, first + 1))
            if owner.organization != nil { return owner }
        }
        // `director of civil rights group Liberty`: a few lowercase words that say what the institution is.
        if anyName {
            var m = first
            while m < first + 3, m < tokens.count, tokens[m].kind == .word, !tokens[m].isCapitalized,
                  !Words.determiners.contains(tokens[m].hash), !Words.prepositions.contains(tokens[m].hash) {
                m += 1
            }
            if m > first, m < tokens.count, tokens[m].isCapitalized { first = m; described = true }
        }
        if let e = entity(startingAt: first) {
            if case .organization(let o) = e.payload {
                return index.lexicon.organizations[o].kind == "party" ? nil : Affiliation(organization: o)
            }
            // `the American Chamber of Commerce in China`: a country's name opening an institution's.
            guard anyName, let run = capitalizedRun(from: first, end: segment(of: k).tokens.upperBound), run.upperBound > e.end,
                  [Words.at, Words.with_].contains(hash(k)) || run.contains(where: {
                      Words.institutionHeads.contains(tokens[$0].hash) || Words.institutionWords.contains(tokens[$0].hash)
                  })
            else { return nil }
            // `an official from the Beijing Municipal Commission`: the city's country is the official's.
            return Affiliation(organizationName: text(tokens: first, run.upperBound), country: country(of: e.payload))
        }
        let end = segment(of: k).tokens.upperBound
        let j = capitalizedRun(from: first, end: end)?.upperBound ?? first
        // After `an analyst at`, any name that is not a person's (`UBS`); after a name alone, an institution's.
        let institutional = (first..<j).contains {
            Words.institutionHeads.contains(tokens[$0].hash) || Words.institutionWords.contains(tokens[$0].hash)
        }
        // `with the Woodrow Wilson think tank`: a name its institution's kind follows, whatever its words.
        if !institutional, j < end, let kindEnd = institutionKind(at: j, end: end) {
            return organization(written: text(tokens: first, kindEnd))
        }
        // `leader of Devon county Labour group`: a name that lowercase words go on from is only part of one.
        if !institutional, j < end, tokens[j].kind == .word, !tokens[j].isCapitalized, cue(startingAt: j) == nil,
           !Words.prepositions.contains(tokens[j].hash), hash(j) != Words.and,
           !Words.relativePronouns.contains(tokens[j].hash), !isPastOrIng(j) {
            return nil
        }
        // After `an analyst at` or `with`, a name is an institution's even where it reads as a person's.
        guard j > first, tokens[j - 1].isCapitalized,
              institutional || (anyName && (name(startingAt: first) == nil || [Words.at, Words.with_].contains(hash(k))))
        else { return nil }
        return Affiliation(organizationName: text(tokens: hash(k + 1) == Words.the && !described ? k + 1 : first, j))
    }

    /// The institution or country that ends at token `k` (`Brookings`, `the Eurasia Group`, `U.S.`), put into `a`.
    private func institutionEnding(at k: Int, lower: Int) -> Affiliation? {
        guard k >= lower, tokens[k].kind == .word, tokens[k].isCapitalized else { return nil }
        if let e = entity(endingAt: k) {
            switch e.payload {
            case .organization(let o): return Affiliation(organization: o, country: index.lexicon.organizations[o].country)
            case .country, .place: return Affiliation(country: country(of: e.payload))
            }
        }
        var j = k
        while j > lower, k - j < 4, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized, !isSentenceStart(j - 1),
              !tokens[j - 1].flags.contains(.possessive) {
            j -= 1
        }
        // `the EU's Humanitarian Aid Commissioner`: the possessive institution is whose the post is.
        if j > lower, tokens[j - 1].flags.contains(.possessive) {
            if let e = entity(endingAt: j - 1) {
                if case .organization(let o) = e.payload {
                    return Affiliation(organization: o, country: index.lexicon.organizations[o].country)
                }
            } else if tokens[j - 1].flags.contains(.capitalized) {
                let owner = organization(written: text(tokens: j - 1, j))
                if owner.organization != nil { return owner }
            }
        }
        guard !isSentenceStart(j) || j < k, name(startingAt: j) == nil, office(startingAt: j) == nil else { return nil }
        return organization(written: text(tokens: j, k + 1))
    }

    /// The end of a lowercase noun for an institution at `j` (`think tank`, `group`, `firm`), or nil.
    private func institutionKind(at j: Int, end: Int) -> Int? {
        guard tokens[j].kind == .word, !tokens[j].isCapitalized else { return nil }
        if hash(j) == Words.think, j + 1 < end, hash(j + 1) == Words.tank { return j + 2 }
        return Words.institutionKinds.contains(tokens[j].hash) ? j + 1 : nil
    }

    /// Whether the lowercase word at `j` ends in `-ed` or `-ing` (`Bracewell focused on tax`): a verb going on, not
    /// a noun of the name.
    private func isPastOrIng(_ j: Int) -> Bool {
        let t = tokens[j]
        guard t.baseEnd - t.start > 4 else { return false }
        let b = bytes
        return (b[t.baseEnd - 2] == 0x65 && b[t.baseEnd - 1] == 0x64) || endsWithIng(j)
    }

    /// An institution as written: the gazetteer's of that acronym or name when there is one (the phrase tables miss
    /// a possessive acronym, `BBC's`), else the name as written.
    private func organization(written: String) -> Affiliation {
        let organizations = index.lexicon.organizations
        if let o = organizations.firstIndex(where: { $0.acronym == written || $0.name == written }) {
            return Affiliation(organization: o, country: organizations[o].country)
        }
        return Affiliation(organizationName: written)
    }

    private func take(_ part: Affiliation?, into a: inout Affiliation) {
        guard let part else { return }
        if a.organization == nil, a.organizationName == nil { (a.organization, a.organizationName) = (part.organization, part.organizationName) }
        if a.country == nil { a.country = part.country }
    }

    /// The kind of person a singular speaker noun (with `plural`, a plural one) ending at `k` names (`professor`,
    /// `fellow`), with where it starts; nil for nouns that say nothing of a person's standing (`resident`, `source`).
    func personNoun(endingAt k: Int, plural: Bool = false) -> (role: String, start: Int)? {
        guard let found = plainPersonNoun(endingAt: k, plural: plural) else { return nil }
        // `assistant director of the IMF's European Department`: a rank below the noun's is part of the role.
        let q = found.start - 1
        if q >= 0, tokens[q].kind == .word, !tokens[q].flags.contains(.allCaps), Words.lowerRanks.contains(hash(q)) {
            let rank = text(tokens: q, q + 1).lowercased()
            if !found.role.hasPrefix(rank + " ") { return (rank + " " + found.role, q) }
        }
        return found
    }

    /// ``personNoun(endingAt:)`` without a rank before it.
    private func plainPersonNoun(endingAt k: Int, plural: Bool) -> (role: String, start: Int)? {
        guard k >= 0, k < tokens.count else { return nil }
        // A title that is no speaker noun (`head`, `constable`) is a kind of person too.
        guard nounEnd[k] >= 0 else {
            return plural ? nil : office(endingAt: k).map { (index.lexicon.offices[$0.payload].role, $0.start) }
        }
        let span = nouns[Int(nounEnd[k])]
        guard span.payload.1 == plural else { return nil }
        let noun = index.lexicon.speakerNouns[span.payload.0].singular
        guard !Self.standingless.contains(noun) else { return nil }
        // A noun that is also a title (`director`, `spokesman`) takes the title's role.
        if let o = office(endingAt: k), o.start <= span.start { return (index.lexicon.offices[o.payload].role, o.start) }
        return (noun, span.start)
    }

    /// Speaker nouns that give no standing to a named person.
    static let standingless: Set<String> = [
        "source", "person", "witness", "eyewitness", "bystander", "victim", "survivor", "relative", "neighbor",
        "neighbour", "voter", "resident", "villager", "refugee", "migrant", "supporter", "opponent", "critic", "campaign",
        "colleague", "ally", "authority", "police", "mother", "daughter", "wife", "husband", "brother", "sister", "widow",
        "parent",
    ]
}
