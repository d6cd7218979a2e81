import VerbatimArchive

extension Pages {
    /// Questions the home page offers as examples.
    static let examples = [
        "what did Russia's UN envoy say about Aleppo", "who criticized Russia", "what was said about sanctions",
        "how many statements did Clinton make about Iran",
    ]

    /// `/` and `/?q=QUESTION`: the question box's answers, each statement with its speaker, office, date, source, its
    /// words highlighted in their paragraph, its act and target; how the question was understood one click away. With
    /// no question, what the archive holds and example questions.
    static func ask(_ archive: Archive, _ p: QueryParameters, summary: Summary) throws -> Page {
        guard let q = p["q"] else { return home(summary) }
        guard q.count <= 500 else { throw PageError.badRequest("the question is longer than 500 characters") }
        let paging = try p.paging()
        guard let page = try archive.answerPage(q, paging: paging) else {
            throw PageError.badRequest("cannot understand '\(q)'; ask one of: " + Question.forms.joined(separator: "; "))
        }
        var body = "<h1>\(HTML.escape(q))</h1>"
        if page.asked != q { body += "<p class=\"sub\">Asked as “\(HTML.escape(page.asked))”.</p>" }
        body += "<details class=\"explain\"><summary>How the question was understood</summary><pre class=\"explain\">"
        body += HTML.escape(page.explanation.joined(separator: "\n")) + "</pre></details>"
        if page.isCount {
            body += Fragments.table(page.answers.table)
        } else {
            body += Fragments.cards(page.answers, paragraphs: page.paragraphs, empty: "No statement answers this question.")
            body += Fragments.pager(page.answers, path: "/", p)
        }
        let json = JSON.object([
            ("question", .string(q)), ("asked", .string(page.asked)),
            ("explanation", .array(page.explanation.map { .string($0) })),
            (page.isCount ? "count" : "answers", .listing(page.answers)),
        ])
        return Page(title: q, body: body, json: json)
    }

    /// The page with no question: what the archive holds, and questions to start with.
    static func home(_ summary: Summary) -> Page {
        var body = "<h1>Ask the archive</h1><p class=\"sub\">"
        body += "\(HTML.count(summary.articles)) articles · \(HTML.count(summary.statements)) statements · "
        body += "\(HTML.count(summary.people)) people · \(HTML.count(summary.events)) events"
        let range = dates(summary.oldest, summary.newest)
        if !range.isEmpty { body += " · \(HTML.escape(range))" }
        body += "</p><section class=\"panel\"><p>Ask a question as you would write it, or type words to find what was said about them. For example:</p><ul>"
        for example in examples { body += "<li>" + HTML.link(HTML.url("/", [("q", example)]), example) + "</li>" }
        body += "</ul><p>Questions take the forms: " + HTML.escape(Question.forms.joined(separator: "; ")) + ".</p></section>"
        let json = JSON.object([
            ("articles", .int(summary.articles)), ("statements", .int(summary.statements)),
            ("people", .int(summary.people)), ("events", .int(summary.events)),
            ("oldest", .string(summary.oldest)), ("newest", .string(summary.newest)),
            ("examples", .array(examples.map { .string($0) })),
        ])
        return Page(title: "Ask the archive", body: body, json: json)
    }
}
