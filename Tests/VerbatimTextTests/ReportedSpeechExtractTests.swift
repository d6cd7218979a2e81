import Testing
@testable import VerbatimText

/// Reported speech: that-clauses, trailing attributions, evaluation and object verbs, `according to`, partials.
struct ReportedSpeechExtractTests {
    @Test func thatClause() {
        let e = Fixture.extract("Harbour master Ada Brisk said on Monday that the northern pier would reopen in May.")
        #expect(Fixture.summary(e) == ["indirect|Ada Brisk|that the northern pier would reopen in May|reported.that-clause"])
        #expect(e.statements[0].cue == "said")
        #expect(e.statements[0].cueLemma == "say")
    }

    @Test func clauseWithoutThat() {
        let e = Fixture.extract("Per Vik told reporters the fleet was too old to sail.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|the fleet was too old to sail|reported.clause"])
    }

    @Test func trailingAttribution() {
        let e = Fixture.extract("The ferry will not run this winter, Per Vik said.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|The ferry will not run this winter|reported.trailing"])
    }

    @Test func evaluationVerbTakesItsObject() {
        let e = Fixture.extract("Ada Brisk criticized the new toll, blaming it for the fall in traffic.")
        #expect(Fixture.summary(e) == ["indirect|Ada Brisk|the new toll, blaming it for the fall in traffic|reported.evaluation"])
        #expect(e.statements.first?.cue == "criticized")
    }

    @Test func objectVerbStartsAtTheObject() {
        let e = Fixture.extract("Tove Lund urged Norway to lift the fishing ban before the summer.")
        #expect(Fixture.summary(e) == ["indirect|Tove Lund|Norway to lift the fishing ban before the summer|reported.object"])
    }

    @Test func participleTakesTheSentenceSubject() {
        let e = Fixture.extract("U.S. Secretary of State Mara Quill spoke on Friday, demanding that Oslo reopen the consulate at once.")
        #expect(Fixture.summary(e) == ["indirect|Mara Quill|that Oslo reopen the consulate at once|reported.participle"])
    }

    @Test func accordingToLeadingAndTrailing() {
        let e = Fixture.extract(
            "According to Per Vik, the toll will double next year.",
            "The bridge cost twice the estimate, according to the State Department.")
        #expect(Fixture.summary(e) == [
            "indirect|Per Vik|the toll will double next year|reported.according-to",
            "indirect|State Department|The bridge cost twice the estimate|reported.according-to",
        ])
        #expect(e.statements[1].speaker?.kind == .organization)
        #expect(e.statements[1].speaker?.organization == "us-state-department")
    }

    @Test func partialQuoteInsideReportedSpeech() {
        let e = Fixture.extract("Per Vik said he was \"hopeful\" the \"harbour talks\" would resume before March 3.")
        #expect(Fixture.summary(e) == ["partial|Per Vik|he was \"hopeful\" the \"harbour talks\" would resume before March 3|partial.clause"])
    }

    @Test func cuesInsideQuotesAreNotReportedSpeech() {
        let e = Fixture.extract("\"People said we would fail, but we did not,\" Per Vik said.")
        #expect(Fixture.summary(e) == ["direct|Per Vik|People said we would fail, but we did not|quote.trailing-attribution"])
    }

    @Test func nestedReportsBothStandWhenTheInnerNamesItsSpeaker() {
        let e = Fixture.extract("Per Vik runs the yard.", "Diplomats said that at the meeting Vik reiterated that the yard had asked for more time.")
        #expect(Fixture.summary(e) == [
            "indirect|diplomats|that at the meeting Vik reiterated that the yard had asked for more time|reported.that-clause",
            "indirect|Per Vik|that the yard had asked for more time|reported.that-clause",
        ])
    }

    @Test func quoteEndingTheReportedClauseIsPartial() {
        let e = Fixture.extract("Per Vik said the new quota was “a gift to the trawler owners.”")
        #expect(Fixture.summary(e) == ["partial|Per Vik|the new quota was “a gift to the trawler owners.”|partial.clause"])
    }

    @Test func thatClauseAfterAPhraseAboutTheSaying() {
        let e = Fixture.extract("Per Vik said at a meeting in Bergen that the quota would rise next year.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|that the quota would rise next year|reported.that-clause"])
    }

    @Test func countryAndSeatSpeakers() {
        let e = Fixture.extract(
            "Russia on Friday curtly rejected the proposal to share the fishing grounds.",
            "The Kremlin said the talks were over.")
        #expect(Fixture.summary(e) == [
            "indirect|Russia|the proposal to share the fishing grounds|reported.evaluation",
            "indirect|Russia|the talks were over|reported.clause",
        ])
        #expect(e.statements[0].speaker?.kind == .country)
        #expect(e.statements[0].speaker?.country == "RUS")
        #expect(e.statements[1].speaker?.mentionText == "The Kremlin")
    }

    @Test func continuationParticipleAfterQuote() {
        let e = Fixture.extract("\"We are ready,\" Per Vik said, adding that the crews had been paid.")
        #expect(Fixture.summary(e) == [
            "direct|Per Vik|We are ready|quote.trailing-attribution",
            "indirect|Per Vik|that the crews had been paid|reported.participle",
        ])
    }
}

