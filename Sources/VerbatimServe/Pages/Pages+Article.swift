import VerbatimArchive

extension Pages {
    /// `/articles/ID`: the article's text with every statement highlighted and labelled by its speaker; each
    /// statement links to a panel of its kind, cue, rule, speaker and acts (what `explain-article` prints).
    static func article(_ archive: Archive, _ idText: String?) throws -> Page {
        let id = try Self.id(idText, "article")
        guard let detail = try archive.articleDetail(id), let a = detail.article.cells.first else {
            throw PageError.notFound("no article has id \(id)")
        }
        let title = a["title"] ?? a["name"] ?? "Article \(id)"
        var body = "<h1>\(HTML.escape(title))</h1><p class=\"sub\">"
        body += [a["published_on"], a["source"], a["byline"], a["dateline"]].compactMap { $0 }.map(HTML.escape)
            .joined(separator: " · ")
        if let url = a["url"], url.hasPrefix("https://") || url.hasPrefix("http://") {
            body += " · " + HTML.link(url, "original")
        }
        body += " · <span class=\"note\">\(HTML.escape(a["origin"] ?? ""))</span></p>"
        let statements = detail.statements.cells
        body += "<div class=\"layout\"><section class=\"panel article-text\">"
        body += markedText(a["text"] ?? "", statements)
        body += "</section><div><h2>\(statements.count) statement\(statements.count == 1 ? "" : "s")</h2>"
        let acts = Dictionary(grouping: detail.acts.rows, by: { Int64.fromDatabaseValue($0[0]) ?? 0 })
        for (n, c) in statements.enumerated() {
            let sid = c.int("id") ?? 0
            body += "<details class=\"explain\" id=\"s\(sid)\"><summary>[\(n + 1)] \(HTML.escape(c["speaker"] ?? "unknown speaker"))"
            body += " · \(HTML.escape(c["kind"] ?? ""))\(c["act"].map { " · " + HTML.escape($0) } ?? "")</summary>"
            body += "<dl class=\"facts\"><dt>text</dt><dd>\(HTML.escape(c["text"] ?? ""))</dd>" + explainFacts(c) + "</dl>"
            body += actsTable(ResultTable(columns: detail.acts.columns, rows: acts[sid] ?? []))
            body += HTML.link("/statements/\(sid)", "statement page") + "</details>"
        }
        body += "</div></div>"
        let json = JSON.object([
            ("article", .row(detail.article)), ("statements", .table(detail.statements)), ("acts", .table(detail.acts)),
        ])
        return Page(title: title, body: body, json: json)
    }

    /// The article's text, escaped, with each statement's words a link to its panel (`#sID`), the innermost one
    /// where statements overlap, and the speaker's name as a label where a statement starts.
    static func markedText(_ text: String, _ statements: [Cells]) -> String {
        let scalars = Array(text.unicodeScalars)
        let spans = statements.compactMap { c -> (id: Int64, start: Int, end: Int, speaker: String)? in
            guard let id = c.int("id"), let s = c.int("start"), let e = c.int("end") else { return nil }
            let start = Int(max(0, min(s, Int64(scalars.count)))), end = Int(max(Int64(start), min(e, Int64(scalars.count))))
            return start < end ? (id, start, end, c["speaker"] ?? "?") : nil
        }
        var bounds = Set([0, scalars.count])
        for span in spans { bounds.insert(span.start); bounds.insert(span.end) }
        let cuts = bounds.sorted()
        func escaped(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return HTML.escape(String(view))
        }
        var out = "", labelled = Set<Int64>()
        for (from, to) in zip(cuts, cuts.dropFirst()) where from < to {
            // The innermost statement covering the piece: the latest to start, then the first to end.
            let inner = spans.filter { $0.start <= from && $0.end >= to }
                .max { ($0.start, -$0.end) < ($1.start, -$1.end) }
            guard let inner else { out += escaped(from..<to); continue }
            out += "<a class=\"stmt\" href=\"#s\(inner.id)\">"
            if labelled.insert(inner.id).inserted { out += "<span class=\"label\">\(HTML.escape(inner.speaker))</span>" }
            out += escaped(from..<to) + "</a>"
        }
        return out
    }
}
