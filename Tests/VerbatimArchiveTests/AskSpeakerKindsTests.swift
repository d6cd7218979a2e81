import Foundation
import GRDB
import Testing
@testable import VerbatimArchive
import VerbatimText

/// `ask` finds speakers as readers name them: by the articles' descriptions, by an envoy's post, by administration,
/// and by a description no one fits in full.
@Suite struct AskSpeakerKindsTests {
    static let archive: Archive = {
        let dir = try! TemporaryDirectory()
        try! dir.write("in/desk_2023-06-01_harbour.txt", """
            Harbour talks stall

            Ola Brandt, a harbour economist at the Nordic Policy Institute, said the tariffs would hurt trade.

            Norwegian Prime Minister Kari Lund said the government would cut port fees.

            Norway's ambassador to Britain, Per Vik, said British ports were watching closely.

            "We have no quarrel with the fishermen," a British trade official said.

            The official said talks would resume in July.
            """)
        try! dir.write("in/desk_2023-06-08_quay.txt", """
            Quay reopens

            Norwegian Foreign Minister Siri Dahl said the new quay would open in August.

            Tom Norway, a harbour pilot, said the channel was too shallow.

            Brandt said the fees were still too high.

            Labour leader Ann Ruiz said the quay had cost too much.
            """)
        try! dir.write("in/desk_2023-06-09_camps.txt", """
            Camps full

            UN Secretary-General Tom Ash said the camps were full.

            UNICEF Executive Director Lea Berg said the camps needed schools.
            """)
        let archive = try! Archive(path: dir.path("kinds.sqlite"), lexicon: sharedLexicon)
        try! Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }()

