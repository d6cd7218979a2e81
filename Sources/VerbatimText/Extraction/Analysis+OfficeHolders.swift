extension Analysis {
    /// Gives each person the article names the office a known holder of that name held on the article's day
    /// (`office_holders.tsv`).
    ///
    /// - A person with no title takes the holder's office.
    /// - A title that agrees with the holder's office (the same role, a word of it such as `Minister` for `foreign
    ///   minister`, or a title of the same kind such as `Foreign Secretary` for a foreign minister, and no other
    ///   country) takes what it leaves out: the country, the organization, and the fuller role of a bare word.
    /// - A title that disagrees stays as written: people change jobs, and the list can be behind.
    /// - A former office (`the former chief executive of Exxon Mobil`) gives way to the office held on the day.
    ///
    /// A person named by a lone word (`Goldsmith`, `Lou`) is a holder of that family name only when one holder fits:
    /// in office on the day, of a country or organization the article names, and agreeing with the title if there
    /// is one. Such a person then takes the holder's full name, and is the same person as the holder's full name
    /// earlier in the article. An article with no day takes a holder only through a title that agrees with one of
    /// the name's offices (for a lone family name, also an office the article names elsewhere), and when all such
    /// offices are one: a name alone could be any year's. A full name with no title in such an article takes the
    /// one office the list knows it for, when that is an organization's and the article names the organization.
    mutating func applyOfficeHolders() {
        guard !index.holders.isEmpty, !persons.isEmpty else { return }
        let day = article.publishedOn.flatMap { Lexicon.day($0, last: false) }
        var byHolderName: [String: Int] = [:]
        for p in persons.indices {
            let single = persons[p].hashes.count == 1
            guard let h = holder(of: p, on: day, byFamilyName: single) else { continue }
            let holder = index.lexicon.officeHolders[h]
            if single {
                // `Lou said` after `Lou Jiwei`: one person.
                if let earlier = byHolderName[holder.name], earlier != p {
                    for n in names.indices where names[n].person == p { names[n].person = earlier }
                    continue
                }
                persons[p].name = holder.name
            }
            if byHolderName[holder.name] == nil { byHolderName[holder.name] = p }
            if let o = persons[p].official, !officials[o].isFormer {
                officials[o] = officials[o].completed(by: holder, name: persons[p].name)
                // `Republican President X`: the party is the holder's, not the office's.
                if let key = officials[o].organization, key != holder.organization,
                   index.lexicon.organizations.first(where: { $0.key == key })?.kind == "party" {
                    officials[o].organization = holder.organization
                }
            } else {
                // No title, or only a former office (`Tillerson, the former chief executive of Exxon Mobil`): the
                // office held on the day is the one a speaker speaks in.
                persons[p].official = officials.count
                officials.append(Official(name: persons[p].name, role: holder.role, country: holder.country,
                                          organization: holder.organization, range: persons[p].first))
            }
            // The SEC's chair serves the United States: a national body's office has the body's country.
            if let o = persons[p].official, officials[o].country == nil, let key = officials[o].organization {
                officials[o].country = index.lexicon.organizations.first(where: { $0.key == key })?.country
            }
        }
    }

    /// The holder (index into `Lexicon.officeHolders`) that person `p` is, or nil when none or several fit.
    private func holder(of p: Int, on day: String?, byFamilyName: Bool) -> Int? {
        let person = persons[p]
        let written = person.official.map { officials[$0] }
        let title = written.flatMap { $0.isFormer ? nil : $0 }
        // `former Prime Minister X`: the article says the office is no longer held, whatever the list says.
        let formerly = written.flatMap { $0.isFormer ? $0 : nil }
        var candidates = index.holders.named(person.hashes)
        if candidates.isEmpty, byFamilyName, let family = person.hashes.first {
            // The lone word, or `Lord Goldsmith` when a form of address stands before it.
            candidates = index.holders.withFamilyName(family).filter { isNamedHere(index.lexicon.officeHolders[$0]) }
        }
        let lexicon = index.lexicon
        // With no day, only a title that agrees tells which of a name's offices, if any, the article means; for a
        // lone family name (`Lord Woolf`), also the office named elsewhere in the article (`the lord chief justice`).
        if day == nil, title == nil {
            if byFamilyName {
                let named = Set(offices.map { index.lexicon.offices[$0.payload].role })
                candidates = candidates.filter { c in
                    let role = lexicon.officeHolders[c].role
                    return named.contains(role) || named.contains { OfficeKinds.same($0, role) && !OfficeKinds.generic.contains($0) }
                }
            } else {
                // A full name alone: an organization's office the article names the organization of (`the SEC`); the
                // check below that all the name's offices are one does the rest. A country's office is no such sign:
                // `Michael Howard` in 2004 had been home secretary.
                guard let org = candidates.first.flatMap({ lexicon.officeHolders[$0].organization }),
                      entities.contains(where: { if case .organization(let o) = $0.payload { lexicon.organizations[o].key == org } else { false } })
                else { return nil }
            }
        }
        candidates = candidates.filter { c in
            let holder = lexicon.officeHolders[c]
            return (day.map(holder.holds(on:)) ?? true) && (title.map { $0.agrees(with: holder) } ?? true)
                && !(formerly.map { Official(name: "", role: $0.role, country: $0.country, range: 0..<0).agrees(with: holder) } ?? false)
        }
        guard let first = candidates.first else { return nil }
        // Several offices at once (`deputy prime minister and foreign minister`) or across the years of an article
        // with no day: one answer only when they are the same office of the same person.
        let same = candidates.allSatisfy { c in
            let other = lexicon.officeHolders[c], holder = lexicon.officeHolders[first]
            return other.name == holder.name && (day != nil || (other.role == holder.role
                && other.country == holder.country && other.organization == holder.organization))
        }
        return same ? first : nil
    }

    /// Whether the article names the holder's country (or a place in it) or organization: what a lone family name
    /// needs to stand for a holder.
    private func isNamedHere(_ holder: Lexicon.OfficeHolder) -> Bool {
        entities.contains { e in
            switch e.payload {
            case .organization(let o):
                let org = index.lexicon.organizations[o]
                return org.key == holder.organization || (holder.country != nil && org.country == holder.country)
            default:
                return holder.country != nil && country(of: e.payload) == holder.country
            }
        }
    }
}

