/// The frame of every page: head, style sheet, the question box, navigation and the link to the page's JSON.
enum Layout {
    /// The whole HTML document of `page`.
    ///
    /// - Parameters:
    ///   - question: the question box's text (escaped here).
    ///   - jsonURL: the address of the same page as JSON, linked at the foot.
    static func document(_ page: Page, question: String? = nil, jsonURL: String?, milliseconds: Double? = nil) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(page.title)) · Verbatim</title>
            <link rel="stylesheet" href="/style.css">
            </head><body>
            <header><a class="brand" href="/">Verbatim</a>
            <form action="/" method="get" role="search"><input type="search" name="q" value="\(HTML.escape(question ?? ""))" placeholder="Ask: what did Russia&#39;s UN envoy say about Aleppo" aria-label="Question or words"><button>Ask</button></form>
            <nav><a href="/compare">Compare</a> <a href="/saved">Saved queries</a></nav></header>
            <main>
            """
        out += page.body
        out += "</main><footer>"
        if let jsonURL { out += HTML.link(jsonURL, "This page as JSON") }
        out += " · Verbatim archive, read-only</footer>"
        out += "<script src=\"/app.js\"></script></body></html>\n"
        return out
    }

    /// Opens the statement panel a link's fragment names (`#s12`), for browsers that do not open a closed
    /// `<details>` on their own.
    static let script = """
        function openTarget(){var e=document.getElementById(location.hash.slice(1));if(e&&e.tagName==='DETAILS'){e.open=true;}}
        addEventListener('hashchange',openTarget);openTarget();
        """
}
