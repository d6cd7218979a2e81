import VerbatimArchive

/// Pieces of HTML several pages show: statement cards, speakers with their offices, pagers.
enum Fragments {
    /// The speaker of a statement card, linked to their page: a person's, an organization's or a country's.
    static func speaker(_ c: Cells) -> String {
        let name = c["speaker"] ?? "unknown speaker"
        if let person = c.int("person_id") { return HTML.link("/people/\(person)", name, class: "who") }
        if c["speaker_kind"] == "organization", let id = c.int("organization_id") {
            return HTML.link("/organizations/\(id)", name, class: "who")
        }
        if c["speaker_kind"] == "country", let code = c["speaker_country"] {
            return HTML.link("/countries/\(code)", name, class: "who")
        }
        return "<span class=\"who\">\(HTML.escape(name))</span>"
    }

    /// The speaker's office as a card shows it: role, organization and country, each linked where it has a page.
    static func office(_ c: Cells) -> String {
        var parts: [String] = []
        if let role = c["speaker_role"] { parts.append(HTML.escape(role)) }
        if let organization = c["speaker_organization"], c["speaker_kind"] != "organization" {
            parts.append(c.int("organization_id").map { HTML.link("/organizations/\($0)", organization) }
                         ?? HTML.escape(organization))
        }
        if let country = c["speaker_country"], c["speaker_kind"] != "country" {
            parts.append(HTML.link("/countries/\(country)", country))
        }
        return parts.joined(separator: ", ")
    }

    /// `paragraph` with its highlight marked, line breaks kept.
    static func highlighted(_ paragraph: Archive.Paragraph) -> String {
        let scalars = Array(paragraph.text.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
            return HTML.escape(String(view)).replacingOccurrences(of: "\n", with: "<br>")
        }
        let h = paragraph.highlight.clamped(to: 0..<scalars.count)
        return text(0..<h.lowerBound) + "<mark>" + text(h) + "</mark>" + text(h.upperBound..<scalars.count)
    }

    /// A statement as a card: speaker and office, date, source and article, the words (highlighted in their
    /// paragraph when given), the act and its target, and the link to the statement's page.
    static func card(_ c: Cells, paragraph: Archive.Paragraph? = nil, score: String? = nil) -> String {
        let id = c.int("id") ?? 0
        var out = "<article class=\"card\" id=\"s\(id)\">"
        if let score { out += "<span class=\"score\" title=\"score\">\(HTML.escape(score))</span>" }
        out += "<div class=\"meta\">\(speaker(c))"
        let office = office(c)
        if !office.isEmpty { out += " · \(office)" }
        out += " · \(HTML.escape(c["published_on"] ?? "undated"))"
        if let source = c["source"] { out += " · \(HTML.escape(source))" }
        if let article = c.int("article_id") {
            out += " · " + HTML.link("/articles/\(article)#s\(id)", c["title"] ?? "article")
        }
        out += "</div><blockquote>"
        out += paragraph.map(highlighted) ?? HTML.escape(c["text"] ?? "")
        out += "</blockquote><div class=\"acts\">"
        out += "<span class=\"tag\">\(HTML.escape(c["kind"] ?? ""))</span>"
        if let act = c["act"] {
            out += "<span class=\"tag act\">\(HTML.escape(act))\(c["act_target"].map { " → " + HTML.escape($0) } ?? "")</span>"
        }
        out += " " + HTML.link("/statements/\(id)", "statement \(id)")
        return out + "</div></article>"
    }

    /// Every card of `listing`, or `empty` when it has none.
    static func cards(_ listing: Listing, paragraphs: [Int64: Archive.Paragraph] = [:], empty: String) -> String {
        guard !listing.table.rows.isEmpty else { return "<p class=\"note\">\(HTML.escape(empty))</p>" }
        return listing.table.cells.map { c in
            card(c, paragraph: c.int("id").flatMap { paragraphs[$0] }, score: c["score"])
        }.joined()
    }

    /// Links to the previous and next pages of `listing` at `path`, the other parameters kept.
    static func pager(_ listing: Listing, path: String, _ parameters: QueryParameters, key: String = "page") -> String {
        pager(page: listing.paging.page, hasMore: listing.hasMore, path: path, parameters, key: key)
    }

    /// Links to the pages before and after `page` (when `hasMore`) at `path`, the other parameters kept.
    static func pager(page: Int, hasMore: Bool, path: String, _ parameters: QueryParameters, key: String = "page")
        -> String {
        guard page > 1 || hasMore else { return "" }
        var out = "<div class=\"pager\">"
        if page > 1 {
            out += HTML.link(HTML.url(path, parameters.with(key, page == 2 ? nil : String(page - 1))), "← previous")
        }
        out += "<span>page \(page)</span>"
        if hasMore { out += HTML.link(HTML.url(path, parameters.with(key, String(page + 1))), "next →") }
        return out + "</div>"
    }

    /// `table` as an HTML table without the columns `hiding` (ids that links use), each cell escaped, or the HTML
    /// `link` makes of it.
    static func table(_ table: ResultTable, hiding: Set<String> = [], link: (String, Cells) -> String? = { _, _ in nil })
        -> String {
        let shown = table.columns.filter { !hiding.contains($0) }
        return HTML.table(shown, table.cells.map { c in
            shown.map { column in link(column, c) ?? HTML.escape(c[column] ?? "") }
        })
    }
}