extension Official {
    /// Whether this title, as the article writes it, can be `holder`'s office: not a former one, no other country,
    /// and a role that is the holder's, a word of it, or of the same kind (``OfficeKinds``).
    func agrees(with holder: Lexicon.OfficeHolder) -> Bool {
        guard !isFormer else { return false }
        if let country, let other = holder.country, country != other { return false }
        if let organization, let other = holder.organization, organization != other { return false }
        return role == holder.role || holder.role.hasSuffix(" " + role) || OfficeKinds.same(role, holder.role)
    }

    /// This title with what `holder`'s office adds: its country and organization when the title has none, and its
    /// role when the title is a bare word of it or a generic one.
    func completed(by holder: Lexicon.OfficeHolder, name: String) -> Official {
        var o = self
        o.name = name
        if o.country == nil { o.country = holder.country }
        if o.organization == nil { o.organization = holder.organization }
        if holder.role.hasSuffix(" " + role) || OfficeKinds.generic.contains(role) { o.role = holder.role }
        return o
    }
}

/// Roles that name one kind of office in different countries' words, for telling whether a title agrees with a
/// known holder's office.
enum OfficeKinds {
    static let kinds: [Set<String>] = [
        ["foreign minister", "foreign secretary", "secretary of state", "external affairs minister", "top diplomat"],
        ["defense minister", "secretary of defense", "armed forces minister"],
        ["finance minister", "chancellor of the exchequer", "secretary of the treasury"],
        ["interior minister", "home secretary", "home minister", "secretary of homeland security"],
        ["prime minister", "chancellor", "taoiseach", "head of government", "first minister", "leader"],
        ["president", "king", "queen", "emir", "sultan", "emperor", "supreme leader", "head of state", "leader"],
        ["ambassador", "special envoy", "high representative", "diplomat", "top diplomat"],
        ["spokesperson", "foreign ministry spokesperson", "press secretary", "state department spokesperson",
         "pentagon press secretary", "defense ministry spokesperson"],
        ["secretary general", "director general", "managing director", "head", "chief"],
    ]

    /// Titles that say little of the office (`Leader`, `official`): a known holder's role replaces them.
    static let generic: Set<String> = ["leader", "head", "chief", "diplomat", "top diplomat", "spokesperson", "official"]

    /// Whether `a` and `b` are of one kind.
    static func same(_ a: String, _ b: String) -> Bool {
        kinds.contains { $0.contains(a) && $0.contains(b) }
    }
}