/// Reported speech whose attribution stands inside the clause, and naming verbs with quoted words.
struct ReportedSpeechFormsTests {
    @Test func attributionInsideTheClause() {
        let e = Fixture.extract("Ada Brisk runs the port. Winter storms, Brisk said, are the real threat to the fleet.")
        #expect(Fixture.summary(e) == [
            "indirect|Ada Brisk|Winter storms, Brisk said, are the real threat to the fleet|reported.parenthetical",
        ])
    }

    @Test func namingVerbWithQuotedWordsIsAPartialStatement() {
        let e = Fixture.extract("Per Vik called the new quota “a gift to the trawler owners” on Tuesday.")
        #expect(Fixture.summary(e) == [
            "partial|Per Vik|the new quota “a gift to the trawler owners” on Tuesday|partial.naming",
        ])
    }

    @Test func namingVerbWithoutQuotedWordsIsNotSpeech() {
        let e = Fixture.extract("Per Vik called the harbour office on Tuesday.")
        #expect(e.statements.isEmpty)
    }

    @Test func clauseBeforeAQuoteWithTrailingAttribution() {
        let e = Fixture.extract("Raising the quota “would empty the fjord within five years,” Per Vik said.")
        #expect(Fixture.summary(e) == [
            "partial|Per Vik|Raising the quota “would empty the fjord within five years,”|partial.trailing-attribution",
        ])
    }

    @Test func secondVerbOfTheSubject() {
        let e = Fixture.extract("Per Vik met the crews on Monday and said the yard would stay open.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|the yard would stay open|reported.participle"])
    }

    @Test func toldSomeoneToDoSomething() {
        let e = Fixture.extract("Per Vik told his deputies to find a buyer for the yard.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|his deputies to find a buyer for the yard|reported.object"])
    }

    @Test func nameAsAppositionAfterADescription() {
        let e = Fixture.extract("The yard's owner, Per Vik, said the yard would stay open.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|the yard would stay open|reported.clause"])
    }

    @Test func longAddresseeBeforeThat() {
        let e = Fixture.extract("Per Vik told a meeting of northern harbour owners that the yard would stay open.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|that the yard would stay open|reported.that-clause"])
    }

    @Test func promiseVerbsTakeAnInfinitive() {
        let e = Fixture.extract("Per Vik vowed to rebuild the northern pier before winter.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|to rebuild the northern pier before winter|reported.infinitive"])
    }

    @Test func shareOfPeoplePolled() {
        let e = Fixture.extract("Sixty-six percent said the ferry should run all winter.", "Six in 10 said the fares were too high.")
        #expect(Fixture.speakerSummary(e) == [
            "indirect|anonymous|sixty-six percent|the ferry should run all winter",
            "indirect|anonymous|six in 10|the fares were too high",
        ])
    }

    @Test func clauseOpeningWithQuotedWords() {
        let e = Fixture.extract("Per Vik said “it makes me angry” every time a ferry is cancelled.")
        #expect(Fixture.summary(e) == ["partial|Per Vik|“it makes me angry” every time a ferry is cancelled|partial.clause"])
    }

    @Test func reportedContentEndsWhereTheWritersOwnClauseBegins() {
        let e = Fixture.extract(
            "Per Vik said the yard would hire 40 welders, while the union expects fewer.",
            "Ada Brisk said the pier would reopen in May but would not give a date.")
        #expect(Fixture.summary(e) == [
            "indirect|Per Vik|the yard would hire 40 welders|reported.clause",
            "indirect|Ada Brisk|the pier would reopen in May|reported.clause",
        ])
    }

    @Test func asReportedByOpensTheSentence() {
        let e = Fixture.extract("As the harbour office reported, the yard would close before the winter.")
        #expect(Fixture.speakerSummary(e) == ["indirect|anonymous|the harbour office|the yard would close before the winter"])
    }

    @Test func questionPutBySomeoneUnnamed() {
        let e = Fixture.extract("Asked about the closure of the yard, Per Vik said the decision was final.")
        #expect(Fixture.summary(e) == [
            "indirect|-|about the closure of the yard|reported.asked",
            "indirect|Per Vik|the decision was final|reported.clause",
        ])
    }

    @Test func settingBeforeAColonIsNotWhatWasSaid() {
        let e = Fixture.extract("In a statement on Friday, Per Vik said: “The yard will stay open.”")
        #expect(Fixture.summary(e) == ["direct|Per Vik|The yard will stay open.|quote.colon"])
    }

    @Test func timeOfDayAfterTheCue() {
        let e = Fixture.extract("Per Vik said Tuesday night the yard would stay open.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|the yard would stay open|reported.clause"])
    }

    @Test func participleAfterAQuotedPhraseEndsTheContent() {
        let e = Fixture.extract("Per Vik said the plan was \"doing the right thing,\" suggesting he might stay on.")
        #expect(Fixture.summary(e) == ["partial|Per Vik|the plan was \"doing the right thing,\"|partial.clause"])
    }

    @Test func secondAttributionAfterACommaEndsTheContent() {
        let e = Fixture.extract("While Per Vik said the pier was unsafe, he said there was no reason to close it.")
        #expect(Fixture.summary(e) == [
            "indirect|Per Vik|the pier was unsafe|reported.clause",
            "indirect|Per Vik|there was no reason to close it|reported.clause",
        ])
    }

    @Test func asideBetweenCueAndThatClause() {
        let e = Fixture.extract("Per Vik said, per a translator, that the pier was unsafe.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|that the pier was unsafe|reported.that-clause"])
    }

    @Test func longDescriptionAfterAccordingTo() {
        let e = Fixture.extract(
            "The fee cut emissions by a tenth, according to a study last year by economists at two universities in the north of the country.")
        #expect(Fixture.summary(e).count == 1)
        #expect(Fixture.summary(e).first?.hasSuffix("|The fee cut emissions by a tenth|reported.according-to") == true)
    }

    @Test func reflexiveAfterANamingVerbIsWhatIsNamed() {
        let e = Fixture.extract("On the trail, Per Vik called himself \"a friend of the harbour.\"")
        #expect(Fixture.summary(e) == ["partial|Per Vik|himself \"a friend of the harbour.\"|partial.naming"])
    }

    @Test func relativePronounAfterAnAppositionAndAYear() {
        let e = Fixture.extract("Ada Brisk met Per Vik, now the mayor, who in 2010 said the pier would never close.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|the pier would never close|reported.clause"])
    }

    @Test func appositionWithAPassiveCueOrAQuotedTitle() {
        let e = Fixture.extract("Per Vik, a fisherman who was called a hero, said the pier was unsafe.",
                                "Ada Brisk, the author of \"Cold Harbour,\" said the ferry would run.")
        #expect(Fixture.summary(e) == [
            "indirect|Per Vik|the pier was unsafe|reported.clause",
            "indirect|Ada Brisk|the ferry would run|reported.clause",
        ])
    }

    @Test func placeAfterATrailingCue() {
        let e = Fixture.extract("The pier is unsafe, Per Vik said Tuesday in Lindholm.")
        #expect(Fixture.summary(e) == ["indirect|Per Vik|The pier is unsafe|reported.trailing"])
    }

    @Test func secondPastCueAfterACommaAndAnd() {
        let e = Fixture.extract("Per Vik said the pier was unsafe for the boats, and warned that the ferry would stop.")
        #expect(Fixture.summary(e) == [
            "indirect|Per Vik|the pier was unsafe for the boats|reported.clause",
            "indirect|Per Vik|that the ferry would stop|reported.participle",
        ])
    }

    @Test func cueInItsBaseFormAfterASingularNameIsANoun() {
        let e = Fixture.extract("The Lindholm report said the pier was unsafe.", "Officials report the pier is closed.")
        #expect(Fixture.summary(e) == [
            "indirect|The Lindholm report|the pier was unsafe|reported.clause",
            "indirect|officials|the pier is closed|reported.clause",
        ])
    }

    @Test func speakersNextActAfterAQuotedPhrase() {
        let e = Fixture.extract(
            "Per Vik called the plan \"a costly mistake\" and warned that the ferry would stop.",
            "Ada Brisk called the mayor \"a moderate,\" a subtle dig at his record.",
            "Ada Brisk called the pier \"unsafe,\" an \"accident waiting to happen\" and \"a disgrace.\"")
        #expect(Fixture.summary(e) == [
            "partial|Per Vik|the plan \"a costly mistake\"|partial.naming",
            "indirect|Per Vik|that the ferry would stop|reported.participle",
            "partial|Ada Brisk|the mayor \"a moderate,\"|partial.naming",
            "partial|Ada Brisk|the pier \"unsafe,\" an \"accident waiting to happen\" and \"a disgrace.\"|partial.naming",
        ])
    }
}
