import Testing
@testable import VerbatimText

/// Direct quotes: marks, attribution patterns, splits, continued paragraphs and scare quotes.
struct QuoteExtractionTests {
    @Test func trailingAttributionWithCurlyMarks() {
        let e = Fixture.extract("“The harbour will stay closed until spring,” Norwegian envoy Ingrid Halvorsen told reporters in Lindholm.")
        #expect(Fixture.summary(e) == ["direct|Ingrid Halvorsen|The harbour will stay closed until spring|quote.trailing-attribution"])
        #expect(e.statements[0].cue == "told")
        #expect(e.statements[0].cueLemma == "tell")
        #expect(e.statements[0].speaker?.mentionText == "Ingrid Halvorsen")
    }

    @Test func invertedAttribution() {
        let e = Fixture.extract("Ola Brandt runs the port.", "\"We have lost three ships this year,\" added Brandt.")
        #expect(Fixture.summary(e) == ["direct|Ola Brandt|We have lost three ships this year|quote.trailing-attribution"])
        #expect(e.statements[0].speaker?.mentionText == "Brandt")
    }

    @Test func quoteSplitAroundItsAttribution() {
        let e = Fixture.extract("\"We will not leave,\" Tove Lund said, \"whatever the council decides.\"")
        #expect(Fixture.summary(e) == [
            "direct|Tove Lund|We will not leave|quote.trailing-attribution",
            "direct|Tove Lund|whatever the council decides.|quote.split",
        ])
    }

    @Test func colonIntroducesQuote() {
        let e = Fixture.extract("Tove Lund said: \"The bridge is safe and it will open next week.\"")
        #expect(Fixture.summary(e) == ["direct|Tove Lund|The bridge is safe and it will open next week.|quote.colon"])
    }

    @Test func doubleApostropheAndBacktickMarks() {
        let e = Fixture.extract("``It was the fishermen's choice,'' Ada Brisk said. The '90s were hard on Jones' boats.")
        #expect(Fixture.summary(e) == ["direct|Ada Brisk|It was the fishermen's choice|quote.trailing-attribution"])
    }

    @Test func apostrophesAreNotQuoteMarks() {
        let e = Fixture.extract("Russia's navy and the '90s fleet sailed past Jones' yard, Ada Brisk's office noted.")
        #expect(e.statements.allSatisfy { $0.kind != .direct })
    }

    @Test func quoteContinuedIntoNextParagraph() {
        let e = Fixture.extract(
            "Ada Brisk, the harbour master, spoke for an hour. \"The ice came early this year and the boats were caught.",
            "\"Nobody could have planned for that,\" she said.")
        #expect(Fixture.summary(e) == [
            "direct|Ada Brisk|The ice came early this year and the boats were caught.|quote.continued-paragraph",
            "direct|Ada Brisk|Nobody could have planned for that|quote.trailing-attribution",
        ])
        #expect(e.statements[0].speaker?.mentionText == "she")
    }

    @Test func secondQuoteInParagraphKeepsSpeaker() {
        let e = Fixture.extract("\"The nets are empty,\" Per Vik said. \"We need the quota raised before the winter season.\"")
        #expect(Fixture.summary(e) == [
            "direct|Per Vik|The nets are empty|quote.trailing-attribution",
            "direct|Per Vik|We need the quota raised before the winter season.|quote.same-paragraph",
        ])
        #expect(e.statements[1].context == e.statements[1].range.lowerBound - 1..<e.statements[1].range.upperBound + 1)
    }

    @Test func quoteSpanningTwoSentencesHasBothAsContext() {
        let a = Fixture.article(["\"It is late. We go home now,\" Per Vik said on Friday."])
        let e = Fixture.extractor.extract(a)
        #expect(e.statements.count == 1)
        #expect(a.string(e.statements[0].context) == "\"It is late. We go home now,\" Per Vik said on Friday.")
    }

    /// A quotation that goes on from the reported speech before it has that sentence in its context.
    @Test func aQuoteGoingOnFromTheSentenceBeforeHasItAsContext() {
        let a = Fixture.article(["Per Vik said the rebate was “fully justified”. “We get less from the fund than anyone.”"])
        let e = Fixture.extractor.extract(a)
        #expect(e.statements.last.map { a.string($0.context) }
            == "Per Vik said the rebate was “fully justified”. “We get less from the fund than anyone.”")
    }

    @Test func scareQuotesAreNotStatements() {
        let e = Fixture.extract("The so-called \"peace plan\" was shelved and the \"Blue Harbour\" report was lost.")
        #expect(e.statements.isEmpty)
    }

    @Test func shortQuoteWithAttributionIsAStatement() {
        let e = Fixture.extract("\"Never,\" Per Vik said.")
        #expect(Fixture.summary(e) == ["direct|Per Vik|Never|quote.trailing-attribution"])
    }

    @Test func quotedAsSaying() {
        let e = Fixture.extract(
            "Tove Lund visited the yard.",
            "\"Repairs will take a year,\" she was quoted as having said.",
            "But, she was quoted as saying, \"Everyone knew the dock was weak.\"",
            "\"The money is there,\" diplomats quoted her as saying.")
        #expect(Fixture.summary(e) == [
            "direct|Tove Lund|Repairs will take a year|quote.trailing-attribution",
            "direct|Tove Lund|Everyone knew the dock was weak.|quote.leading",
            "direct|Tove Lund|The money is there|quote.trailing-attribution",
        ])
        #expect(e.statements[2].speaker?.mentionText == "her")
        #expect(e.statements[0].cue == "quoted as having said")
    }

    @Test func trailingAttributionWithAccordingToKeepsPersonSpeaker() {
        let e = Fixture.extract("\"If they pay, we sail,\" Per Vik said, according to AFP.")
        #expect(Fixture.summary(e) == ["direct|Per Vik|If they pay, we sail|quote.trailing-attribution"])
    }

    @Test func shortSecondHalfAfterAnAttributedQuote() {
        let e = Fixture.extract("\"The boats are back,\" Per Vik said. \"At last.\"")
        #expect(Fixture.summary(e) == [
            "direct|Per Vik|The boats are back|quote.trailing-attribution",
            "direct|Per Vik|At last.|quote.same-paragraph",
        ])
    }

    @Test func paragraphOfWordsAfterTheOneThatIntroducedTheSpeaker() {
        let e = Fixture.extract("Ada Brisk has run the northern harbour for twenty years.",
                                "\"Nobody knows these waters better than the crews who work them every day.\"")
        #expect(Fixture.summary(e) == [
            "direct|Ada Brisk|Nobody knows these waters better than the crews who work them every day.|quote.introduced-speaker",
        ])
    }

    @Test func shortQuoteInsideASentenceIsNoSecondHalf() {
        let e = Fixture.extract("\"The boats are back,\" Per Vik said. The town elects 27 \"at-large\" members.")
        #expect(Fixture.summary(e) == ["direct|Per Vik|The boats are back|quote.trailing-attribution"])
    }

    @Test func possessiveAfterAQuoteIsNoSpeaker() {
        let e = Fixture.extract("Per Vik said that it was ''important to answer'' the crew's report.")
        #expect(Fixture.summary(e) == [
            "partial|Per Vik|that it was ''important to answer'' the crew's report|partial.that-clause",
        ])
    }

    @Test func cueFollowedByItsOwnClauseIsNoTrailingAttribution() {
        let e = Fixture.extract("Walking in to chants of \"Vik! Vik!,\" the mayor said his campaign was \"closing strong.\"")
        #expect(Fixture.summary(e) == ["partial|the mayor|his campaign was \"closing strong.\"|partial.clause"])
    }

    @Test func cueFollowedByAColonIntroducesTheNextQuote() {
        let e = Fixture.extract(
            "After Per Vik said that the pier was \"not safe for anyone,\" Ada Brisk said: \"It is safe and it will stay open.\"")
        #expect(Fixture.summary(e) == [
            "partial|Per Vik|that the pier was \"not safe for anyone,\"|partial.that-clause",
            "direct|Ada Brisk|It is safe and it will stay open.|quote.split",
        ])
    }
}
