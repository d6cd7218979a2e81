import Testing
@testable import VerbatimText

/// Sources named without a cue next to the quote, or in forms the gazetteer does not know.
struct SourceFormsTests {
    @Test func quoteInsideASentenceTakesItsSubject() {
        let e = Fixture.extract("Tove Lund credited the rescue to “a crew that never once thought of going home.”")
        #expect(Fixture.summary(e) == [
            "direct|Tove Lund|a crew that never once thought of going home.|quote.sentence-subject",
        ])
    }

    @Test func quotedTitleIsNotAStatement() {
        let e = Fixture.extract("Tove Lund hosts “The Harbour Hour With Friends and Neighbours” on Fridays.")
        #expect(e.statements.isEmpty)
    }

    @Test func aShowOrBookNamedAfterOnOfOrAPossessiveIsNotAStatement() {
        let e = Fixture.extract("Tove Lund spoke on Radio North’s “Harbour Morning.”",
                                "She is the author of “Salt and Iron,” a history of the fleet.",
                                "Lev Orlov told NRK’s “Today” he would stay.")
        #expect(e.statements.filter { $0.kind == .direct }.isEmpty)
    }

    @Test func unknownNameOpeningTheSentence() {
        let e = Fixture.extract("Nordic Ferry Group said in a statement Thursday night it had cancelled the winter sailings.")
        #expect(Fixture.speakerSummary(e) == [
            "indirect|anonymous|Nordic Ferry Group|it had cancelled the winter sailings",
        ])
    }

    @Test func pluralDescriptionWithAPossessive() {
        let e = Fixture.extract("Some of Lund's oldest allies said they would stand by her.")
        #expect(Fixture.summary(e) == ["indirect|some of Lund's oldest allies|they would stand by her|reported.clause"])
    }

    @Test func unknownSourceAfterTheClause() {
        let e = Fixture.extract("The ferry was headed to Lindholm for repairs, NRK reported in 2014.")
        #expect(Fixture.summary(e) == ["indirect|NRK|The ferry was headed to Lindholm for repairs|reported.trailing"])
    }

    @Test func wordsBetweenDeterminerAndSpeakerNoun() {
        let e = Fixture.extract("The pilot was calm and careful, an airport official told The Nordic Times.")
        #expect(Fixture.summary(e) == ["indirect|an airport official|The pilot was calm and careful|reported.trailing"])
    }

    @Test func questionPutToTheSpeaker() {
        let e = Fixture.extract("“We will see,” Tove Lund said when asked whether she would run again.")
        #expect(Fixture.summary(e) == [
            "direct|Tove Lund|We will see|quote.trailing-attribution",
            "indirect|-|whether she would run again|reported.asked",
        ])
    }

    @Test func namingWithoutQuotesNeedsANamedSpeaker() {
        let e = Fixture.extract("Tove Lund called him a careless and reckless captain.",
                                "The ferry, now called Northern Star, sails at noon.")
        #expect(Fixture.summary(e) == ["indirect|Tove Lund|him a careless and reckless captain|reported.naming"])
    }

    @Test func theAddresseeOfAQuoteIsNotWhatWasSaid() {
        let e = Fixture.extract("“The boats are safe,” Tove Lund told a crowd of fishermen in the harbour of Lindholm.")
        #expect(Fixture.summary(e) == ["direct|Tove Lund|The boats are safe|quote.trailing-attribution"])
    }

    @Test func aTitleWithOfBeforeANameIsNoDescription() {
        let e = Fixture.extract("Secretary of State Mara Quill said on Tuesday that the port would reopen.")
        #expect(Fixture.speakerSummary(e) == ["indirect|person|Mara Quill|that the port would reopen"])
        // A spokesman for someone is still the spokesman.
        let f = Fixture.extract("A spokesman for Secretary of State Mara Quill said the port would reopen.")
        #expect(Fixture.speakerSummary(f) == [
            "indirect|anonymous|a spokesman for Secretary of State Mara Quill|the port would reopen",
        ])
    }
}
