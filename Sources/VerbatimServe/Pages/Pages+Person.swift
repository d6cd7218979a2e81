import VerbatimArchive

extension Pages {
    /// The result of a page that may send the browser elsewhere: a person's page for a name that stands for another.
    enum Outcome {
        case page(Page)
        case redirect(String)
    }

    /// `/people/ID`: offices over time as a timeline, statements per month as bars, the topics spoken about most,
    /// and the statements, filtered by topic and dates (`topic`, `since`, `until`, `page`).
    static func person(_ archive: Archive, _ idText: String?, _ p: QueryParameters) throws -> Outcome {
        let id = try Self.id(idText, "person")
        let filter = PageFilter(topic: p["topic"], since: try p.date("since"), until: try p.date("until"))
        guard let page = try archive.personPage(id, filter: filter, paging: try p.paging()),
              let person = page.person.cells.first else {
            throw PageError.notFound("no person has id \(id)")
        }
        if let other = page.aliasOf { return .redirect(HTML.url("/people/\(other)", p.pairs)) }
        let name = person["name"] ?? "Person \(id)"
        var body = "<h1>\(HTML.escape(name))</h1><p class=\"sub\">\(HTML.count(Int(person.int("statements") ?? 0))) statements"
        if let others = person["other_names"] { body += " · also written \(HTML.escape(others))" }
        body += "</p>"
        let spans = page.offices.cells.map { c in
            Charts.Span(label: officeLabel(c), first: c["first_seen"] ?? "", last: c["last_seen"] ?? "",
                        former: c["former"] == "1")
        }
        body += section("Offices", Charts.officeTimeline(spans) + Fragments.table(page.offices, hiding: ["organization_id"]) { column, c in
            switch column {
            case "country": c["country"].map { HTML.link("/countries/\($0)", $0) }
            case "organization": c["organization"].flatMap { o in c.int("organization_id").map { HTML.link("/organizations/\($0)", o) } }
            case "former": c["former"] == "1" ? "former" : ""
            default: nil
            }
        })
        body += section("Statements per month", Charts.monthBars(months(page.months)))
        let total = Int(person.int("statements") ?? 0)
        body += section("Topics spoken about most", topicLinks(page.topics, path: "/people/\(id)", p)
                        + (total > Archive.summarizedStatements
                           ? "<p class=\"note\">In the newest \(HTML.count(Archive.summarizedStatements)) statements.</p>" : ""))
        body += section("Statements", filterForm(path: "/people/\(id)", p, filter)
                        + Fragments.cards(page.statements, empty: "No statement matches.")
                        + Fragments.pager(page.statements, path: "/people/\(id)", p))
        let json = JSON.object([
            ("person", .row(page.person)), ("offices", .table(page.offices)), ("months", .table(page.months)),
            ("topics", .table(page.topics)), ("statements", .listing(page.statements)),
        ])
        return .page(Page(title: name, body: body, json: json))
    }

    /// An office as one line: `former foreign minister · Ministry of X · RUS`.
    static func officeLabel(_ c: Cells) -> String {
        [c["former"] == "1" ? "former " + (c["role"] ?? "") : c["role"], c["organization"], c["country"], c["place"]]
            .compactMap { $0 }.joined(separator: " · ")
    }

    /// The topics as links that filter the statement list to each.
    static func topicLinks(_ topics: ResultTable, path: String, _ p: QueryParameters) -> String {
        guard !topics.rows.isEmpty else { return "<p class=\"note\">No topics.</p>" }
        return "<p>" + topics.cells.map { c in
            let label = c["label"] ?? ""
            let shown = c["name"] ?? label
            return HTML.link(HTML.url(path, p.with("page", nil).filter { $0.0 != "topic" } + [("topic", label)]),
                             "\(shown) (\(c["statements"] ?? "0"))", class: "tag")
        }.joined(separator: " ") + "</p>"
    }

    /// The form that filters a page's statements by topic and dates.
    static func filterForm(path: String, _ p: QueryParameters, _ filter: PageFilter) -> String {
        var out = "<form class=\"filter\" method=\"get\" action=\"\(HTML.escape(path))\">"
        for (name, label, value) in [("topic", "topic", filter.topic), ("since", "since (YYYY-MM-DD)", filter.since),
                                     ("until", "until (YYYY-MM-DD)", filter.until)] {
            out += "<label>\(label)<input name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\"></label>"
        }
        out += "<button>Filter</button>"
        if filter != PageFilter() { out += HTML.link(path, "clear") }
        return out + "</form>"
    }
}
