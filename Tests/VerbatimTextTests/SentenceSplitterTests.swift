import Testing
@testable import VerbatimText

struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let a = ParsedArticle(text: text)
        return SentenceSplitter.sentences(in: text, range: 0..<text.utf8.count).map(a.string)
    }

    @Test func wordHashLiteralsAreTheHashesOfTheirWords() {
        let literals: [(UInt64, String)] = [
            (Words.it, "it"),
            (Words.next, "next"),
            (Words.other, "other"),
            (Words.them, "them"),
            (Words.on, "on"),
            (Words.that, "that"),
            (Words.he, "he"),
            (Words.we, "we"),
            (Words.she, "she"),
            (Words.him, "him"),
            (Words.her, "her"),
            (Words.the, "the"),
            (Words.a, "a"),
            (Words.an, "an"),
            (Words.to, "to"),
            (Words.of, "of"),
            (Words.at, "at"),
            (Words.as_, "as"),
            (Words.for_, "for"),
            (Words.from, "from"),
            (Words.percent, "percent"),
            (Words.who, "who"),
            (Words.last, "last"),
            (Words.this, "this"),
            (Words.by, "by"),
            (Words.in_, "in"),
            (Words.and, "and"),
            (Words.but, "but"),
            (Words.quoted, "quoted"),
            (Words.saying, "saying"),
            (Words.having, "having"),
            (Words.said, "said"),
            (Words.counterpart, "counterpart"),
            (Words.counterparts, "counterparts"),
            (Words.former, "former"),
            (Words.ex, "ex"),
            (Words.then, "then"),
            (Words.according, "according"),
        ]
        for (literal, word) in literals {
            #expect(literal == Hash.of(word), "\(word)")
        }
        // And of the tokens of text.
        #expect(Tokenizer.tokens(of: "The").first?.hash == Words.the)
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
