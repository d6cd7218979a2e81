import Testing
@testable import VerbatimText

@Suite struct ArticleParserTests {
    @Test func seedLayoutSplitsTitleLeadSourceCaptionsAndParagraphs() {
        let text = """
            Ministers meet in Oslo on fisheries

            Norway and Iceland agreed to resume talks after a year of silence.

            Northern Desk ,

            Ministers at the harbour in Oslo
            Ministers at the harbour in Oslo

            Norway on Monday welcomed the decision, officials said.

            "We are ready to talk," said minister Kari Lund.
            """
        let article = ArticleParser.parse(text)
        #expect(article.titleText == "Ministers meet in Oslo on fisheries")
        #expect(article.leadText == "Norway and Iceland agreed to resume talks after a year of silence.")
        #expect(article.sourceLineText == "Northern Desk ,")
        #expect(article.captions.map(article.string) == [
            "Ministers at the harbour in Oslo", "Ministers at the harbour in Oslo",
        ])
        #expect(article.paragraphs.map(article.string) == [
            "Norway on Monday welcomed the decision, officials said.",
            "\"We are ready to talk,\" said minister Kari Lund.",
        ])
    }

    @Test func wireBodyLosesItsDatelineAndHasNoLead() {
        let text = "Talks resume\n\nBERGEN (Northwire) - Talks resumed on Monday.  \"It is a start,\" Lund said.\n"
        let article = ArticleParser.parse(text)
        #expect(article.titleText == "Talks resume")
        #expect(article.leadText == nil)
        #expect(article.datelineText == "BERGEN (Northwire) -")
        #expect(article.paragraphs.map(article.string) == [
            "Talks resumed on Monday.  \"It is a start,\" Lund said.",
        ])
    }

    @Test func firstSentenceIsBodyWhenNoHeaderLinesFollow() {
        let text = "Budget row grows\n\nThe minister said the plan was fair.\n\nCritics disagreed.\n"
        let article = ArticleParser.parse(text)
        #expect(article.leadText == nil)
        #expect(article.sourceLine == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test func noBreakSpaceEndingALineIsNoPartOfIt() {
        let text = "Budget row grows\n\nThe minister said the plan was \u{201C}fair.\u{201D}\u{00A0}\n\nCritics disagreed.\n"
        let article = ArticleParser.parse(text)
        #expect(article.captions.isEmpty)
        #expect(article.paragraphs.map(article.string) == [
            "The minister said the plan was \u{201C}fair.\u{201D}", "Critics disagreed.",
        ])
    }

    @Test func bodyWithoutTitleLineIsAllParagraphs() {
        let article = ArticleParser.parse("First sentence here.\n\nSecond one.", hasTitleLine: false)
        #expect(article.title == nil)
        #expect(article.paragraphs.map(article.string) == ["First sentence here.", "Second one."])
    }

    @Test func carriageReturnsAndByteOrderMarkAreNotPartOfLines() {
        let article = ArticleParser.parse("\u{FEFF}Title\r\n\r\nBody sentence one.\r\n")
        #expect(article.titleText == "Title")
        #expect(article.paragraphs.map(article.string) == ["Body sentence one."])
    }

    @Test func emptyTextHasNothing() {
        let article = ArticleParser.parse("  \n\n")
        #expect(article.title == nil)
        #expect(article.paragraphs.isEmpty)
    }

    /// Texts whose lines lack final punctuation, and the layout they get: `captions` and `paragraphs` as strings.
    struct UnpunctuatedCase: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var captions: [String]
        var paragraphs: [String]
        var hasTitleLine = true

        var testDescription: String { name }
    }

    static let longLine = "The ministers met in Bergen on Monday to talk about cod quotas, the harbour fees that "
        + "fishing boats pay, the new rules for the northern grounds and the money the fund owes to the coastal "
        + "towns, and they agreed to meet again in the spring with their deputies"

    static let unpunctuated: [UnpunctuatedCase] = [
        // A wire body of one paragraph ending in a credit: the body, not a caption.
        UnpunctuatedCase(
            name: "a one-paragraph body ending in a credit",
            text: "Talks resume\n\n\"We will talk,\" Kari Lund said on Monday. (Reporting by Ola Berg; Editing by Eva Dahl)\n",
            captions: [],
            paragraphs: ["\"We will talk,\" Kari Lund said on Monday. (Reporting by Ola Berg; Editing by Eva Dahl)"]),
        UnpunctuatedCase(
            name: "a body cut short after a byline and a caption",
            text: "Talks resume\n\nBy Ola Berg\n\nThe harbour at dawn\n\nKari Lund said the talks would go on until",
            captions: ["The harbour at dawn"], paragraphs: ["Kari Lund said the talks would go on until"]),
        UnpunctuatedCase(
            name: "a short last paragraph cut short",
            text: "Talks resume\n\nThe talks resumed on Monday.\n\nKari Lund said they would",
            captions: [], paragraphs: ["The talks resumed on Monday.", "Kari Lund said they would"]),
        UnpunctuatedCase(
            name: "a JSON body whose last line is cut short",
            text: "The talks resumed on Monday.\n\nA subheading\n\nKari Lund said they would",
            captions: ["A subheading"], paragraphs: ["The talks resumed on Monday.", "Kari Lund said they would"],
            hasTitleLine: false),
        // Longer than a caption: a first paragraph whose end was lost, then more body.
        UnpunctuatedCase(
            name: "a long first paragraph without punctuation",
            text: "Talks resume\n\n\(longLine)\n\nKari Lund said the talks went well.\n",
            captions: [], paragraphs: [longLine, "Kari Lund said the talks went well."]),
        // Lines a caption's length before the body, and a subheading inside it, stay captions.
        UnpunctuatedCase(
            name: "captions before the body and a subheading",
            text: "Talks resume\n\nNorthern Desk ,\n\nMinisters at the harbour in Bergen on Monday\n\n"
                + "The talks resumed on Monday.\n\nWhat comes next\n\nKari Lund said they would go on.\n",
            captions: ["Ministers at the harbour in Bergen on Monday", "What comes next"],
            paragraphs: ["The talks resumed on Monday.", "Kari Lund said they would go on."]),
    ]

    @Test(arguments: unpunctuated) func aLastLineOrALongLineWithoutPunctuationIsBody(_ example: UnpunctuatedCase) {
        let article = ArticleParser.parse(example.text, hasTitleLine: example.hasTitleLine)
        #expect(article.captions.map(article.string) == example.captions)
        #expect(article.paragraphs.map(article.string) == example.paragraphs)
    }

    /// The statement of a body that ends in a credit is found (it was none when the body was taken for a caption).
    @Test func aBodyEndingInACreditGivesItsStatement() {
        let article = ArticleParser.parse(
            "Talks resume\n\nOSLO (Northwire) - \"We will keep talking,\" Kari Lund told reporters on Monday. "
                + "(Reporting by Ola Berg; Editing by Eva Dahl)\n")
        #expect(article.datelineText == "OSLO (Northwire) -")
        #expect(Fixture.summary(Fixture.extractor.extract(article)) == [
            "direct|Kari Lund|We will keep talking|quote.trailing-attribution",
        ])
    }
}
