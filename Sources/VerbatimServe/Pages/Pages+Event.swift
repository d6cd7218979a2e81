import VerbatimArchive

extension Pages {
    /// `/events/ID`: the event's kind, place and dates, who took part, the articles that report it and the statements
    /// about it in time order (`page` pages the statements, `articles_page` the articles).
    static func event(_ archive: Archive, _ idText: String?, _ p: QueryParameters) throws -> Page {
        let id = try Self.id(idText, "event")
        guard let page = try archive.eventPage(id, paging: try p.paging(), articlePaging: try p.paging("articles_page")),
              let e = page.event.cells.first else {
            throw PageError.notFound("no event has id \(id)")
        }
        let title = e["name"] ?? [e["kind"], e["place"].map { "in " + $0 }].compactMap { $0 }.joined(separator: " ")
        var body = "<h1>\(HTML.escape(title))</h1><section class=\"panel\"><dl class=\"facts\">"
        body += "<dt>kind</dt><dd>\(HTML.escape(e["kind"] ?? ""))</dd>"
        body += "<dt>place</dt><dd>\(HTML.escape(e["place"] ?? "-"))"
        if let country = e["country"] { body += " (" + HTML.link("/countries/\(country)", country) + ")" }
        body += "</dd><dt>dates</dt><dd>\(HTML.escape(dates(e["date"], e["until"]).isEmpty ? "-" : dates(e["date"], e["until"])))</dd>"
        body += "<dt>reported by</dt><dd>\(HTML.escape(e["articles"] ?? "0")) articles</dd>"
        body += "<dt>statements about it</dt><dd>\(HTML.escape(e["statements"] ?? "0"))</dd>"
        body += "<dt>participants</dt><dd>\(participants(page.participants))</dd></dl></section>"
        body += section("Statements about it, in time order", Fragments.cards(page.statements, empty: "None.")
                        + Fragments.pager(page.statements, path: "/events/\(id)", p))
        body += section("Articles", HTML.table(["date", "title", "source"], page.articles.table.cells.map { c in
            [HTML.escape(c["published_on"] ?? ""), HTML.link("/articles/\(c.int("id") ?? 0)", c["title"] ?? "untitled"),
             HTML.escape(c["source"] ?? "")]
        }) + Fragments.pager(page.articles, path: "/events/\(id)", p, key: "articles_page"))
        let json = JSON.object([
            ("event", .row(page.event)), ("participants", .table(page.participants)),
            ("articles", .listing(page.articles)), ("statements", .listing(page.statements)),
        ])
        return Page(title: title, body: body, json: json)
    }

    /// The participants, each linked to their page.
    static func participants(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "-" }
        return table.cells.map { c in
            let label = c["label"] ?? ""
            if let person = c.int("person_id") { return HTML.link("/people/\(person)", label) }
            if let organization = c.int("organization_id") { return HTML.link("/organizations/\(organization)", label) }
            if let country = c["country_code"] { return HTML.link("/countries/\(country)", label) }
            return HTML.escape(label)
        }.joined(separator: ", ")
    }
}
