import Testing
@testable import VerbatimText

/// Speakers given by a description rather than a bare name: a name after adjectives, a description of two titles, the
/// subject of `issued a statement saying`, `his office`, and a description opened by `his` or `her`.
struct AttributionByDescriptionTests {
    /// The shipped lexicon without its office holders, so that the people here are only what their articles say.
    static let extractor = Extractor(lexicon: try! Lexicon.load(parts: Lexicon.Parts.all.subtracting(.holders)))

    func extract(_ paragraphs: String...) -> Extraction { Self.extractor.extract(Fixture.article(paragraphs)) }

    /// `an angry Moe retaliated`: a name after a determiner and its adjectives is the speaker, not a description;
    /// `retaliated` and `hit back` are cues.
    @Test(arguments: ["retaliated", "hit back", "said"])
    func aNameAfterAnAdjective(_ cue: String) {
        let e = extract("Mayor Ola Moe spoke on Monday.", "Per Vik said the yard was lost.",
                        "\"The yard will always be ours,\" an angry Moe \(cue).")
        #expect(e.statements.last.map { "\($0.speaker?.name ?? "-")|\($0.cue ?? "-")|\($0.text)" }
            == "Ola Moe|\(cue)|The yard will always be ours")
    }

    /// `the Ohio senator and Republican presidential candidate said`: a description up to the cue, by its titles,
    /// names the last holder of one of them.
    @Test func aDescriptionOfTwoTitles() {
        let e = extract("Sen. Ola Moe spoke first.",
                        "\"The yard is run by fools,\" the Ohio senator and Republican presidential candidate said.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" } == ["Ola Moe|The yard is run by fools"])
    }

    /// `issued a statement saying …`: the subject's words, also after an opening phrase and whatever `the U.S.`
    /// ends with, and not the words of a name after a preposition (`wrote to Hale saying`); `his office` there is of
    /// the person the paragraph names last.
    @Test(arguments: [
        ("Sen. Ann Berg issued a statement saying the plan \"will make the border less safe.\"",
         "Ann Berg|partial|the plan \"will make the border less safe.\""),
        ("In line with most of his fellow voters, Sen. Ann Berg was critical, telling reporters: \"The plan is bad.\"",
         "Ann Berg|direct|The plan is bad."),
        ("Critics pounced, in Sen. Ray Dunn's case, on security. His office put out a statement saying the U.S. \"does not have the capacity.\"",
         "Ray Dunn's office|partial|the U.S. \"does not have the capacity.\""),
        ("Sen. Ann Berg wrote to Hale on Friday saying there were \"serious concerns\" about the plan.",
         "Ann Berg|partial|there were \"serious concerns\" about the plan"),
        ("Oslo welcomed the plan, with Sen. Ann Berg saying it was \"on the right track.\"",
         "Ann Berg|partial|it was \"on the right track.\""),
        // `columnist Ai Jun wrote`: a month's short name after a title and a name's first word is a surname.
        ("\"His ideas are far from heartwarming,\" columnist Ai Jun wrote in the piece.",
         "Ai Jun|direct|His ideas are far from heartwarming"),
        // `But as the tabloid noted in an op-ed Thursday, …` is said by the tabloid.
        ("But as the nationalist Global Times tabloid noted in an op-ed Thursday, the candidate \"has earned a few fans.\"",
         "the nationalist Global Times tabloid|partial|the candidate \"has earned a few fans.\""),
        ("Sen. Ann Berg told CBS's Face the Nation that the plan was bad.", "Ann Berg|indirect|that the plan was bad"),
        // `was quoted as saying` goes on with a clause.
        ("Sen. Ann Berg was quoted as saying the plan was reckless.", "Ann Berg|indirect|the plan was reckless"),
        ("His office said the U.S. \"does not have the capacity to vet every refugee.\"",
         "Tom Hale's office|direct|does not have the capacity to vet every refugee."),
    ])
    func theSubjectOfAStatementSaying(_ c: (String, String)) {
        let e = extract("Sen. Tom Hale criticized the plan on Tuesday.", c.0)
        #expect(e.statements.dropFirst().map { "\($0.speaker?.name ?? "-")|\($0.kind.rawValue)|\($0.text)" } == [c.1])
    }

    /// An apposition opened by `another`, or by lowercase words with a kind of person or an institution, describes the
    /// name before it.
    @Test(arguments: [
        ("\"They hid it,\" said Per Vik, another former national security adviser to Mr. Moe.",
         "another former national security adviser to Mr. Moe"),
        ("\"I am skeptical,\" Per Vik, senior emerging markets economist at Nordic Capital Partners, told the forum.",
         "senior emerging markets economist at Nordic Capital Partners (NCP)"),
        ("Per Vik, ranking Democrat on the Senate Foreign Relations Committee, said the yard would close.",
         "ranking Democrat on the Senate Foreign Relations Committee (DSFRC)"),
        ("Per Vik, having arrived on Monday, said the yard would close.", nil),
    ] as [(String, String?)])
    func anAppositionAfterTheName(_ c: (String, String?)) {
        let e = extract("Mayor Kari Lie met Ola Moe on Monday.", c.0)
        #expect(e.statements.first { $0.speaker?.name == "Per Vik" }?.speaker?.described == c.1)
    }

    /// `Christian Vik` is a name, `Christian leaders` are not; an apposition of up to twenty words describes him.
    @Test func aGivenNameThatIsAlsoAWord() {
        let e = extract("Christian Vik, a former mayor of Bergen and currently president of the Regional Council of "
                        + "Vestland-Hordaland-Sogn, said the yard would close.",
                        "Christian leaders said the yard would stay.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.speaker?.described ?? "-")" } == [
            "Christian Vik|a former mayor of Bergen and currently president of the Regional Council of Vestland-Hordaland-Sogn (RCV)",
            "leaders|leaders",
        ])
    }

    /// `which` after a country or institution stands for it; after anything else it names no speaker.
    @Test(arguments: [
        ("The move was welcomed by Norway, which described the ban as a \"relic of the past\".", ["Norway"]),
        ("The move came after a report by Amnesty International, which said the ban had failed.", ["Amnesty International"]),
        ("The move followed a report, which said the ban had failed.", []),
    ])
    func whichStandsForAnInstitution(_ c: (String, [String])) {
        let e = extract("Per Vik spoke on Monday.", c.0)
        #expect(e.statements.map { $0.speaker?.name ?? "-" } == c.1)
    }

    /// `Any Questions` (a programme) and `Investment Partnership` (a treaty's) are no one's names: `he` is Farage's;
    /// and `told BBC Radio Four's Any Questions` names whom he told, not what.
    @Test(arguments: ["Nigel Farage spoke on Any Questions.", "Nigel Farage told BBC Radio Four's Any Questions.",
                      "Nigel Farage spoke against the Transatlantic Trade and Investment Partnership (TTIP)."])
    func wordsThatNameNoOne(_ sentence: String) {
        let e = extract(sentence, "\"It is bad,\" he said.")
        #expect(e.statements.map { $0.speaker?.name ?? "-" } == ["Nigel Farage"])
    }

    /// A passive names who was spoken of, not who spoke; a form of `be` before a participle in -ing is no passive.
    @Test func aPassiveNamesNoSpeaker() {
        let e = extract("His ongoing rhetoric has been widely condemned as fearmongering.",
                        "The plan was criticized by Per Vik as reckless.",
                        "Per Vik was telling reporters that the plan was reckless.")
        #expect(e.statements.map { "\($0.speaker?.name ?? "-")|\($0.text)" } == ["Per Vik|that the plan was reckless"])
    }

    /// `his` or `her` opening a description is the person it stands for, of that gender first.
    @Test(arguments: [
        ("Her senior policy adviser, Per Vik, said the yard would close.", "Kari Lie's senior policy adviser"),
        ("Per Vik, his chief of staff, said the yard would close.", "Ola Moe's chief of staff"),
    ])
    func aDescriptionOpenedByAPronoun(_ c: (String, String)) {
        let e = extract("Mayor Kari Lie met Ola Moe on Monday.", c.0)
        let vik = e.statements.first { $0.speaker?.name == "Per Vik" }
        #expect(vik?.speaker?.described == c.1)
    }
}
