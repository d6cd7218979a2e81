import Testing
@testable import VerbatimText

/// Which capitalized words make a person's name: not the word that opens a sentence before one, not a headline's
/// verbs.
struct NameFindingTests {
    func people(_ paragraphs: [String], title: String = "A headline") -> [String] {
        let e = Fixture.extractor.extract(Fixture.article(paragraphs, title: title))
        return Array(Set(e.mentions.filter { $0.kind == .person }.map(\.key))).sorted()
    }

    @Test func aWordOpeningTheSentenceBeforeAGivenNameAndSurname() {
        #expect(people(["Unsurprisingly Maria Lund stayed ashore.", "Lund said the sea was rough."]) == ["Maria Lund"])
        // Two words: the second may be a surname that is also a given name.
        #expect(people(["Amelize John said the school was too full."]) == ["Amelize John"])
    }

    /// A word opening a sentence or a quotation before the name of someone named before: a slogan, a count, a
    /// conjunction, not a new person.
    @Test(arguments: [
        "Neither Lund nor his aides said more.", "Six Lund supporters said they would march.",
        "Protesters chanted \"Dump Lund\" outside.", "Former Lund aides said little.",
    ])
    func aWordOpeningASentenceBeforeSomeoneNamedBefore(_ sentence: String) {
        #expect(people(["Maria Lund spoke at the pier on Monday.", sentence]) == ["Maria Lund"])
    }

    /// `Former Lund campaign adviser Carl Page said`, and a title-case book title's `…That Put Maria Lund in Office`.
    @Test func aWordBeforeANameNamedBefore() {
        #expect(people(["Former Lund campaign adviser Carl Page said the papers were irrelevant."]) == ["Carl Page"])
        #expect(people(["Maria Lund spoke at the pier.", "His book, \"The Deals that Put Maria Lund in Office,\" is out."])
            == ["Maria Lund"])
    }

    /// A slogan's or a headline's words before the whole name of someone the article names are not part of it.
    @Test(arguments: [
        (["Protesters chanted \"Stop Lund\" as Maria Lund spoke."], "A headline"),
        (["Maria Lund spoke at the pier."], "Ferrera Sent Maria Lund a Letter"),
        (["Some call her Cheeto Maria Lund.", "Maria Lund spoke at the pier."], "A headline"),
        (["Mr. Lund was scolded on Friday.", "Maria Lund said nothing."], "Bill Scolds Lund"),
    ])
    func wordsBeforeAWholeName(_ c: ([String], String)) {
        #expect(people(c.0, title: c.1) == ["Maria Lund"])
    }

    /// A word before another person's family name inside a sentence (here a given name the lexicon lacks) is a
    /// person of that family.
    @Test func aRelativesName() {
        #expect(people(["Maria Lund spoke.", "On Monday her son Erik Lund said little."]) == ["Erik Lund", "Maria Lund"])
    }

    /// `the UN's Refugee Aid Director`: capitalized words between a possessive and a title are the title's.
    @Test func wordsBetweenAPossessiveAndATitle() {
        #expect(people(["The UN's Refugee Aid Director, Maria Lund, said the camps were full."]) == ["Maria Lund"])
    }

    /// `Prime Minister's Questions`: a word after a title's possessive names a thing of the office, not its holder.
    @Test func aWordAfterATitlesPossessive() {
        #expect(people(["At Prime Minister's Questions, Maria Lund said the law was wrong."]) == ["Maria Lund"])
        #expect(people(["The Prime Minister's Cup was held on Monday."]) == [])
    }

    /// A newspaper, a place with a word before it, and an institution after its kind are no one's names.
    @Test func institutionsAndPlacesThatLookLikeNames() {
        #expect(people(["Writing in the Daily Telegraph, Maria Lund said the law was wrong."]) == ["Maria Lund"])
        #expect(people(["The charity Harbourhelp said the camps were full."]) == [])
        #expect(people(["Visitors to Upper Lindholm said the pier was closed."]) == [])
    }

    /// `New Yorker John Berg`: the end of another name before a given name and a surname.
    @Test func theEndOfAnotherNameBeforeAGivenName() {
        #expect(people(["Earlier, New Yorker John Berg said the pier was safe."]) == ["John Berg"])
    }

    /// `Kellorix said`, with `Kellorix's shares` elsewhere: a company's name.
    @Test func aCompanysName() {
        #expect(people(["Kellorix said it would cut jobs.", "Kellorix's shares fell 3%."]) == [])
        #expect(people(["Kellorix said it would appeal.", "A Kellorix unit was sold."]) == [])
        #expect(people(["Kellorix said it would cut jobs.", "Kellorix's decision surprised Maria Lund."]) == ["Kellorix", "Maria Lund"])
    }

    /// `Following claims that…`: a verb in -ing opening a sentence is no one's name.
    @Test func aVerbInIngOpeningASentenceBeforeACue() {
        #expect(people(["Following claims that the pier was unsafe, Maria Lund closed it."]) == ["Maria Lund"])
    }

    /// `MPs said`: an acronym's plural is no one's name.
    @Test func anAcronymsPlural() {
        #expect(people(["In May, MPs urged ministers to act.", "NGOs said the camps were full."]) == [])
    }

    @Test func aMiddleInitialThatIsAlsoAWord() {
        #expect(people(["Maria A. Lund said the pier was safe.", "John I. Berg agreed."]) == ["John I. Berg", "Maria A. Lund"])
    }

    @Test func aCompassPointAfterAGivenNameIsASurname() {
        #expect(people(["John West said the pier was safe.", "Ships sailed to the West."]) == ["John West"])
    }

    @Test func aVerbInIngOpeningTheSentence() {
        #expect(people(["Bashing Lund may be easy, John Berg said.", "Lund did not answer."]) == ["John Berg"])
    }

    @Test func aHeadlinesVerbsAreNotPartOfNames() {
        #expect(people(["Maria Lund spoke first.", "Then John Berg answered."], title: "Maria Lund Slams John Berg")
            == ["John Berg", "Maria Lund"])
        #expect(people(["The harbour stays shut."], title: "Harbour Board Backs Lund Plan") == [])
    }
}
