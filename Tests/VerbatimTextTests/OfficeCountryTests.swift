import Testing
@testable import VerbatimText

/// Where an official's country comes from when the title does not name it, and what makes an office former.
struct OfficeCountryTests {
    func officials(_ text: String) -> [String] {
        Fixture.extractor.extract(ArticleParser.parse(text)).officials.map {
            "\($0.name)|\($0.role)|\($0.country ?? "-")|\($0.organization ?? "-")|\($0.isFormer)"
        }
    }

    func officials(paragraphs: String...) -> [String] {
        Fixture.extractor.extract(Fixture.article(paragraphs)).officials.map {
            "\($0.name)|\($0.role)|\($0.country ?? "-")|\($0.organization ?? "-")|\($0.isFormer)"
        }
    }

    @Test func legislatorTakesTheCountryOfTheDateline() {
        #expect(officials("Fish quotas cut\n\nOSLO (Reuters) - Senator Ada Brisk said Norway would cut quotas for Norwegian boats.")
            == ["Ada Brisk|senator|NOR|-|false"])
    }

    @Test func noHomeCountryForAStoryFromTwoCountries() {
        #expect(officials("Fish quotas cut\n\nOSLO/GENEVA (Reuters) - Senator Ada Brisk said Norway would cut quotas.")
            == ["Ada Brisk|senator|-|-|false"])
    }

    @Test func noHomeCountryWhenTheStoryIsAboutAnotherCountry() {
        #expect(officials("Fish quotas cut\n\nGENEVA (Reuters) - Senator Ada Brisk said Norway and the Norwegian fleet would gain.")
            == ["Ada Brisk|senator|-|-|false"])
    }

    @Test func ministersTakeNoCountryFromTheDateline() {
        #expect(officials("Fish quotas cut\n\nOSLO (Reuters) - Foreign Minister Tom Hale said Norway would cut quotas.")
            == ["Tom Hale|foreign minister|-|-|false"])
    }

    /// An unnamed speaker's country when it names none: an unnamed body of a state (`the Foreign Ministry`, `the
    /// government`) in a story about its dateline's country is that country's (not in a story about another, nor a
    /// body that is no state's); `the ministry`, `the official` with no speaker before it take the country of an
    /// earlier mention of the same word.
    @Test(arguments: [
        ("OSLO (Reuters) - Norway will cut quotas for Norwegian boats, the Foreign Ministry said.", "the Foreign Ministry|NOR"),
        ("OSLO (Reuters) - Norway will cut quotas, the government said on Monday.", "the government|NOR"),
        ("GENEVA (Reuters) - Norway will cut quotas for Norwegian boats, the Foreign Ministry said.", "the Foreign Ministry|-"),
        ("OSLO (Reuters) - Norway will cut quotas for Norwegian boats, the committee said.", "the committee|-"),
        ("GENEVA (Reuters) - Norway's fisheries ministry also weighed in. Quotas will fall, the ministry said.",
         "the ministry|NOR"),
        ("GENEVA (Reuters) - A Norwegian official weighed in. Quotas will fall, the official said.", "the official|NOR"),
        ("GENEVA (Reuters) - The board weighed in. Quotas will fall, the official said.", "the official|-"),
    ])
    func anUnnamedSpeakersCountry(_ c: (String, String)) {
        let e = Fixture.extractor.extract(ArticleParser.parse("Fish quotas cut\n\n" + c.0))
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.speaker?.country ?? "-")" } == [c.1])
    }

    /// A head of state or government named bare in a story about its dateline's country is that country's.
    @Test(arguments: ["Prime Minister Tom Hale|prime minister", "President Tom Hale|president"])
    func headsTakeTheCountryOfTheDateline(_ c: String) {
        let parts = c.split(separator: "|").map(String.init)
        #expect(officials("Fish quotas cut\n\nOSLO (Reuters) - \(parts[0]) said Norway would cut quotas.")
            == ["Tom Hale|\(parts[1])|NOR|-|false"])
        #expect(officials("Fish quotas cut\n\nGENEVA (Reuters) - \(parts[0]) said Norway would cut quotas.")
            == ["Tom Hale|\(parts[1])|-|-|false"])
    }

    /// The headline's `Norwegian prime minister` is the story's `Prime Minister Tom Hale`; two countries for one
    /// title in the headline give none.
    @Test func aTitleTheHeadlineGivesWithItsCountry() {
        #expect(officials("Norwegian prime minister says quotas will fall\n\nPrime Minister Tom Hale said quotas would fall.")
            == ["Tom Hale|prime minister|NOR|-|false"])
        #expect(officials("Norwegian, Swiss prime ministers meet\n\nPrime Minister Tom Hale said quotas would fall.")
            == ["Tom Hale|prime minister|-|-|false"])
        #expect(officials("Norwegian foreign minister says quotas will fall\n\nPrime Minister Tom Hale said quotas would fall.")
            == ["Tom Hale|prime minister|-|-|false"])
    }

    /// A country named in the title's sentence, with only a comma and `where` between: `…to Norway, where President X`.
    @Test(arguments: [
        ("Officials flew to Norway, where President Tom Hale said quotas would fall.", "NOR"),
        ("Officials flew to Norway and President Tom Hale said quotas would fall.", "-"),
        ("Norway sent ships. President Tom Hale said quotas would fall.", "-"),
        ("Officials flew to Norway, President Tom Hale said.", "-"),
    ])
    func aCountryJustBeforeTheTitle(_ c: (String, String)) {
        #expect(officials(paragraphs: c.0) == ["Tom Hale|president|\(c.1)|-|false"])
    }

    @Test func aTitleOnlyOneCountryUses() {
        #expect(officials(paragraphs: "Treasury Secretary Mara Quill flew in.") == ["Mara Quill|secretary of the treasury|USA|-|false"])
    }

    @Test func thePlaceALegislatorIsFrom() {
        #expect(officials(paragraphs: "Representative Ada Brisk of Lindholm voted against it.")
            == ["Ada Brisk|representative|NOR|-|false"])
    }

    @Test func theCountryAfterAmbassadorToIsTheHost() {
        #expect(officials(paragraphs: "He met former Russian ambassador to Washington Lev Orlov.")
            == ["Lev Orlov|ambassador|RUS|-|true"])
        #expect(officials(paragraphs: "He met the ambassador to Britain Lev Orlov.") == ["Lev Orlov|ambassador|-|-|false"])
    }

    @Test func thenOustedAndLateMakeAnOfficeFormer() {
        #expect(officials(paragraphs: "It began under then-Secretary of State Mara Quill.")
            == ["Mara Quill|secretary of state|-|-|true"])
        #expect(officials(paragraphs: "Supporters of ousted President Tom Hale marched.") == ["Tom Hale|president|-|-|true"])
        #expect(officials(paragraphs: "A statue of the late Senator Ada Brisk stands there.") == ["Ada Brisk|senator|-|-|true"])
    }

    @Test func aCopulaIntroducesATitle() {
        #expect(officials(paragraphs: "Mara Quill remains the U.S. secretary of state despite the reports.")
            == ["Mara Quill|secretary of state|USA|-|false"])
    }

    @Test func theFullerTitleOfALaterMentionWins() {
        #expect(officials(paragraphs: "Secretary Mara Quill arrived.", "U.S. Secretary of State Mara Quill spoke.")
            == ["Mara Quill|secretary of state|USA|-|false"])
    }

    @Test func aShortTitleWordCanEndAName() {
        #expect(officials(paragraphs: "Prime Minister Hun Sen met the envoy.") == ["Hun Sen|prime minister|-|-|false"])
    }

    @Test func aFundIsNotAPersonWhateverTitleComesFirst() {
        #expect(officials(paragraphs: "Lev Orlov, director of the Norwegian Salmon Fund, spoke.").allSatisfy {
            !$0.hasPrefix("Salmon Fund")
        })
        #expect(!Fixture.extractor.extract(Fixture.article(["The director of the Norwegian Salmon Fund spoke."]))
            .mentions.contains { $0.text == "Salmon Fund" })
    }

    @Test func onlyTitleWordsJoinACountryToATitle() {
        #expect(officials(paragraphs: "Ties between Russia and President Tom Hale worsened.") == ["Tom Hale|president|-|-|false"])
        #expect(officials(paragraphs: "He spoke to the Russian military spokesman Lev Orlov.")
            == ["Lev Orlov|spokesperson|RUS|-|false"])
    }
}

/// Names that look like other words.
struct NameFormsTests {
    @Test func aMonthAfterAGivenNameIsASurname() {
        let e = Fixture.extractor.extract(Fixture.article(["British Prime Minister Maria May said it was wrong."]))
        #expect(e.officials.map(\.name) == ["Maria May"])
        let dates = Fixture.extractor.extract(Fixture.article(["The talks resume in May with Lev Orlov."]))
        #expect(dates.officials.isEmpty && !dates.mentions.contains { $0.text.contains("May") })
    }

    @Test func aTitleAfterANameAndACommaIsThatName() {
        let e = Fixture.extractor.extract(Fixture.article(["“It is late,” said Lev Orlov, director of Norway Fish Export."]))
        #expect(!e.officials.contains { $0.name == "Fish Export" })
    }
}
