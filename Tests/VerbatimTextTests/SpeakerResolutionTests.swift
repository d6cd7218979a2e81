import Testing
@testable import VerbatimText

/// Speakers: names with titles, surnames, pronouns, institutions and anonymous sources.
struct SpeakerResolutionTests {
    @Test func surnameResolvesToEarlierFullName() {
        let a = Fixture.article(["Norwegian ambassador Ingrid Halvorsen arrived late.", "Halvorsen said the delay was regrettable."])
        let e = Fixture.extractor.extract(a)
        let s = try! #require(e.statements.first?.speaker)
        #expect(s.kind == .person)
        #expect(s.name == "Ingrid Halvorsen")
        #expect(s.mentionText == "Halvorsen")
        #expect(a.string(s.antecedent!) == "Ingrid Halvorsen")
        #expect(s.role == "ambassador")
        #expect(s.country == "NOR")
    }

    @Test func pronounPrefersThePreviousSpeaker() {
        let e = Fixture.extract(
            "Per Vik said the yard would close in June.",
            "The decision angered Ola Moe and his union.",
            "\"It is a sad day for the town,\" he said.")
        #expect(e.statements.map { $0.speaker?.name } == ["Per Vik", "Per Vik"])
        #expect(e.statements[1].speaker?.mentionText == "he")
    }

    @Test func pronounWithoutPreviousSpeakerTakesNearestPerson() {
        let e = Fixture.extract("Ola Moe walked to the quay.", "\"The water is rising every year,\" he said.")
        #expect(e.statements.first?.speaker?.name == "Ola Moe")
    }

    @Test func anonymousSources() {
        let e = Fixture.extract(
            "Diplomats said the vote would be delayed until the autumn.",
            "The plan is dead, a senior U.S. official said.")
        #expect(e.statements.map { $0.speaker?.kind } == [.anonymous, .anonymous])
        #expect(e.statements.map { $0.speaker?.name } == ["diplomats", "a senior U.S. official"])
        #expect(e.statements[1].speaker?.country == "USA")
    }

    @Test func organizationSpeaker() {
        let e = Fixture.extract("The State Department said the embassy would stay open.")
        let s = try! #require(e.statements.first?.speaker)
        #expect(s.kind == .organization)
        #expect(s.name == "State Department")
        #expect(s.country == "USA")
    }

    @Test func capitalSpeaksForItsCountry() {
        let e = Fixture.extract("Paris remains committed to the treaty, Ada Brisk said.", "Paris said the treaty was binding.")
        #expect(e.statements.map { $0.speaker?.name } == ["Ada Brisk", "France"])
        #expect(e.statements[1].speaker?.country == "FRA")
    }

    @Test func demonymIsNotASpeaker() {
        let e = Fixture.extract("Russian said the talks were over.")
        #expect(e.statements.allSatisfy { $0.speaker == nil })
    }

    @Test func mentionIsInTheStatementsOwnSentence() {
        let a = Fixture.article(["UN special envoy Lars Ekdahl met both sides.", "\"Nobody wants another winter of this,\" Ekdahl said."])
        let e = Fixture.extractor.extract(a)
        let s = try! #require(e.statements.first)
        #expect(s.context.contains(s.speaker!.mention.lowerBound))
        #expect(s.speaker?.organization == "un")
        #expect(s.speaker?.role == "special envoy")
    }

    @Test func pronounsFollowGenderFromGivenNamesAndFormsOfAddress() {
        let e = Fixture.extract(
            "Maria Lund met John Berg and Mr. Holm in Oslo.", "She said the talks would resume in March.",
            "He said the talks were over.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.speaker?.mentionText ?? "-")" } == [
            "Maria Lund|She", "Holm|He",
        ])
    }

    @Test func pronounWithNoFittingPersonHasNoSpeaker() {
        let e = Fixture.extract("John Berg met reporters in Oslo.", "She said the talks would resume in March.")
        #expect(e.statements.count == 1)
        #expect(e.statements[0].speaker == nil)
    }

    @Test func relativePronounStandsForTheNameBeforeIt() {
        let e = Fixture.extract("Per Vik, who said the yard would close, left the meeting early.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.speaker?.mentionText ?? "-")|\($0.text)" } == [
            "Per Vik|who|the yard would close",
        ])
    }

    @Test func givenNameThatIsAlsoAnInstitutionWord() {
        let e = Fixture.extract("Bill Harmon said the pier would reopen in May.")
        #expect(e.statements.map { $0.speaker?.name ?? "-" } == ["Bill Harmon"])
    }

    @Test func pronounWithNobodyToStandForKeepsItsMention() {
        let a = Fixture.article(["The crowd was loud.", "“It just came out of my mouth,” she said."])
        let s = try! #require(Fixture.extractor.extract(a).statements.first)
        #expect(s.speaker == nil)
        #expect(s.unresolvedMention.map(a.string) == "she")
    }
}
