import Testing
@testable import VerbatimText

/// Inputs that once trapped extraction, each cut down to a few lines of our own: every one must now parse and extract
/// (a trap would end the test run). The fuzzer (`scripts/fuzz`) adds its finds here.
struct FuzzRegressionTests {
    static let extractor = Extractor(lexicon: try! Lexicon.load())

    /// Title line, blank line, body: as an article file reads.
    static let articles: [(name: String, text: String)] = [
        // A range from a position after its end: `according to` with nothing after it but a colon.
        ("according to, then a colon", "Vote count\n\nAda Lind was charged on Monday. According to the indictment:\n\n“We will fight,” the lawyer said.\n"),
        ("according to the, then a colon and period", "Vote count\n\nThe vote was close. According to the:.\n\n“We will fight,” he said.\n"),
        // A quotation mark opened at the very end of the text.
        ("said, then an opening mark at the end", "Port news\n\nThe minister spoke on Monday.\n\nAda Lind said, “"),
        ("said, then a comma at the end", "Port news\n\nAda Lind said,"),
        // An event phrase whose place would come after the last token.
        ("summit held in the, at the end", "Port news\n\nThe talks went on. The summit will be held in the"),
        ("vote in the, at the end", "Port news\n\nThe talks went on. Lawmakers will hold a vote in the"),
        ("talks in, at the end", "Port news\n\nOfficials said talks in"),
        // Text made of punctuation and marks alone.
        ("marks alone", "“\n\n”“”,:;—(\n\n“"),
        ("one word title", "Summit"),
    ]

    @Test(arguments: articles)
    func extractsWithoutTrapping(_ article: (name: String, text: String)) {
        for hasTitleLine in [true, false] {
            let parsed = ArticleParser.parse(article.text, hasTitleLine: hasTitleLine)
            let extraction = Self.extractor.extract(parsed)
            let length = article.text.utf8.count
            for statement in extraction.statements {
                #expect(statement.range.lowerBound >= 0 && statement.range.upperBound <= length, "\(article.name)")
                #expect(statement.context.lowerBound >= 0 && statement.context.upperBound <= length, "\(article.name)")
            }
        }
    }

    /// `According to the indictment:` with nothing after the colon in its paragraph gives no statement; the quote
    /// after it is the lawyer's.
    @Test func accordingToBeforeAColonKeepsTheQuoteAfterIt() {
        let parsed = ArticleParser.parse(Self.articles[0].text, hasTitleLine: true)
        let extraction = Self.extractor.extract(parsed)
        #expect(extraction.statements.map(\.text) == ["We will fight"])
        #expect(extraction.statements.map(\.kind) == [.direct])
    }

    /// `held in the` at the very end names no place.
    @Test func eventAtTheEndHasNoPlace() {
        let parsed = ArticleParser.parse(Self.articles[4].text, hasTitleLine: true)
        let events = Self.extractor.extract(parsed).events
        #expect(events.map(\.kind) == ["talks", "summit"])
        #expect(events.map(\.place) == [nil, nil])
    }
}
