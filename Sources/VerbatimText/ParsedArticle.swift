/// An article's layout: its title, lead, source line, captions and body paragraphs.
///
/// All ranges are half-open UTF-8 byte offsets into ``text``, the article exactly as imported. Use
/// ``ScalarOffsets`` to turn them into the Unicode scalar offsets the archive stores.
public struct ParsedArticle: Sendable {
    /// The full original text.
    public let text: String
    /// The headline.
    public var title: Range<Int>?
    /// The standfirst under the headline, when there is one.
    public var lead: Range<Int>?
    /// The byline or source line (`Arutz Sheva North America ,`, `By Jane Doe, Reuters`).
    public var sourceLine: Range<Int>?
    /// The dateline opening the body (`GENEVA (Reuters) -`), when there is one.
    public var dateline: Range<Int>?
    /// Photo captions and other lines that are not part of the story.
    public var captions: [Range<Int>] = []
    /// The body paragraphs, in order. Statements are looked for here only.
    public var paragraphs: [Range<Int>] = []
    /// The day the article was published (`YYYY-MM-DD`), when its import knows it: the offices of known office
    /// holders are read for that day.
    public var publishedOn: String?

    public init(text: String) {
        self.text = text
    }

    /// The text of `range`.
    public func string(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The headline as a string.
    public var titleText: String? { title.map(string) }
    /// The lead as a string.
    public var leadText: String? { lead.map(string) }
    /// The source line as a string.
    public var sourceLineText: String? { sourceLine.map(string) }
    /// The dateline as a string.
    public var datelineText: String? { dateline.map(string) }
}
