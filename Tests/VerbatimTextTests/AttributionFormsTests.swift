import Testing
@testable import VerbatimText

/// Attribution forms of wire and web copy: dashes, parentheses, appositions, initials, marks facing the wrong way.
struct AttributionFormsTests {
    @Test func dashAfterQuoteNamesTheSpeaker() {
        let e = Fixture.extract("“The ferry is the only way we can reach the hospital in winter.” ― Marta Olsen",
                                "“We were promised a bridge twenty years ago.” — Henrik Dahl, a fisherman from Vardo.")
        #expect(Fixture.summary(e) == [
            "direct|Marta Olsen|The ferry is the only way we can reach the hospital in winter.|quote.dash-attribution",
            "direct|Henrik Dahl|We were promised a bridge twenty years ago.|quote.dash-attribution",
        ])
    }

    @Test func dashInsideASentenceIsNotAnAttribution() {
        let e = Fixture.extract("They called it “the long winter” — Marta Olsen remembers it well, and so does the town.")
        #expect(e.statements.allSatisfy { $0.rule != "quote.dash-attribution" })
    }

    /// A saying yet to come, or that did not happen, is no statement; a name such as May before a cue is no modal.
    @Test(arguments: [
        ("Marta Olsen will say the ferry must stay.", 0), ("Marta Olsen declined to comment on the ferry.", 0),
        ("Marta Olsen could criticize the plan next week.", 0), ("Marta Olsen said the ferry must stay.", 1),
    ])
    func aSayingYetToCome(_ c: (String, Int)) {
        #expect(Fixture.extract(c.0).statements.count == c.1)
    }

    /// `…, implicitly criticizing the charges`: a participle after a comma is the sentence's speaker's, not that of
    /// the name before the comma.
    @Test func aParticipleAfterACommaIsTheSpeakersOfTheSentence() {
        let e = AffiliationTests.extractor.extract(Fixture.article([
            "President Marta Olsen said on Monday her former adviser, Henrik Dahl, was being treated unfairly, "
                + "implicitly criticizing the charges against him.",
        ]))
        #expect(!e.statements.isEmpty)
        #expect(e.statements.allSatisfy { $0.speaker?.name == "Marta Olsen" })
    }

    @Test func parenthesisBetweenNameAndCue() {
        let e = Fixture.extract("“This budget ignores the north,” Sen. Karin Holt (D-Maine) said Friday.")
        #expect(Fixture.summary(e) == ["direct|Karin Holt|This budget ignores the north|quote.trailing-attribution"])
    }

    @Test func appositionBetweenNameAndCue() {
        let e = Fixture.extract(
            "“The numbers do not add up,” Leif Moen, a professor of economics at the college in Tromso, said on Monday.")
        #expect(Fixture.summary(e) == ["direct|Leif Moen|The numbers do not add up|quote.trailing-attribution"])
    }

    @Test func initialsInsideNames() {
        let e = Fixture.extract("“We will vote against it,” said Sen. K.J. Sorensen.")
        #expect(Fixture.summary(e) == ["direct|K.J. Sorensen|We will vote against it|quote.trailing-attribution"])
    }

    @Test func doubleApostrophesOpenAndClose() {
        let e = Fixture.extract("''The tax plan is fair to everyone,'' said Nils Aas, an economist.")
        #expect(Fixture.summary(e) == ["direct|Nils Aas|The tax plan is fair to everyone|quote.trailing-attribution"])
    }

    @Test func closingMarkOpeningAParagraphOpensTheQuote() {
        let e = Fixture.extract("”The harbour must reopen before the season starts.” ― Marta Olsen")
        #expect(Fixture.summary(e) == [
            "direct|Marta Olsen|The harbour must reopen before the season starts.|quote.dash-attribution",
        ])
    }

    @Test func closingMarkAndEllipsisOpeningAParagraph() {
        let e = Fixture.extract("” … and the harbour must reopen before the season starts,” Marta Olsen said.")
        #expect(Fixture.summary(e) == [
            "direct|Marta Olsen|… and the harbour must reopen before the season starts|quote.trailing-attribution",
        ])
    }

    @Test func colonClosingTheParagraphBeforeTheQuote() {
        let e = Fixture.extract("Tove Lund said:", "“The bridge is safe and it will open next week.”")
        #expect(Fixture.summary(e) == ["direct|Tove Lund|The bridge is safe and it will open next week.|quote.colon-paragraph"])
    }

    /// `A port spokeswoman said…. "…," she said.`: the pronoun is the spokeswoman, unless a woman was named since.
    @Test func aPronounForAnUnnamedSpokeswoman() {
        let e = Fixture.extract("A port spokeswoman said the quay was safe. “We have checked it twice,” she said.")
        #expect(e.statements.map { $0.speaker?.name ?? "-" } == ["a port spokeswoman", "a port spokeswoman"])
        let f = Fixture.extract("A port spokeswoman said the quay was safe. Maria Lund disagreed. “It is not,” she said.")
        #expect(f.statements.map { $0.speaker?.name ?? "-" }.last == "Maria Lund")
        let g = Fixture.extract("A port spokesman said the quay was safe. “It is not,” she said.")
        #expect(g.statements.map { $0.speaker?.name ?? "-" }.last == "-")
    }

    /// `said Megumi's mother`, `said the firm's spokesman`: someone's kin or aide, unnamed, whom `he said` (a
    /// pronoun of the noun's gender) goes on with.
    @Test(arguments: ["Megumi's spokesman", "the firm's spokesman"])
    func someonesKin(_ who: String) {
        let e = Fixture.extract("The families can do little, said \(who), now 81. “Please help them,” he said.")
        #expect(e.statements.map { $0.speaker?.name ?? "-" } == [who, who])
    }

    /// `…, the agency cited X as saying`: X said it; the agency only reports it.
    @Test func anAgencyCitingSomeone() {
        let e = Fixture.extract("Washington should look into the harbour deal, the Kellor news agency cited Per Vik as saying on Tuesday.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" }
            == ["Per Vik|Washington should look into the harbour deal"])
    }

    /// `“…”, the Kellor news agency quoted X as saying`: a quotation's speaker is the one quoted.
    @Test func anAgencyQuotingSomeoneAfterAQuotation() {
        let e = Fixture.extract("Washington should look into “the harbour deal”, the Kellor news agency quoted Per Vik as saying.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" } == ["Per Vik|Washington should look into “the harbour deal”"])
    }

    /// Whoever is quoted, paraphrased or cited `as telling` someone, or with where they serve, said the words.
    @Test(arguments: [
        "“The harbour deal is the most sensitive issue,” the ministry paraphrased Per Vik as telling the mayor.",
        "“The harbour deal is the most sensitive issue,” the Kellor news agency quoted Per Vik as telling reporters.",
        "“The harbour deal is the most sensitive issue,” the paper quoted Per Vik of the port board as saying.",
    ])
    func theOneQuotedAsTellingSomeone(_ text: String) {
        let e = Fixture.extract(text)
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" } == ["Per Vik|The harbour deal is the most sensitive issue"])
    }

    /// `X, asked how…, said: “…”`: being asked is an aside between the speaker and the cue.
    @Test func anAskedAside() {
        let e = Fixture.extract("According to Kellor radio, Per Vik, asked how the talks had gone and what the mayor asked, said: “They went well for the harbour.”")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" } == ["Per Vik|They went well for the harbour."])
    }

    /// `influential tabloid the Global Times, …, said`: a few words of what a speaker is before its name.
    @Test func wordsOfWhatASpeakerIsBeforeItsName() {
        let e = Fixture.extract("“The harbour will grow,” news agency AFP, owned by the Russian Foreign Ministry, said in its report.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" } == ["Agence France-Presse|The harbour will grow"])
        let f = Fixture.extract("AFP, owned by the Russian Foreign Ministry, said the harbour would grow.")
        #expect(f.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" } == ["Agence France-Presse|the harbour would grow"])
    }

    @Test func generationalSuffixEndsTheName() {
        let e = Fixture.extract("“We will vote against it,” Karl Moen Jr., a fisherman, said.")
        #expect(Fixture.summary(e) == ["direct|Karl Moen Jr.|We will vote against it|quote.trailing-attribution"])
    }

    @Test func appositionWithSeveralCommasBeforeTheCue() {
        let e = Fixture.extract(
            "“The rules are unfair,” Leif Moen, the mayor of Vardo, one of the towns suing the states, said on Monday.")
        #expect(Fixture.summary(e) == ["direct|Leif Moen|The rules are unfair|quote.trailing-attribution"])
    }

    @Test func wordsBeforeATitleAndName() {
        let e = Fixture.extract("“We will find who did this,” harbour police Chief Ola Brandt said.")
        #expect(Fixture.summary(e) == ["direct|Ola Brandt|We will find who did this|quote.trailing-attribution"])
    }

    @Test func firstPersonIsTheWriter() {
        let e = Fixture.extract("“I am not afraid of the sea,” I said to the captain.")
        #expect(Fixture.speakerSummary(e) == ["direct|anonymous|the writer|I am not afraid of the sea"])
        #expect(e.statements[0].speaker?.mentionText == "I")
    }

    @Test func participleAfterACommaTakesTheSentenceSubject() {
        let e = Fixture.extract("Tove Lund urged the crews to stay, saying, “The boats will be safe in the harbour.”")
        #expect(Fixture.summary(e).contains("direct|Tove Lund|The boats will be safe in the harbour.|quote.leading"))
    }

    /// A trailing attribution ends after whom it was told and how: `told reporters on a conference call`.
    @Test(arguments: ["The harbour will close, a port official told reporters on a conference call.",
                      "The harbour will close, a port official told reporters in a statement."])
    func trailingAttributionWithItsAddresseeAndSetting(_ sentence: String) {
        let e = Fixture.extract(sentence)
        #expect(Fixture.summary(e) == ["indirect|a port official|The harbour will close|reported.trailing"])
    }

    /// The comma before the participle may stand inside a closing quotation mark (American style).
    @Test(arguments: ["Tove Lund praised the “deal,” saying it would help the harbour.",
                      "Tove Lund praised the “deal”, saying it would help the harbour."])
    func participleAfterACommaInsideAQuote(_ sentence: String) {
        let e = Fixture.extract(sentence)
        #expect(Fixture.summary(e).contains("indirect|Tove Lund|it would help the harbour|reported.participle"))
    }

    @Test func colonAfterAStatementWithoutACue() {
        let e = Fixture.extract("Tove Lund released the following message:", "“The bridge is safe and it will open next week.”")
        #expect(Fixture.summary(e) == ["direct|Tove Lund|The bridge is safe and it will open next week.|quote.colon-paragraph"])
    }

    @Test func titleHoldingAnInstitutionsName() {
        let e = Fixture.extract("“We should wait,” Senate minority leader Karl Moen told reporters.")
        #expect(Fixture.summary(e) == ["direct|Karl Moen|We should wait|quote.trailing-attribution"])
    }

    @Test func descriptionAfterTheQuote() {
        let e = Fixture.extract("“It was very nice,” the shipping magnate told a reporter.")
        #expect(Fixture.speakerSummary(e) == ["direct|anonymous|the shipping magnate|It was very nice"])
    }

    @Test func theAddresseeOfTellingIsNotTheSpeaker() {
        let e = Fixture.extract("Tove Lund shrugged off the report, telling reporters, “The bridge is safe.”")
        #expect(Fixture.summary(e) == ["direct|Tove Lund|The bridge is safe.|quote.leading"])
    }

    @Test func attributionAfterAQuestion() {
        let e = Fixture.extract("“Who could have planned for this storm?” Tove Lund said.")
        #expect(Fixture.summary(e) == ["direct|Tove Lund|Who could have planned for this storm?|quote.trailing-attribution"])
    }

    @Test func institutionAfterTheName() {
        let e = Fixture.extract("“The numbers do not add up,” Leif Moen of the Northern Fisheries Council said.")
        #expect(Fixture.summary(e) == ["direct|Leif Moen|The numbers do not add up|quote.trailing-attribution"])
    }

    @Test func abbreviationInsideAnApposition() {
        let e = Fixture.extract("“It was a long winter,” Leif Moen, now 81 and retired in Portland, Maine., said by telephone.")
        #expect(Fixture.summary(e).first == "direct|Leif Moen|It was a long winter|quote.trailing-attribution")
    }

    @Test func sentenceOfItsOwnAfterAQuote() {
        let e = Fixture.extract("“The nets are empty.” Tove Lund said. Tove Lund said the fleet would wait.")
        #expect(Fixture.summary(e) == [
            "direct|Tove Lund|The nets are empty.|quote.trailing-attribution",
            "indirect|Tove Lund|the fleet would wait|reported.clause",
        ])
    }

    @Test func descriptionAfterTheCue() {
        let e = Fixture.extract("“We were all so proud of him,” said the 46-year-old.")
        #expect(Fixture.speakerSummary(e) == ["direct|anonymous|the 46-year-old|We were all so proud of him"])
    }

    @Test func sentenceOpeningWithTheCue() {
        let e = Fixture.extract("Said Tove Lund, who grew up with him in the old harbour district, “We were all so proud of him.”")
        #expect(Fixture.summary(e) == ["direct|Tove Lund|We were all so proud of him.|quote.leading"])
    }
}

