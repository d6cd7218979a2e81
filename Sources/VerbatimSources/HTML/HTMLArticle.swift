import Foundation

/// A news article read from an HTML page: its metadata and the paragraphs of its story.
///
/// The page is parsed by libxml2's HTML parser (``HTMLDocument``), which copes with broken markup. The story is the
/// text of the page's main block (``HTMLArticle+Body``) without navigation, menus, captions, share buttons, lists of
/// links, comments, scripts or styles; its metadata comes from the page's `<meta>` tags, JSON-LD and markup
/// (``HTMLArticle+Metadata``). A page that is not an article (an index page, a page with too little story text) is
/// refused with a reason.
public struct HTMLArticle: Sendable, Equatable {
    /// `og:title`, JSON-LD `headline`, the first `<h1>`, or `<title>` less the site's name.
    public var title: String
    /// The publication day, `YYYY-MM-DD`: `article:published_time`, JSON-LD `datePublished`, `<time datetime>`, or
    /// a date in the URL.
    public var date: String?
    /// `og:site_name`, the JSON-LD publisher, or the URL's host.
    public var source: String?
    /// `<link rel=canonical>`, `og:url`, or the URL the page was fetched from.
    public var url: String?
    /// The story's paragraphs: `<p>`, `<br>` and headings end one; entities decoded, spaces collapsed.
    public var paragraphs: [String]

    /// The article as a plain-text article file would hold it: the title line, a blank line, then the paragraphs
    /// separated by blank lines.
    public var text: String {
        ([title] + paragraphs).joined(separator: "\n\n") + "\n"
    }

    /// Why a page is not imported as an article.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// libxml2 found no element in it.
        case unparsable
        /// An index page, a page of another type, or one with too little story text.
        case notArticle(String)

        public var description: String {
            switch self {
            case .unparsable: "not an HTML page (no element in it)"
            case .notArticle(let why): "not an article page (\(why))"
            }
        }
    }

    /// The fewest words of story text an article has; a page with fewer is not one.
    public static let minimumWords = 20

    /// Reads the article of the page `bytes`.
    ///
    /// - Parameters:
    ///   - charset: the charset the page was served with (an HTTP `Content-Type`), before the page's own
    ///     `<meta charset>`; without either, UTF-8 when the bytes are valid UTF-8, else Windows-1252.
    ///   - url: the URL the page was fetched from (a WARC record's target URI), when known.
    public static func read(_ bytes: [UInt8], charset: String? = nil, url: String? = nil)
        -> Result<HTMLArticle, Refusal> {
        let (input, encoding) = HTMLCharset.prepared(bytes, declared: charset)
        // A charset iconv does not know is read as the bytes look: UTF-8 when they are valid, else Windows-1252.
        guard let document = HTMLDocument(input, encoding: encoding) ?? {
                  let guessed = HTMLCharset.prepared(bytes, declared: "-")
                  return HTMLDocument(guessed.bytes, encoding: guessed.encoding)
              }(),
              let root = document.root else {
            return .failure(.unparsable)
        }
        let metadata = Metadata(root, url: url)
        if let type = metadata.openGraphType, !Metadata.articleTypes.contains(where: type.hasPrefix) {
            return .failure(.notArticle("og:type \(type)"))
        }
        let body = Body(root)
        let words = body.paragraphs.reduce(0) { $0 + wordCount($1) }
        guard words >= minimumWords else {
            let story = words == 0 ? "no story text" : "only \(words) word\(words == 1 ? "" : "s") of story text"
            return .failure(.notArticle(story))
        }
        if metadata.openGraphType == nil, words < 100, body.linkCharacters > 2 * body.characters {
            return .failure(.notArticle("mostly links: an index page"))
        }
        guard let title = metadata.title(heading: body.heading) else { return .failure(.notArticle("no title")) }
        return .success(HTMLArticle(
            title: title, date: metadata.date(bodyTime: body.time), source: metadata.source, url: metadata.url,
            paragraphs: body.paragraphs))
    }

    /// Words in `text`: runs of characters between spaces.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
