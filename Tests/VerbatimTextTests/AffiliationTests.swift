import Testing
@testable import VerbatimText

/// People who hold no office but speak as experts, aides or staff: the kind of person and the institution their
/// mentions give.
struct AffiliationTests {
    /// The shipped lexicon without its office holders, so that the people here are only what their articles say.
    static let extractor = Extractor(lexicon: try! Lexicon.load(parts: Lexicon.Parts.all.subtracting(.holders)))

    /// `name|role|country|organization|as written|former` of each official in `paragraphs`.
    func officials(_ paragraphs: String...) -> [String] {
        Self.extractor.extract(Fixture.article(paragraphs)).officials.map {
            "\($0.name)|\($0.role)|\($0.country ?? "-")|\($0.organization ?? "-")|\($0.organizationName ?? "-")|\($0.isFormer)"
        }
    }

    /// `Hale's spokesman`, `the prime minister's official spokesman`: the one served is part of the description, and
    /// gives the speaker the country of their office.
    @Test func aSpeakerWhoServesSomeoneNamedBefore() {
        let e = Self.extractor.extract(Fixture.article([
            "British Prime Minister Tom Hale met the mayor on Monday.",
            "Hale's spokesman said the prime minister stood by his comments.",
            "The prime minister's official spokesman said the cabinet still met weekly.",
        ]))
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.speaker?.country ?? "-")|\($0.text)" } == [
            "Hale's spokesman|GBR|the prime minister stood by his comments",
            "the prime minister's official spokesman|GBR|the cabinet still met weekly",
        ])
    }

    /// A name in someone's words is talked about: `Trump at the State Department` inside a quotation places no one.
    @Test func aNameInsideAQuotationHasNoAffiliation() {
        #expect(officials("“We need Tom Vale of the Kellor Institute,” said Ann Ruiz.").isEmpty)
        #expect(officials("Ann Ruiz spoke. “We need Tom Vale of the Kellor Institute,” she said.").isEmpty)
        #expect(officials("Tom Vale of the Kellor Institute said the talks would fail.")
            == ["Tom Vale|affiliate|-|-|the Kellor Institute|false"])
    }

    /// `his campaign said`: an unnamed speaker named after the person the pronoun stands for, with their country.
    @Test func aSpeakerServingThePersonAPronounStandsFor() {
        let e = Self.extractor.extract(Fixture.article([
            "British Prime Minister Tom Hale met the mayor on Monday.",
            "His office said the talks would resume in June.",
        ]))
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.speaker?.country ?? "-")|\($0.text)" }
            == ["Tom Hale's office|GBR|the talks would resume in June"])
    }

    /// `A spokesman said` right after a sentence about an institution speaks for it.
    @Test func aSpokesmanOfTheInstitutionJustNamed() {
        let e = Self.extractor.extract(Fixture.article([
            "But the Home Office defended the measures. A spokesman said the men could not be tried.",
        ]))
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.speaker?.organization ?? "-")|\($0.speaker?.country ?? "-")" }
            == ["a spokesman|uk-home-office|GBR"])
    }

    /// A rank word before a title makes the office below it; a title that names its department keeps the department.
    @Test(arguments: [
        ("U.S. Deputy Homeland Security Secretary Ron Hale spoke.", "Ron Hale|deputy secretary|USA|dhs|-|false"),
        ("U.S. Deputy Secretary of State Mara Quill flew in.", "Mara Quill|deputy secretary of state|USA|-|-|false"),
        ("U.S. Homeland Security Secretary Mia Stone spoke.", "Mia Stone|secretary of homeland security|USA|dhs|-|false"),
    ])
    func aRankWordMakesTheOfficeBelow(_ c: (String, String)) {
        #expect(officials(c.0) == [c.1])
    }

    @Test(arguments: [
        ("\"It will not last,\" said Tom Vale, a professor at Kellor University.",
         "Tom Vale|professor|-|-|Kellor University|false"),
        ("The deal is weak, Brookings analyst Ann Ruiz said.", "Ann Ruiz|analyst|USA|brookings|-|false"),
        ("\"The talks are over,\" said Joe Kim, a senior fellow with the Lowy Institute.",
         "Joe Kim|fellow|-|-|the Lowy Institute|false"),
        ("Sam Bell of the Eurasia Group said the deal would hold.", "Sam Bell|affiliate|-|-|the Eurasia Group|false"),
        ("Lee Fox, a former aide to the mayor, said it was a mistake.", "Lee Fox|aide|-|-|-|true"),
        ("Ida Berg, Hale's senior policy adviser, said it was a mistake.", "Ida Berg|adviser|-|-|Hale|false"),
        ("It was wrong, said Lee Fox, a former receptionist for a Kellor firm.", "Lee Fox|receptionist|-|-|-|true"),
        ("It was wrong, said Lee Fox, a professor at Kellor University in Norway.",
         "Lee Fox|professor|-|-|Kellor University|false"),
        ("Coal will stay, said Mark Dunn, a Kellor University energy researcher.",
         "Mark Dunn|researcher|-|-|Kellor University|false"),
        ("Ida Holm, a Norwegian economist, said rates would rise.", "Ida Holm|economist|NOR|-|-|false"),
        ("\"It is too optimistic,\" said Ann Ruiz, of Kellor Securities.", "Ann Ruiz|affiliate|-|-|Kellor Securities|false"),
        ("\"Markets are nervous,\" said Ann Ruiz, an analyst at KBX.", "Ann Ruiz|analyst|-|-|KBX|false"),
        ("Ann Ruiz, president of the Harbour Civic Society, said the pier was ugly.",
         "Ann Ruiz|president|-|-|the Harbour Civic Society|false"),
        ("Ann Ruiz, director of trading at Vale Trust Partners, said stocks rose.",
         "Ann Ruiz|director|-|-|Vale Trust Partners|false"),
        ("\"Deliveries will start,\" said Russian oil official Ivan Sokol.", "Ivan Sokol|official|RUS|-|-|false"),
    ])
    func aNonOfficialsStandingAndInstitution(_ c: (String, String)) {
        #expect(officials(c.0) == [c.1])
    }

    /// Offices with what the article says around them: a shadow post, a title before a form of address, an
    /// institution after the title or an acronym before it.
    @Test(arguments: [
        ("Tory shadow home secretary Mara Quill said the plan would fail.",
         "Mara Quill|shadow home secretary|GBR|uk-conservatives|-|false"),
        ("Mara Quill, Tory shadow work and pensions secretary, said it was wrong.",
         "Mara Quill|shadow work and pensions secretary|GBR|uk-conservatives|-|false"),
        ("Chairman Sir Tom Vale said the agency must improve.", "Tom Vale|chair|-|-|-|false"),
        ("Tom Vale, assistant chief constable of Kellor Police, said the march was lawful.",
         "Tom Vale|assistant chief constable|GBR|-|Kellor Police|false"),
        ("ZPA leader Tom Vale warned of walkouts.", "Tom Vale|leader|-|-|ZPA|false"),
        ("ZPA finance spokesman Tom Vale said rises must be small.", "Tom Vale|spokesperson|-|-|ZPA|false"),
        ("Tom Vale, director of civil rights group Fairway, said the law was unjust.",
         "Tom Vale|director|-|-|Fairway|false"),
    ])
    func anOfficeAndWhatSurroundsIt(_ c: (String, String)) {
        #expect(officials(c.0) == [c.1])
    }

    /// An institution's possessive, a description set before the name, a party, and what someone is now.
    @Test(arguments: [
        ("The BBC's Tom Vale says the talks will be limited.", "Tom Vale|affiliate|GBR|bbc|-|false"),
        ("The KPN's Tom Vale says the talks will be limited.", "Tom Vale|affiliate|-|-|KPN|false"),
        ("The BBC's home affairs correspondent, Tom Vale, said the plan was weak.",
         "Tom Vale|correspondent|GBR|bbc|-|false"),
        ("Labour backbencher Tom Vale called the plan a mistake.", "Tom Vale|backbencher|GBR|uk-labour|-|false"),
        ("Tom Vale, for the Liberal Democrats, accused ministers of ducking choices.",
         "Tom Vale|affiliate|GBR|uk-libdems|-|false"),
        ("\"It bolsters the charge,\" said Tom Vale, a former prosecutor and a law professor at Kellor University.",
         "Tom Vale|professor|-|-|Kellor University|false"),
    ])
    func whatTheArticleSaysOfANonOfficial(_ c: (String, String)) {
        #expect(officials(c.0) == [c.1])
    }

    /// The last kind of person of a phrase, and only a whole institution's name.
    @Test(arguments: [
        ("\"People worry,\" said Tom Vale, a veteran political analyst.", "Tom Vale|analyst|-|-|-|false"),
        ("Tom Vale, leader of Kellor county Labour group, said turnout would fall.", "Tom Vale|leader|-|-|-|false"),
        ("\"It is low,\" said Tom Vale, analyst at Kellor Investment in Oslo.",
         "Tom Vale|analyst|-|-|Kellor Investment|false"),
        ("\"Debt is high,\" says Tom Vale, assistant director of the IMF's European Department.",
         "Tom Vale|assistant director|-|imf|-|false"),
        ("\"We are checking,\" said Tom Vale, deputy head of the natural disasters department at Swiss Kellor.",
         "Tom Vale|deputy head|CHE|-|Swiss Kellor|false"),
        ("Tom Vale, chairman of the American Chamber of Commerce in Norway, said the deals were strong.",
         "Tom Vale|chair|USA|-|American Chamber of Commerce in Norway|false"),
        ("\"Hardliners won,\" said Tom Vale, with the Harald Berg think tank in Oslo.",
         "Tom Vale|affiliate|-|-|Harald Berg think tank|false"),
        ("\"It is good news,\" said Tom Vale, a lobbyist with Kellorwell focused on tax.",
         "Tom Vale|lobbyist|-|-|Kellorwell|false"),
        ("\"We will appeal,\" Kelloril spokesman Tom Vale told reporters.", "Tom Vale|spokesperson|-|-|Kelloril|false"),
        ("Officials said on Monday his spokesman, Tom Vale, would answer.", "Tom Vale|spokesperson|-|-|-|false"),
        ("\"Prices are unfair,\" said Tom Vale, an official from the Oslo Municipal Commission for Transport.",
         "Tom Vale|official|NOR|-|Oslo Municipal Commission for Transport|false"),
    ])
    func theKindAndTheInstitution(_ c: (String, String)) {
        #expect(officials(c.0) == [c.1])
    }

    /// Words that give no standing, a place after `of`, and a party give no affiliation.
    @Test(arguments: [
        "Tom Vale, a resident of the town, said the road was closed.",
        "Tom Vale of Ohio said the road was closed.",
        "Tom Vale of the Democratic Party said the road was closed.",
        "Speaking to pupils, Tom Vale at Kellor High School said the road was closed.",
    ])
    func noStanding(_ sentence: String) {
        #expect(officials(sentence) == [])
    }

    /// A party's post is the party's (`Tory leader`); a party before an office of the state is an affiliation.
    @Test func aPartyPost() {
        #expect(officials("Tory leader Mara Quill said the vote would fail.")
            == ["Mara Quill|leader|GBR|uk-conservatives|-|false"])
        #expect(officials("Democratic Senator Mara Quill said the vote would fail.") == ["Mara Quill|senator|USA|-|-|false"])
    }

    /// An office not held yet, an apposition's country, and a title qualified by lowercase words.
    @Test func officesInAppositions() {
        #expect(officials("But Mr Vale, a prospective Labour MP, said he was confident.") == [])
        #expect(officials("Retired General Tom Vale, former commander of U.S. Strategic Command, said the order was illegal.")
            == ["Tom Vale|commander|USA|-|U.S. Strategic Command|true"])
        #expect(officials("Retired General Tom Vale, former commander of NATO forces, said the order was illegal.")
            == ["Tom Vale|commander|-|nato|-|true"])
        #expect(officials("Tom Vale, chief economic adviser to the mayor, said there would be no spree.")
            == ["Tom Vale|adviser|-|-|-|false"])
        #expect(officials("Tom Vale, ex-chief economic adviser to the Treasury, said there would be no spree.")
            == ["Tom Vale|adviser|-|-|-|true"])
    }

    /// `former Vale campaign foreign policy adviser X`: a former post in someone's campaign.
    @Test func aPostInSomeonesCampaign() {
        #expect(officials("Tom Vale won.", "Former Vale campaign foreign policy adviser Ann Ruiz said she would testify.")
            == ["Ann Ruiz|adviser|-|-|Vale campaign|true"])
        #expect(officials("Tom Vale won.", "On Monday, Vale administration official Ann Ruiz said she would testify.")
            == ["Ann Ruiz|official|-|-|Vale administration|false"])
    }

    /// `former Vale campaign advisers A, B and C`: a plural kind before a list of names is each one's.
    @Test func aKindBeforeAList() {
        #expect(officials("Tom Vale won.", "Ann Ruiz wrote to former Vale campaign advisers Joe Kim, Lee Fox and Ida Holm on Monday.")
            == ["Joe Kim|adviser|-|-|Vale campaign|true", "Lee Fox|adviser|-|-|Vale campaign|true",
                "Ida Holm|adviser|-|-|Vale campaign|true"])
        #expect(officials("Ann Ruiz met Joe Kim, Lee Fox and Ida Holm on Monday.") == [])
    }

    /// A bare `Judge X` sits on the court the article names most, the first of those named most.
    @Test func aJudgesCourt() {
        #expect(officials("The 9th U.S. Circuit Court of Appeals heard the case.", "Judge Tom Vale said the court would rule.")
            == ["Tom Vale|judge|USA|ca9|-|false"])
        #expect(officials("The 9th Circuit and the 4th Circuit differ.", "Judge Tom Vale said the 4th Circuit would rule.")
            == ["Tom Vale|judge|USA|ca4|-|false"])
        #expect(officials("The 9th Circuit and the 4th Circuit differ.", "Judge Tom Vale said the court would rule.")
            == ["Tom Vale|judge|USA|ca9|-|false"])
        #expect(officials("Judge Tom Vale said the Kellor tribunal would rule.") == ["Tom Vale|judge|-|-|-|false"])
    }

    /// A party's president and a company's general counsel.
    @Test func aPartyPresidentAndACompanysCounsel() {
        #expect(officials("Lib Dem president Tom Vale said the party was ready.")
            == ["Tom Vale|president|GBR|uk-libdems|-|false"])
        #expect(officials("Facebook General Counsel Tom Vale told the committee it would act.")
            == ["Tom Vale|general counsel|USA|meta|-|false"])
    }

    /// An office from a title stays; the affiliation is only for people with none.
    @Test func anOfficeWins() {
        #expect(officials("Senator Tom Vale, a former professor at Kellor University, said the road was closed.")
            .map { $0.split(separator: "|")[1] } == ["senator"])
    }
}
