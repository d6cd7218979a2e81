import Foundation
import Testing
@testable import VerbatimArchive

/// `verbatim ask`: each question form and each way of naming a speaker, on an archive of four articles written for
/// these tests.
@Suite struct AskFormsTests {
    static let articles: [(String, String)] = [
        ("desk_2024-02-05_council.txt", """
            Council split over Homs siege

            Envoys clash at the Security Council over the siege of Homs.

            Russia's ambassador to the United Nations, Oleg Marin, said on Monday that Russian air strikes near Homs were aimed only at terrorists.

            "Our pilots strike only Islamic State positions," Marin told reporters.

            The UN envoy for the region, Tomas Berger, urged all sides to let aid convoys through.

            "The people of Homs cannot wait," Berger said.

            French Ambassador Claire Dumont condemned the bombing of the hospital. "This is a war crime," Dumont said.
            """),
        ("desk_2024-03-12_state.txt", """
            Secretary of state visits Ankara

            U.S. Secretary of State Helen Ward said on Tuesday that Daesh had lost most of its territory.

            "The coalition will finish the job," Ward told reporters in Ankara.

            In Columbus, Ohio Secretary of State Frank Lutz said the state's voter rolls were secure.

            "Every ballot will be counted," Lutz said.
            """),
        ("desk_2024-04-20_beijing.txt", """
            China urges restraint on peninsula

            China's foreign ministry said on Friday that North Korea should return to talks.

            "Dialogue is the only way forward," Chinese foreign ministry spokesman Li Wen told a regular briefing in Beijing.

            Kremlin spokesman Pavel Orlov said Moscow shared Beijing's view.

            NATO Secretary General Jens Holt warned that the missile tests threatened Europe. "We will defend every ally," Holt said.
            """),
        ("desk_2025-06-02_envoy.txt", """
            New envoy defends Homs operation

            Russia's ambassador to the United Nations, Irina Volkova, said on Monday that the operation near Homs had ended.

            Russian Deputy Foreign Minister Oleg Marin said Moscow would host new talks in July.

            "The talks will include every party," Marin told the Tass news agency.

            His daughter, Anna Marin, said she would not attend.
            """),
    ]

    /// One archive for the whole suite: the questions only read it.
    static let archive: Archive = {
        let dir = try! TemporaryDirectory()
        for (name, text) in articles { try! dir.write("in/\(name)", text) }
        let archive = try! Archive(path: dir.path("ask.sqlite"), lexicon: sharedLexicon)
        try! Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }()

    /// `speaker|text` of each answer, in the order given.
    func ask(_ question: String) throws -> [String] {
        guard let parsed = Question.parse(question) else {
            Issue.record("'\(question)' does not parse")
            return []
        }
        let table = try Self.archive.answer(parsed).table
        let speaker = table.columns.firstIndex(of: "speaker")!, text = table.columns.firstIndex(of: "text")!
        return table.rows.map { ResultTable.plain($0[speaker]) + "|" + ResultTable.plain($0[text]) }
    }

    func speakers(_ question: String) throws -> Set<String> {
        Set(try ask(question).map { String($0.split(separator: "|")[0]) })
    }

    // MARK: - Speaker forms

    @Test func aFullNameAndASurname() throws {
        #expect(try speakers("what did Claire Dumont say") == ["Claire Dumont"])
        #expect(try ask("what did Dumont say").count == 2)
        // A surname several people share names the most quoted of them; the full name names the other.
        #expect(try speakers("what did Marin say") == ["Oleg Marin"])
        #expect(try ask("what did Anna Marin say") == ["Anna Marin|she would not attend"])
        let explained = try Self.archive.answer(Question.parse("what did Marin say")!).explanation[1]
        #expect(explained == "speaker 'Marin': person: Oleg Marin (the most quoted of 2 named 'Marin'; also Anna Marin)")
        #expect(try speakers("what did Holt say") == ["Jens Holt"])
    }

