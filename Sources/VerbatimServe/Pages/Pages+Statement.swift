import VerbatimArchive

extension Pages {
    /// `/statements/ID`: one statement in its paragraph, with its speaker and office, how it was found (kind, cue,
    /// rule, the mention that names the speaker) and its acts with their targets.
    static func statement(_ archive: Archive, _ idText: String?) throws -> Page {
        let id = try Self.id(idText, "statement")
        guard let detail = try archive.statementDetail(id) else { throw PageError.notFound("no statement has id \(id)") }
        guard let c = detail.statement.cells.first else { throw PageError.notFound("no statement has id \(id)") }
        var body = "<h1>Statement \(id)</h1><p class=\"sub\">\(Fragments.speaker(c))"
        body += " · \(HTML.escape(c["published_on"] ?? "undated"))</p>"
        body += Fragments.card(c, paragraph: detail.paragraph)
        body += "<section class=\"panel\"><dl class=\"facts\">"
        body += explainFacts(c)
        if let description = c["speaker_description"] { body += "<dt>described as</dt><dd>\(HTML.escape(description))</dd>" }
        if let context = c["context"] { body += "<dt>sentence</dt><dd>\(HTML.escape(context))</dd>" }
        body += "</dl></section>"
        body += section("Acts", actsTable(detail.acts))
        let json = JSON.object([
            ("statement", .row(detail.statement)), ("acts", .table(detail.acts)),
            ("paragraph", .string(detail.paragraph.text)),
            ("highlight", .array([.int(detail.paragraph.highlight.lowerBound), .int(detail.paragraph.highlight.upperBound)])),
        ])
        return Page(title: "Statement \(id)", body: body, json: json)
    }

    /// What `explain-article` prints of a statement, as definition list items: kind, offsets, cue, rule, speaker
    /// mention.
    static func explainFacts(_ c: Cells) -> String {
        var out = "<dt>kind</dt><dd>\(HTML.escape(c["kind"] ?? ""))</dd>"
        out += "<dt>offsets</dt><dd>\(HTML.escape(c["start"] ?? ""))–\(HTML.escape(c["end"] ?? ""))</dd>"
        out += "<dt>cue</dt><dd>\(HTML.escape(c["cue"] ?? "-"))</dd>"
        out += "<dt>rule</dt><dd><code>\(HTML.escape(c["rule"] ?? ""))</code></dd>"
        out += "<dt>speaker</dt><dd>\(Fragments.speaker(c))"
        let office = Fragments.office(c)
        if !office.isEmpty { out += " (\(office))" }
        if let mention = c["speaker_mention"] { out += " from «\(HTML.escape(mention))»" }
        return out + "</dd>"
    }

    /// The acts of one statement as a table, each target linked to its page.
    static func actsTable(_ acts: ResultTable) -> String {
        guard !acts.rows.isEmpty else { return "<p class=\"note\">No act.</p>" }
        return HTML.table(["act", "CAMEO", "label", "found by", "target"], acts.cells.map { c in
            [HTML.escape(c["act"] ?? ""), HTML.escape(c["cameo"] ?? ""), HTML.escape(c["label"] ?? ""),
             HTML.escape(c["origin"] ?? ""), target(c)]
        })
    }

    /// An act's target, linked to the page of the person, country or organization it is.
    static func target(_ c: Cells) -> String {
        guard let name = c["target"] else { return "" }
        if let person = c.int("target_person_id") { return HTML.link("/people/\(person)", name) }
        if let organization = c.int("target_organization_id") { return HTML.link("/organizations/\(organization)", name) }
        if let country = c["target_country_code"] { return HTML.link("/countries/\(country)", name) }
        return HTML.escape(name)
    }
}
