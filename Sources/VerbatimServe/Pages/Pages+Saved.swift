import VerbatimArchive

extension Pages {
    /// `/saved`: the saved queries, each with its description, what it runs and its parameters.
    static func savedList(_ archive: Archive) throws -> Page {
        let table = try archive.savedQueries()
        var body = "<h1>Saved queries</h1>"
        if table.rows.isEmpty {
            body += "<p class=\"note\">None saved. Add some with <code>verbatim saved add NAME --file queries/…sql</code>.</p>"
        } else {
            body += Fragments.table(table, hiding: ["created_at"]) { column, c in
                switch column {
                case "name": c["name"].map { HTML.link("/saved/" + HTML.urlComponent($0), $0) }
                case "query": "<code>\(HTML.escape(c["query"] ?? ""))</code>"
                default: nil
                }
            }
        }
        return Page(title: "Saved queries", body: body, json: .object([("saved_queries", .table(table))]))
    }

    /// What `/saved/NAME` answers: a page, or the rows as CSV to download.
    enum SavedOutcome {
        case page(Page)
        case csv(name: String, text: String)
    }

    /// `/saved/NAME?param=…`: the query, a box per parameter, and once every parameter is given its rows as a table
    /// (a page at a time) with CSV and JSON downloads; a query that would write is refused, as on the command line.
    static func saved(_ archive: Archive, _ name: String?, _ p: QueryParameters) throws -> SavedOutcome {
        let format = try p.format(csv: true)
        guard let name, let info = try archive.savedQuery(name) else {
            throw PageError.notFound("no saved query '\(name ?? "")'")
        }
        let paging = try p.paging()
        var values: [String: String] = [:]
        for parameter in info.parameters {
            if let value = p[parameter] { values[parameter] = value }
        }
        let ready = values.count == info.parameters.count
        var rows: Listing?
        if ready {
            do {
                rows = try archive.runSavedQuery(name, parameters: values, paging: paging)
            } catch let error as ArchiveError {
                throw PageError.badRequest(error.message)
            }
        }
        if format == .csv {
            guard let rows else { throw PageError.badRequest("saved query '\(name)' needs the parameters \(missing(info, values))") }
            return .csv(name: name, text: rows.table.rendered(.csv))
        }
        let path = "/saved/" + HTML.urlComponent(name)
        var body = "<h1>\(HTML.escape(name))</h1>"
        if let description = info.query.description { body += "<p class=\"sub\">\(HTML.escape(description))</p>" }
        body += "<details class=\"explain\"><summary>\(info.query.question == nil ? "SQL" : "Question")</summary><pre class=\"explain\">"
        body += HTML.escape(info.query.sql ?? info.query.question ?? "") + "</pre></details>"
        if !info.parameters.isEmpty {
            body += "<form class=\"filter\" method=\"get\" action=\"\(HTML.escape(path))\">"
            for parameter in info.parameters {
                body += "<label>\(HTML.escape(parameter))<input name=\"\(HTML.escape(parameter))\" value=\"\(HTML.escape(values[parameter] ?? ""))\"></label>"
            }
            body += "<button>Run</button></form>"
        }
        if let rows {
            let here = p.pairs.filter { $0.0 != "format" }
            body += "<p>" + HTML.link(HTML.url(path, here + [("format", "csv")]), "Download CSV") + " · "
                + HTML.link(HTML.url(path, here + [("format", "json")]), "JSON") + "</p>"
            body += rows.table.rows.isEmpty ? "<p class=\"note\">No rows.</p>" : Fragments.table(rows.table)
            body += Fragments.pager(rows, path: path, p)
        } else {
            body += "<p class=\"note\">Give \(HTML.escape(missing(info, values))) to run it.</p>"
        }
        let json = JSON.object([
            ("name", .string(name)), ("description", .string(info.query.description)), ("sql", .string(info.query.sql)),
            ("question", .string(info.query.question)), ("parameters", .array(info.parameters.map { .string($0) })),
            ("rows", rows.map { .listing($0) } ?? .null),
        ])
        return .page(Page(title: name, body: body, json: json))
    }

    /// The parameters of `info` that `values` lacks, as a list to read.
    static func missing(_ info: Archive.SavedQueryInfo, _ values: [String: String]) -> String {
        info.parameters.filter { values[$0] == nil }.joined(separator: ", ")
    }
}
