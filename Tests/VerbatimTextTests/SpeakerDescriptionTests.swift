import Testing
@testable import VerbatimText

/// How an article describes its speakers (`Speaker.described`), and the later mentions that name them again.
struct SpeakerDescriptionTests {
    /// Each way a description comes with a name: words before it, an apposition, an institution after it.
    @Test(arguments: [
        (["\"The yard will close,\" said Bergen analyst Per Vik."], "Bergen analyst"),
        (["Per Vik, a senior fellow at the Nordic Policy Institute, said the yard would close."],
         "a senior fellow at the Nordic Policy Institute (NPI)"),
        (["\"The yard will close,\" said Per Vik, of the Coastal Studies Centre."], "of the Coastal Studies Centre (CSC)"),
        (["Per Vik of the Bergen Harbour Group spoke on Monday.", "Vik said the yard would close."],
         "of the Bergen Harbour Group (BHG)"),
        (["Per Vik, who runs the yard, spoke on Monday.", "Vik said the yard would close."], "runs the yard"),
        (["Per Vik, who heads Norway's Coastal Safety Board, said the yard would close."],
         "heads Norway's Coastal Safety Board (CSB)"),
        (["Per Vik, who is a senior fellow at the Lowy Institute, said the yard would close."],
         "a senior fellow at the Lowy Institute"),
        (["Per Vik, who arrived on Monday, said the yard would close."], nil),
        (["Officials met Per Vik, Ola Moe and Kari Lie on Monday.", "Vik said the yard would close."], nil),
    ] as [([String], String?)])
    func aPersonsDescription(_ c: ([String], String?)) {
        let e = Fixture.extractor.extract(Fixture.article(c.0))
        let s = e.statements.first?.speaker
        #expect(s?.name == "Per Vik")
        #expect(s?.described == c.1)
    }

    /// A name in someone's words (`more of Trump at the State Department`) is not placed at the institution.
    @Test func aNameInsideAQuotationIsNotDescribedByWhatFollows() {
        let e = Fixture.extract("“We need more of Per Vik at the Bergen Harbour Group,” Ola Moe said.",
                                "Per Vik said the yard would close.")
        let vik = e.statements.first { $0.speaker?.name == "Per Vik" }
        #expect(vik?.text == "the yard would close")
        #expect(vik?.speaker?.described == nil)
    }

    /// A later statement by surname carries what an earlier mention said of the person.
    @Test func anEarlierMentionDescribesLaterStatements() {
        let e = Fixture.extract(
            "Per Vik, a harbour economist at the Nordic Policy Institute, spoke on Monday.",
            "Vik said the yard would close in June.")
        #expect(e.statements.first?.speaker?.name == "Per Vik")
        #expect(e.statements.first?.speaker?.described == "a harbour economist at the Nordic Policy Institute (NPI)")
    }

    /// An unnamed speaker is described by the words that stand for them; `the official` later is the same one.
    @Test func theOfficialIsTheOneIntroducedBefore() {
        let e = Fixture.extract(
            "The plan is dead, a senior U.S. official said.",
            "Talks could resume in May, the official said.")
        #expect(e.statements.map { $0.speaker?.name } == ["a senior U.S. official", "a senior U.S. official"])
        #expect(e.statements.map { $0.speaker?.mentionText } == ["a senior U.S. official", "the official"])
        #expect(e.statements.map { $0.speaker?.described } == ["a senior U.S. official", "a senior U.S. official"])
        #expect(e.statements[1].speaker?.country == "USA")
    }

    /// A name written family name first is named again by that family name, unless it is a given name.
    @Test func aFamilyNameWrittenFirstNamesThePersonAgain() {
        let e = Fixture.extract(
            "Foreign Ministry spokeswoman Hua Chunying spoke in Beijing on Monday.",
            "\"All sides should exercise restraint,\" Hua said.")
        #expect(e.statements.first?.speaker?.name == "Hua Chunying")
    }

    @Test func acronymsOfLongNames() {
        #expect(Analysis.withAcronyms("a fellow at the International Institute for Strategic Studies")
            == "a fellow at the International Institute for Strategic Studies (IISS)")
        #expect(Analysis.withAcronyms("of the Economist Intelligence Unit; Economist Intelligence Unit's Mr")
            == "of the Economist Intelligence Unit; Economist Intelligence Unit's Mr (EIU)")
        #expect(Analysis.withAcronyms("Harbour analyst") == "Harbour analyst")
    }
}
