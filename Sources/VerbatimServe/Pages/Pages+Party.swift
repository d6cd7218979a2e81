import VerbatimArchive

extension Pages {
    /// `/countries/CODE`: the country's officials (most quoted first), its speakers' statements per month, the acts
    /// they made and the acts aimed at the country, with the statements aimed at it (`page` pages the officials,
    /// `aimed_page` those statements).
    static func country(_ archive: Archive, _ code: String?, _ p: QueryParameters) throws -> Page {
        guard let code, code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw PageError.notFound("no country '\(code ?? "")'; a country is named by its alpha-3 code, such as RUS")
        }
        guard let page = try archive.countryPage(code, paging: try p.paging(), aimedPaging: try p.paging("aimed_page")),
              let country = page.party.cells.first else {
            throw PageError.notFound("no country has the code '\(code)'")
        }
        let name = country["name"] ?? code
        var sub = "\(country["code"] ?? code)"
        if let official = country["official_name"] { sub += " · \(official)" }
        return party(page, name: name, sub: HTML.escape(sub), path: "/countries/\(country["code"] ?? code)", p,
                     key: "country")
    }

    /// `/organizations/ID`: as a country's page, for an organization.
    static func organization(_ archive: Archive, _ idText: String?, _ p: QueryParameters) throws -> Page {
        let id = try Self.id(idText, "organization")
        guard let page = try archive.organizationPage(id, paging: try p.paging(), aimedPaging: try p.paging("aimed_page")),
              let organization = page.party.cells.first else {
            throw PageError.notFound("no organization has id \(id)")
        }
        let name = organization["name"] ?? "Organization \(id)"
        var sub = [organization["acronym"], organization["kind"]].compactMap { $0 }.map(HTML.escape)
        if let country = organization["country"] { sub.append(HTML.link("/countries/\(country)", country)) }
        if let parent = organization["parent"], let parentID = organization.int("parent_id") {
            sub.append("part of " + HTML.link("/organizations/\(parentID)", parent))
        }
        return party(page, name: name, sub: sub.joined(separator: " · "), path: "/organizations/\(id)", p,
                     key: "organization")
    }

    /// The page of a country or organization (`key` names which, in the JSON).
    static func party(_ page: Archive.PartyPage, name: String, sub: String, path: String, _ p: QueryParameters,
                      key: String) -> Page {
        var body = "<h1>\(HTML.escape(name))</h1><p class=\"sub\">\(sub)</p>"
        body += section("Statements per month", Charts.monthBars(months(page.months)))
        body += "<div class=\"columns\"><div>" + section("Acts its speakers made", actCounts(page.actsMade)
            + "<p class=\"note\">Main acts of its speakers' newest \(HTML.count(Archive.summarizedStatements)) statements at most.</p>")
        body += "</div><div>" + section("Acts aimed at it", actCounts(page.actsAimed)) + "</div></div>"
        body += section("Officials", officials(page.officials) + Fragments.pager(page.officials, path: path, p))
        body += section("Statements aimed at it", Fragments.cards(page.aimed, empty: "None.")
                        + Fragments.pager(page.aimed, path: path, p, key: "aimed_page"))
        let json = JSON.object([
            (key, .row(page.party)), ("months", .table(page.months)), ("acts_made", .table(page.actsMade)),
            ("acts_aimed", .table(page.actsAimed)), ("officials", .listing(page.officials)), ("aimed", .listing(page.aimed)),
        ])
        return Page(title: name, body: body, json: json)
    }

    /// How many acts a page's act tables show, the most frequent (the JSON has them all).
    static let actsShown = 12

    /// The most frequent acts with their counts as a table.
    static func actCounts(_ acts: ResultTable) -> String {
        guard !acts.rows.isEmpty else { return "<p class=\"note\">None.</p>" }
        return HTML.table(["act", "label", "statements"], acts.cells.prefix(actsShown).map { c in
            [HTML.escape(c["act"] ?? ""), HTML.escape(c["label"] ?? ""), HTML.escape(c["statements"] ?? "0")]
        })
    }

    /// Officials as a table, each name linked to the person's page.
    static func officials(_ listing: Listing) -> String {
        guard !listing.table.rows.isEmpty else { return "<p class=\"note\">No officials.</p>" }
        return Fragments.table(listing.table, hiding: ["person_id"]) { column, c in
            switch column {
            case "name": c.int("person_id").map { HTML.link("/people/\($0)", c["name"] ?? "") }
            case "countries":
                (c["countries"] ?? "").split(separator: ",").map { HTML.link("/countries/\($0)", String($0)) }
                    .joined(separator: ", ")
            case "statements":
                c.int("statements").map { $0 >= Archive.officialStatementsCounted ? HTML.count(Int($0)) + "+" : String($0) }
            default: nil
            }
        }
    }
}
