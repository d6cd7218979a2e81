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
}