/// Speakers that are not names: descriptions, institutions unknown to the gazetteer, titles used as surnames.
struct DescribedSpeakerTests {
    @Test func determinerPhraseIsADescribedSpeaker() {
        let e = Fixture.extract("The harbour authority said that the pier would close for a month.")
        #expect(Fixture.speakerSummary(e) == ["indirect|anonymous|the harbour authority|that the pier would close for a month"])
    }

    @Test func formOfAddressMakesATitleWordAName() {
        // `president` is an office in the fixture lexicon; after `Ms.` it is a surname.
        let e = Fixture.extract("Ms. President said that the pier would close for a month.")
        #expect(Fixture.speakerSummary(e) == ["indirect|person|President|that the pier would close for a month"])
    }

    @Test func appositionWithCommasOfItsOwn() {
        let e = Fixture.extract(
            "Ada Brisk, a lawyer for the union, which represents the crews, said the pier would close for a month.")
        #expect(Fixture.speakerSummary(e) == ["indirect|person|Ada Brisk|the pier would close for a month"])
    }

    @Test func titleAloneRefersToTheOfficeHolderNamedBefore() {
        let e = Fixture.extract(
            "Russian ambassador Pavel Orlov met reporters.", "The ambassador said that the talks would resume.",
            "Norwegian Foreign Minister Kari Dahl spoke later.", "The minister said that Norway would host them.")
        #expect(Fixture.speakerSummary(e) == [
            "indirect|person|Pavel Orlov|that the talks would resume",
            "indirect|person|Kari Dahl|that Norway would host them",
        ])
        #expect(e.statements[0].speaker?.mentionText == "The ambassador")
        #expect(e.statements[0].speaker?.country == "RUS")
    }

    @Test func accordingToAnUnknownSource() {
        let e = Fixture.extract("The ferry carried 4,000 passengers last year, according to harbour records kept in Bergen.")
        #expect(Fixture.speakerSummary(e) == [
            "indirect|anonymous|harbour records kept in Bergen|The ferry carried 4,000 passengers last year",
        ])
    }

    @Test func barePluralOpeningTheSentence() {
        let e = Fixture.extract("But harbour safety advocates said the pier should stay closed.")
        #expect(Fixture.speakerSummary(e) == ["indirect|anonymous|harbour safety advocates|the pier should stay closed"])
    }

    @Test func appositionOpeningWithAPossessive() {
        let e = Fixture.extract("“We are not the answer,” Karl Moen, Mr. Lund's deputy, said on Sunday.")
        #expect(Fixture.summary(e) == ["direct|Karl Moen|We are not the answer|quote.trailing-attribution"])
    }

    @Test func nameWithItsInstitutionBeforeAnApposition() {
        let e = Fixture.extract("Karl Moen of Northbank, the largest private bank, warned that the fees would rise.")
        #expect(Fixture.summary(e) == ["indirect|Karl Moen|that the fees would rise|reported.that-clause"])
    }

    @Test func speakerNounBeforeTheNameAfterTheCue() {
        let e = Fixture.extract("“The pier is safe,” said harbour analyst Ada Brisk. “We checked it twice.”")
        #expect(Fixture.summary(e) == [
            "direct|Ada Brisk|The pier is safe|quote.trailing-attribution",
            "direct|Ada Brisk|We checked it twice.|quote.same-paragraph",
        ])
    }
}
