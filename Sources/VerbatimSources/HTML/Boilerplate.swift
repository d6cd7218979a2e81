/// What of a page is not its story: elements by name, ARIA role, and words of their `class` and `id`; and lists of
/// links.
enum Boilerplate {
    typealias Node = HTMLDocument.Node

    /// Elements that end a paragraph before and after them.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "hr", "center", "address", "body",
    ]

    /// Elements never part of a story.
    static let tags: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "header", "form", "button",
        "select", "textarea", "input", "label", "iframe", "figure", "figcaption", "picture", "video", "audio", "object",
        "embed", "canvas", "menu", "dialog",
    ]

    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
        "toolbar",
    ]

    /// Words of a `class` or `id` that mark boilerplate: `site-nav`, `share-buttons`, `comments`.
    static let words: Set<String> = [
        "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "related", "comment", "comments", "cookie",
        "cookies", "consent", "banner", "ad", "ads", "advert", "adverts", "advertisement", "promo", "newsletter",
        "subscribe", "breadcrumb", "breadcrumbs", "caption", "footer", "sidebar", "recommended", "popular",
        "trending", "byline", "tags", "toolbar", "widget", "modal", "popup", "outbrain", "taboola", "sponsored",
        "disqus", "masthead", "skip", "credit", "credits", "readmore", "paywall",
    ]

    /// Runs of words that mark boilerplate (`read-more`, `more-stories`), in a `class` or `id` with its separators
    /// taken out.
    static let phrases = ["readmore", "morestories", "alsoread", "youmayalso", "mostread"]

    /// Whether the element `node` (named `name`) is boilerplate.
    static func isBoilerplate(_ node: Node, name: String) -> Bool {
        if tags.contains(name) { return true }
        if HTMLDocument.attribute(node, "hidden") != nil { return true }
        if HTMLDocument.attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let role = HTMLDocument.attribute(node, "role")?.lowercased(), roles.contains(role) { return true }
        // A page's own classes say what it holds (`has-sidebar`, `nav-open`), not that it is boilerplate.
        if name == "html" || name == "body" || name == "main" { return false }
        let marks = [HTMLDocument.attribute(node, "class"), HTMLDocument.attribute(node, "id")].compactMap { $0 }
        guard !marks.isEmpty else { return false }
        let lower = marks.joined(separator: " ").lowercased()
        let parts = lower.split { !($0.isLetter || $0.isNumber) }
        if parts.contains(where: { words.contains(String($0)) }) { return true }
        let joined = parts.joined()
        return phrases.contains(where: joined.contains)
    }

    /// Whether a list or short block is mostly links: a "read more" list, a row of tags.
    static func isLinkList(_ node: Node, name: String) -> Bool {
        let threshold: Int
        switch name {
        case "ul", "ol": threshold = 50
        case "p", "div", "section", "table": threshold = 70
        default: return false
        }
        var text = 0
        var links = 0
        var stack: [(Node, Bool)] = [(node, false)]
        while let (current, inLink) = stack.popLast() {
            if let content = HTMLDocument.textBytes(current) {
                let count = HTMLArticle.Survey.visibleCount(content)
                text += count
                if inLink { links += count }
                continue
            }
            let link = inLink || HTMLDocument.name(current) == "a"
            var child = current.pointee.children
            while let next = child {
                stack.append((next, link))
                child = next.pointee.next
            }
        }
        return text > 0 && links * 100 >= text * threshold
    }
}
