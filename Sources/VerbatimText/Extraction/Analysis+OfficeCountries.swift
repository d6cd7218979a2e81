extension Analysis {
    /// Countries for the offices whose titles name none, from what a reader sees around them, each rule in turn:
    /// the headline's or lead's `Greek prime minister` (``countriesFromHeadline()``), a country named just before the
    /// title in its sentence (``countriesFromSentence()``), and the story's own country (``countriesFromStory()``).
    mutating func inferOfficialCountries() {
        guard officials.contains(where: { $0.country == nil && $0.organization == nil }) else { return }
        countriesFromHeadline()
        countriesFromSentence()
        countriesFromStory()
    }

    /// `Greek prime minister says deal is near` over `Prime Minister Nikos Karras said`: a title the headline or the
    /// lead gives with one country is that country's office in the story too.
    mutating func countriesFromHeadline() {
        var byRole: [String: String?] = [:]  // nil for a role the headline gives with two countries
        for seg in segments where seg.paragraph == nil {
            guard let first = seg.tokens.first,
                  article.title.map({ $0.contains(tokens[first].start) }) == true
                    || article.lead.map({ $0.contains(tokens[first].start) }) == true else { continue }
            for o in offices where seg.tokens.contains(o.start) {
                guard let e = entity(endingAt: o.start - 1), e.start >= seg.tokens.lowerBound,
                      let country = country(of: e.payload) else { continue }
                let role = index.lexicon.offices[o.payload].role
                if let known = byRole[role], known != country { byRole[role] = .some(nil) } else { byRole[role] = country }
            }
        }
        guard !byRole.isEmpty else { return }
        for i in officials.indices where officials[i].country == nil && officials[i].organization == nil {
            if let found = byRole[officials[i].role], let country = found { officials[i].country = country }
        }
    }

    /// `…on a visit to Ecuador, where President Juan Mora said`: a country named in the title's sentence with `where`
    /// or `whose` between them (a comma alone, `…the summit in Vietnam, first lady X`, is no link).
    mutating func countriesFromSentence() {
        for span in names {
            guard let o = persons[span.person].official, officials[o].country == nil, officials[o].organization == nil,
                  let title = titleBlock(before: span.start), title.office != nil else { continue }
            let lower = sentence(of: title.start).lowerBound
            var k = title.start - 1
            var linked = false
            while k >= lower, k >= title.start - 3, tokens[k].isPunct(0x2C) || Words.linkingWhere.contains(tokens[k].hash) {
                if tokens[k].kind == .word { linked = true }
                k -= 1
            }
            guard linked, k >= lower, let e = entity(endingAt: k), let country = country(of: e.payload) else { continue }
            officials[o].country = country
        }
    }

    /// Officials whose title names no country (`Senator Barry Goldwater`, `President Juan Mora`) serve the country
    /// of the article's dateline when the story is mostly about that country and their office is one its own press
    /// names bare: a legislature's, a court's, a governor's or a mayor's, or the head of state's or government's.
    /// Ministers, advisers and diplomats keep no country rather than a guess.
    mutating func countriesFromStory() {
        guard officials.contains(where: { $0.country == nil && $0.organization == nil }) else { return }
        // Only when the story is about its dateline's country: a NAFTA story from Mexico City quotes Americans.
        guard let country = datelineCountry(), isMostMentioned(country) else { return }
        for i in officials.indices where officials[i].country == nil && officials[i].organization == nil
            && index.homeCountryRoles.contains(officials[i].role) {
            officials[i].country = country
        }
    }
}
