import Testing
@testable import VerbatimText

struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let a = ParsedArticle(text: text)
        return SentenceSplitter.sentences(in: text, range: 0..<text.utf8.count).map(a.string)
    }

    @Test func plainSentences() {
        #expect(split("The ferry left at noon. It reached Lindholm by dusk! Was anyone hurt? No.")
            == ["The ferry left at noon.", "It reached Lindholm by dusk!", "Was anyone hurt?", "No."])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(split("Mr. Halvorsen met Sen. Ada Brisk and Gen. Tove Lund on Jan. 4 at No. 10 Harbour Road. They talked.")
            == ["Mr. Halvorsen met Sen. Ada Brisk and Gen. Tove Lund on Jan. 4 at No. 10 Harbour Road.", "They talked."])
    }

    @Test func initialsStayInsideNames() {
        #expect(split("Mayor Ellis T. Brandt spoke first. Then the council voted.")
            == ["Mayor Ellis T. Brandt spoke first.", "Then the council voted."])
    }

    @Test func initialismsEndSentencesOnlyBeforeASentenceStarter() {
        #expect(split("The envoy flew to the U.S. Embassy in Oslo. She left for the U.S. The talks ended.")
            == ["The envoy flew to the U.S. Embassy in Oslo.", "She left for the U.S.", "The talks ended."])
        #expect(split("Shares in Brandt Corp. rose. Brandt Corp. Chief Ola Moe said so.")
            == ["Shares in Brandt Corp. rose.", "Brandt Corp. Chief Ola Moe said so."])
    }

    @Test func sentenceEndsInsideClosingQuotes() {
        #expect(split("He said: \"We are done.\" Then he left. She wrote: “It is over.” Nobody replied.")
            == ["He said: \"We are done.\"", "Then he left.", "She wrote: “It is over.”", "Nobody replied."])
    }

    @Test func questionInsideQuoteBeforeAttributionDoesNotSplit() {
        #expect(split("\"Why now?\" she asked. \"Because,\" he said.") == ["\"Why now?\" she asked.", "\"Because,\" he said."])
    }

    @Test func wireBodyWithTwoSpaces() {
        #expect(split("OSLO (Wire) - The port reopened on Monday.  Officials said traffic was light.  Ships waited in the U.S.  Nobody knew why.")
            == ["OSLO (Wire) - The port reopened on Monday.", "Officials said traffic was light.", "Ships waited in the U.S.",
                "Nobody knew why."])
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(split("Prices rose 2.5 percent, i.e. more than expected. Good.") == ["Prices rose 2.5 percent, i.e. more than expected.", "Good."])
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Ærø voted “yes.” Next."
        let ranges = SentenceSplitter.sentences(in: text, range: 0..<text.utf8.count)
        #expect(ranges == [0..<22, 23..<28])
    }
}