    /// `speaker|text` of each answer, and the explanation's line on the speaker.
    func ask(_ question: String) throws -> (rows: [String], speaker: String) {
        let answer = try Self.archive.answer(try #require(Question.parse(question)))
        let table = answer.table
        let speaker = table.columns.firstIndex(of: "speaker")!, text = table.columns.firstIndex(of: "text")!
        return (table.rows.map { ResultTable.plain($0[speaker]) + "|" + ResultTable.plain($0[text]) },
                answer.explanation.first { $0.hasPrefix("speaker") } ?? "")
    }

    /// A description the article gives once counts for all of the person's statements, in any article.
    @Test(arguments: ["what did the Nordic Policy Institute economist say", "what did the NPI expert say",
                      "what did a harbour analyst say"])
    func byTheArticlesDescription(_ question: String) throws {
        let (rows, speaker) = try ask(question)
        // The second statement's speaker is the surname the article gave, which stands for Ola Brandt.
        #expect(Set(rows) == ["Ola Brandt|the tariffs would hurt trade", "Brandt|the fees were still too high"])
        #expect(speaker.contains("described in the articles as speaker : "))
    }

    /// `Norway` is the country, not a man named Tom Norway.
    @Test func aCountrysNameBeforeASurname() throws {
        let (rows, speaker) = try ask("what did Norway say about the quay")
        #expect(rows.first == "Siri Dahl|the new quay would open in August")
        #expect(!rows.contains { $0.hasPrefix("Tom Norway") })
        #expect(speaker.hasPrefix("speaker 'Norway': country: NOR"))
    }

    @Test func anEnvoyByThePlaceTheyServeIn() throws {
        let (rows, speaker) = try ask("what did Norway's ambassador in London say")
        #expect(rows == ["Per Vik|British ports were watching closely"])
        #expect(speaker.contains("serving in London"))
    }

    @Test func anAdministrationIsItsLeaderAndTheCountrysExecutive() throws {
        let (rows, speaker) = try ask("what did the Lund government say")
        // Ministers and ambassadors of the country are its executive.
        #expect(Set(rows) == ["Kari Lund|the government would cut port fees",
                              "Siri Dahl|the new quay would open in August",
                              "Per Vik|British ports were watching closely"])
        #expect(speaker.hasPrefix("speaker 'the Lund government': administration of Kari Lund (NOR)"))
    }

    /// A description few statements have is listed once, with the other statements of the people it describes
    /// (Brandt's second, where no description is given); one that many have is left to the index. So is an
    /// organization's speakers with those described by it.
    @Test func aDescriptionIsListedOnceWhenFew() throws {
        try Self.archive.read { db in
            let resolver = SpeakerResolver(db: db, lexicon: sharedLexicon)
            let few = try #require(try resolver.describedAs("speaker : economist"))
            guard case .listed(let ids) = few.size else {
                Issue.record("not listed: \(few.sql)")
                return
            }
            #expect(ids.count == 2)
            #expect(try resolver.describedAs("speaker : nobody") == nil)
            // An organization's officials with those described by it: one list when both are few, else many.
            guard case .listed(let unicef) = try resolver.resolve("UNICEF").condition.size else {
                Issue.record("UNICEF's statements are not listed")
                return
            }
            #expect(try String.fetchAll(db, sql: "SELECT text FROM statements WHERE id IN (\(Archive.placeholders(unicef.count)))",
                                        arguments: StatementArguments(unicef)) == ["the camps needed schools"])
            var many = SQLCondition("v.id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH 'harbour')")
            many.size = .many
            guard case .many = try SpeakerResolver.either(SQLCondition("v.id = 1"), many, db: db).size else {
                Issue.record("either of many is not many")
                return
            }
        }
    }

    /// `the Obama administration` is the US executive in Obama's years, from the known holders, even when the archive
    /// is opened as the command line opens it for questions (a lexicon without the holders).
    @Test func anAdministrationKeepsToItsLeadersYears() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/desk_2015-05-04_ports.txt", """
            Ports deal

            U.S. President Barack Obama said on Monday the ports deal would create jobs.

            Secretary of State John Kerry said the deal would be signed in June.
            """)
        try dir.write("in/desk_2017-05-04_ports.txt", """
            Ports deal revisited

            U.S. Secretary of State Rex Tillerson said on Thursday the ports deal would be reviewed.
            """)
        let path = dir.path("a.sqlite")
        try Importer(archive: try Archive(path: path, lexicon: sharedLexicon), lexicon: sharedLexicon).run(paths: [dir.path("in")])
        let archive = try Archive(path: path, lexicon: try Lexicon.load(parts: .questions), readOnly: true)
        let answer = try archive.answer(try #require(Question.parse("what did the Obama administration say about the ports deal")))
        let speaker = try #require(answer.table.columns.firstIndex(of: "speaker"))
        #expect(Set(answer.table.rows.map { ResultTable.plain($0[speaker]) }) == ["Barack Obama", "John Kerry"])
        #expect(answer.explanation.contains { $0.contains("administration of Barack Obama (USA), 2009-01-20 to 2017-01-20") })
    }

    /// `which Norwegian minister`: a bare `minister` is any of the country's ministers, whatever their portfolio.
    @Test func aBareMinisterIsAnyMinister() throws {
        let (rows, speaker) = try ask("which Norwegian minister said the quay would open")
        #expect(rows.first == "Siri Dahl|the new quay would open in August")
        #expect(speaker.contains("foreign minister"))
    }

    /// `the Tory leader`, `the Labour leader`: a party's post, held in the party's country.
    @Test func aPartysLeader() throws {
        let (rows, speaker) = try ask("what did the Labour leader say about the quay")
        #expect(rows == ["Ann Ruiz|the quay had cost too much"])
        #expect(speaker.contains("office: ") && speaker.hasSuffix("→ Ann Ruiz"))
    }

    /// `the UN chief` is the head of the UN itself, not of one of its agencies.
    @Test func anOrganizationsChief() throws {
        let (rows, speaker) = try ask("what did the UN chief say about the camps")
        #expect(rows == ["Tom Ash|the camps were full"])
        #expect(speaker.contains("secretary general"))
    }

    /// `the Solberg government` is the executive of Erna Solberg's years in office, as the known holders list
    /// gives them: not the foreign minister of 2022.
    @Test func anAdministrationOfItsLeadersYears() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/desk_2015-05-04_ferry.txt", """
            Ferry plan

            Prime Minister Erna Solberg said the ferry would be rebuilt.

            Foreign Minister Borge Brende said the ferry would carry more trucks.
            """)
        try dir.write("in/desk_2022-05-04_ferry.txt", """
            Ferry again

            Foreign Minister Anniken Huitfeldt said the ferry was too slow.
            """)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        let answer = try archive.answer(try #require(Question.parse("what did the Solberg government say about the ferry")))
        let speaker = answer.table.columns.firstIndex(of: "speaker")!
        #expect(Set(answer.table.rows.map { ResultTable.plain($0[speaker]) }) == ["Erna Solberg", "Borge Brende"])
        #expect(answer.explanation.contains { $0.contains("2013-10-16 to 2021-10-14") })
    }

    /// A country's leader is its head of state or government, whatever the title.
    @Test func aLeaderIsAHeadOfGovernment() throws {
        let (rows, speaker) = try ask("which leader said port fees would be cut")
        #expect(rows.first == "Kari Lund|the government would cut port fees")
        #expect(speaker.contains("office: ") && speaker.contains("prime minister"))
    }

    /// `the official` later in the article is the unnamed official it introduced.
    @Test func anUnnamedSpeakerByTheirDescription() throws {
        let (rows, _) = try ask("what did a British trade official say")
        #expect(Set(rows) == ["a British trade official|We have no quarrel with the fishermen",
                              "a British trade official|talks would resume in July"])
    }

    /// No one is a `Norwegian port economist`: two of its words describe Brandt.
    @Test func aDescriptionNoOneFitsInFull() throws {
        let (rows, speaker) = try ask("what did the Norwegian institute economist say about tariffs")
        #expect(rows.first == "Ola Brandt|the tariffs would hurt trade")
        #expect(speaker.contains("those described by two of its words"))
    }
}
