import VerbatimArchive

extension Pages {
    /// The most speakers one comparison takes.
    static let maxSpeakers = 6

    /// `/compare?speaker=…&speaker=…&about=…`: two or more speakers' statements on one topic on a shared month axis,
    /// and their statements side by side (`since`, `until`, `page` as elsewhere).
    static func compare(_ archive: Archive, _ p: QueryParameters) throws -> Page {
        let speakers = p.all("speaker")
        let about = p["about"]
        var body = "<h1>Compare speakers</h1>" + compareForm(speakers, about: about, p)
        guard !speakers.isEmpty else {
            body += "<p class=\"note\">Name two or more speakers (people, offices, countries or organizations) and a topic, as in "
            body += HTML.link(HTML.url("/compare", [("speaker", "Russia"), ("speaker", "France"), ("about", "Aleppo")]),
                              "Russia and France on Aleppo") + ".</p>"
            return Page(title: "Compare speakers", body: body, json: .object([("speakers", .array([]))]))
        }
        guard speakers.count <= maxSpeakers else {
            throw PageError.badRequest("compare takes at most \(maxSpeakers) speakers, not \(speakers.count)")
        }
        guard speakers.allSatisfy({ $0.count <= 200 }), (about?.count ?? 0) <= 200 else {
            throw PageError.badRequest("a speaker or topic is longer than 200 characters")
        }
        let comparison: Archive.Comparison
        do {
            comparison = try archive.compare(speakers: speakers, about: about, since: try p.date("since"),
                                             until: try p.date("until"), paging: try p.paging())
        } catch let error as ArchiveError {
            throw PageError.badRequest(error.message)
        }
        body += Charts.compare(comparison.sides.map { ($0.speaker, $0.months) })
        body += "<div class=\"columns\">"
        for side in comparison.sides {
            body += "<div><h2>\(HTML.escape(side.speaker))</h2><p class=\"note\">\(side.capped ? "the newest " : "")"
            body += "\(HTML.count(side.total)) statement\(side.total == 1 ? "" : "s")\(about.map { " about " + HTML.escape($0) } ?? "")</p>"
            body += Fragments.cards(side.statements, empty: "None.") + "</div>"
        }
        body += "</div>"
        body += Fragments.pager(page: comparison.sides.first?.statements.paging.page ?? 1,
                                hasMore: comparison.sides.contains { $0.statements.hasMore }, path: "/compare", p)
        let json = JSON.object([
            ("about", .string(about)),
            ("speakers", .array(comparison.sides.map { side in
                .object([
                    ("speaker", .string(side.speaker)), ("total", .int(side.total)), ("capped", .bool(side.capped)),
                    ("months", .object(side.months.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                    ("statements", .listing(side.statements)),
                ])
            })),
        ])
        return Page(title: "Compare " + speakers.joined(separator: ", "), body: body, json: json)
    }

    /// The form of the comparison: a box per speaker (one more than given, at least two) and the topic.
    static func compareForm(_ speakers: [String], about: String?, _ p: QueryParameters) -> String {
        var out = "<form class=\"filter\" method=\"get\" action=\"/compare\">"
        let boxes = min(maxSpeakers, max(2, speakers.count + 1))
        for i in 0..<boxes {
            let value = i < speakers.count ? speakers[i] : ""
            out += "<label>speaker<input name=\"speaker\" value=\"\(HTML.escape(value))\"></label>"
        }
        out += "<label>about<input name=\"about\" value=\"\(HTML.escape(about ?? ""))\"></label>"
        out += "<button>Compare</button></form>"
        return out
    }
}