    @Test func aCountrysEnvoyIsWhoeverHeldTheOfficeAtTheTime() throws {
        // Marin was Russia's UN envoy in 2024 and its deputy foreign minister in 2025: only his 2024 words count.
        #expect(try ask("what did Russia's UN envoy say") == [
            "Irina Volkova|that the operation near Homs had ended",
            "Oleg Marin|that Russian air strikes near Homs were aimed only at terrorists",
            "Oleg Marin|Our pilots strike only Islamic State positions",
        ])
        #expect(try speakers("what did the Russian deputy foreign minister say") == ["Oleg Marin"])
        #expect(try ask("what did the Russian deputy foreign minister say").count == 2)
    }

    @Test func theUNEnvoyIsTheUNsOwnNotAMemberStatesEnvoyToIt() throws {
        #expect(try speakers("what did the UN envoy say") == ["Tomas Berger"])
    }

    @Test func anAmbassadorByNationality() throws {
        #expect(try speakers("what did the French ambassador say") == ["Claire Dumont"])
    }

    @Test func theNationalOfficeNotAStatesOfTheSameName() throws {
        #expect(try speakers("what did the U.S. secretary of state say") == ["Helen Ward"])
        #expect(try speakers("what did the secretary of state say") == ["Helen Ward"])
        #expect(try speakers("what did the Ohio secretary of state say") == ["Frank Lutz"])
    }

    @Test func aCountrysMinistrySpeaksWithItsSpokespeople() throws {
        #expect(try ask("what did China's foreign ministry say") == [
            "Ministry of Foreign Affairs of the People's Republic of China|that North Korea should return to talks",
            "Li Wen|Dialogue is the only way forward",
        ])
    }

    @Test func aSeatsSpokesmanAndAnOrganizationsChief() throws {
        #expect(try ask("what did the Kremlin spokesman say") == ["Pavel Orlov|Moscow shared Beijing's view"])
        #expect(try speakers("what did NATO's chief say") == ["Jens Holt"])
        #expect(try speakers("what did NATO say") == ["Jens Holt"])
    }

    @Test func aCountryTakesInItsOfficialsAndInstitutions() throws {
        #expect(try speakers("what did Russia say") == ["Oleg Marin", "Irina Volkova", "Pavel Orlov"])
        #expect(try speakers("what did China say")
            == ["Ministry of Foreign Affairs of the People's Republic of China", "Li Wen"])
    }

    // MARK: - Question forms

    @Test func whatDidSpeakerSayAboutATopicWithSynonyms() throws {
        // Islamic State = ISIS = Daesh.
        #expect(try ask("What did the U.S. secretary of state say about ISIS?")
            == ["Helen Ward|that Daesh had lost most of its territory", "Helen Ward|The coalition will finish the job"])
        #expect(try ask("what has Marin said about Islamic State") == ["Oleg Marin|Our pilots strike only Islamic State positions"])
        // A demonym counts for its country: `Russian air strikes` is about Russia.
        // (`Moscow` is Russia too.)
        #expect(Set(try ask("what did Oleg Marin say regarding Russia").prefix(2)) == [
            "Oleg Marin|Moscow would host new talks in July",
            "Oleg Marin|that Russian air strikes near Homs were aimed only at terrorists",
        ])
        #expect(try ask("what has been said about ISIS").count == 3)
    }

    @Test func aQuoteIsAboutWhatTheParagraphItAnswersIsAbout() throws {
        // The quote never names Homs; the paragraph before it, which it goes on from, does. It ranks below the
        // statement that names Homs itself.
        #expect(try ask("what did Russia's UN envoy say about Homs") == [
            "Irina Volkova|that the operation near Homs had ended",
            "Oleg Marin|that Russian air strikes near Homs were aimed only at terrorists",
            "Oleg Marin|Our pilots strike only Islamic State positions",
        ])
    }

    @Test func everyWayOfFindingATopicsStatementsFindsTheSame() throws {
        // A common topic is tested statement by statement, a list of some size during a walk newest first, a rare one
        // as a list SQLite starts from: the same statements in the same order, whichever is used.
        for topic in ["Homs", "Russia", "ISIS", "the talks"] {
            let found = try Self.archive.read { db in
                try [(0, 0), (1_000_000, 0), (1_000_000, 1_000_000)].map { many, some in
                    let about = try Archive.aboutCondition(topic, many: many, some: some, lexicon: sharedLexicon, db: db)
                    return try Archive.statementIDs(db, [about], limit: 50)
                }
            }
            #expect(!found[0].isEmpty, "\(topic)")
            #expect(found[1] == found[0] && found[2] == found[0], "\(topic): \(found)")
        }
    }

    @Test func listsAreNewestFirstAndRankedAnswersByTier() throws {
        let ids = try Self.archive.read { db in try Archive.statementIDs(db, [], limit: nil) }
        let dates = try Self.archive.read { db in
            try ids.map { try String.fetchOne(db, sql: "SELECT published_on FROM v_statements WHERE id = ?", arguments: [$0]) ?? "" }
        }
        #expect(dates == dates.sorted(by: >) && ids.count > 10)
        // A limit smaller than the statements of the top tier takes the newest of that tier only.
        let answer = try Self.archive.answer(Question.parse("what did Russia's UN envoy say about Homs")!, limit: 2)
        #expect(answer.table.rows.map { ResultTable.plain($0[answer.table.columns.firstIndex(of: "text")!]) } == [
            "that the operation near Homs had ended",
            "that Russian air strikes near Homs were aimed only at terrorists",
        ])
    }

    @Test func whatDidSpeakerSayWithADateClause() throws {
        #expect(try ask("what did Marin say in 2025") == [
            "Oleg Marin|Moscow would host new talks in July", "Oleg Marin|The talks will include every party",
        ])
        #expect(try ask("what did Marin say before 2025").count == 2)
        #expect(try ask("what did Marin say between 2024-01-01 and 2024-12-31").count == 2)
    }

    @Test func whatWasSaidAboutATopic() throws {
        #expect(try speakers("what was said about Daesh") == ["Helen Ward", "Oleg Marin"])
    }

    @Test func statementsByAndQuotesFrom() throws {
        #expect(try ask("statements by Berger") == [
            "Tomas Berger|all sides to let aid convoys through", "Tomas Berger|The people of Homs cannot wait",
        ])
        #expect(try ask("statements from Marin about Islamic State") == ["Oleg Marin|Our pilots strike only Islamic State positions"])
        #expect(try ask("quotes from the French ambassador") == ["Claire Dumont|This is a war crime"])
    }

    @Test func whoSaidAPhraseWithOrWithoutQuotationMarks() throws {
        #expect(try ask("Who said “war crime”?") == ["Claire Dumont|This is a war crime"])
        #expect(try ask("who said every ally") == ["Jens Holt|We will defend every ally"])
    }

    @Test func whoPerformedAnActAtATargetOrAboutWords() throws {
        #expect(try speakers("who urged all sides") == ["Tomas Berger"])
        #expect(try ask("who condemned the bombing") == ["Claire Dumont|the bombing of the hospital"])
        #expect(try speakers("who warned Europe") == ["Jens Holt"])
    }

    @Test func howManyAndWhenLast() throws {
        let count = try Self.archive.answer(Question.parse("how many statements did Russia make")!).table
        #expect(ResultTable.plain(count.rows[0][0]) == "6")
        // Marin's few statements are read one by one: the two that name Homs.
        let about = try Self.archive.answer(Question.parse("how many statements did Marin make about Homs")!)
        #expect(ResultTable.plain(about.table.rows[0][0]) == "2")
        #expect(about.explanation.last == "counted one by one among the speaker's statements")
        // No speaker: the index counts everyone's statements with the word.
        let anyone = try Self.archive.answer(Question.parse("how many statements were made about Homs")!)
        #expect(ResultTable.plain(anyone.table.rows[0][0]) == "4")
        #expect(anyone.explanation.last?.hasPrefix("SQL: ") == true)
        #expect(try ask("when did Ward last talk about Daesh") == ["Helen Ward|that Daesh had lost most of its territory"])
    }

    /// `which|who GROUP VERB WORDS`: everyone's statements ranked on the words, the group's raised above the rest.
    @Test func whichGroupSaidRanksTheGroupFirst() throws {
        // Berger (the UN's envoy), Volkova and Marin (Russia's) all talk of Homs; only the last two are Russian.
        let russians = try ask("which Russian official said Homs was not bombed")
        #expect(russians.prefix(2) == ["Irina Volkova|that the operation near Homs had ended",
                                       "Oleg Marin|that Russian air strikes near Homs were aimed only at terrorists"])
        // Marin's three other statements name Homs only around them (the context, the article's title): as the
        // group's, they still come before anyone else's.
        let russian = { (row: String) in row.hasPrefix("Irina Volkova|") || row.hasPrefix("Oleg Marin|") }
        #expect(russians.prefix(5).allSatisfy(russian))
        #expect(!russians.dropFirst(5).contains(where: russian))
        #expect(russians.contains("Tomas Berger|The people of Homs cannot wait"))
        #expect(try ask("who at the UN spoke about Homs").first == "Tomas Berger|The people of Homs cannot wait")
        let explained = try Self.archive.answer(Question.parse("which ambassador talked about Homs")!).explanation
        #expect(explained.contains { $0.hasPrefix("speaker group 'ambassador': office: ambassador/special envoy") })
        #expect(explained.contains { $0.hasPrefix("answer 1 ") && $0.contains(" + group 0.5") })
    }

    /// Only a question with nothing to search for is not understood; other words are searched for.
    @Test func aQuestionWithNothingToSearchForIsNil() throws {
        #expect(Question.parse("what did") == nil)
        #expect(Question.parse("  ?? ") == nil)
        #expect(try speakers("tell me about the pilots") == ["Oleg Marin"])
    }

    /// `why did X…`: of statements as much on the topic, the one that gives a reason comes first.
    @Test func whyPrefersAReason() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/desk_2024-05-02_toll.txt", """
            Toll row

            Tom Vale said the bridge toll should go because fishermen pay it twice a day.

            Tom Vale said the bridge toll was too high.
            """)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        let answer = try archive.answer(try #require(Question.parse("why does Tom Vale oppose the bridge toll")))
        let text = answer.table.columns.firstIndex(of: "text")!
        #expect(answer.table.rows.first.map { ResultTable.plain($0[text]) }
            == "the bridge toll should go because fishermen pay it twice a day")
    }
}
