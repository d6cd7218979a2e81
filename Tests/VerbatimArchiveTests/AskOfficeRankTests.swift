import Foundation
import GRDB
import Testing
@testable import VerbatimArchive
import VerbatimText

/// `ask` tells an office from the one below it (`the deputy … secretary`), and finds a name written surname first by
/// its surname (`Xi`).
@Suite struct AskOfficeRankTests {
    static let archive: Archive = {
        let dir = try! TemporaryDirectory()
        try! dir.write("in/desk_2023-03-01_border.txt", """
            Border plan widened

            U.S. Homeland Security Secretary Mia Stone said the border plan would be widened.

            U.S. Deputy Homeland Security Secretary Ron Hale said the program had received 900 applications.

            Chinese President Xi Jinping said the talks on trade had been candid.

            Xi Jinping said China would open its markets.
            """)
        try! dir.write("in/desk_2023-03-03_senate.txt", """
            Senators split on the budget

            WASHINGTON (Wire) - Sen. Ann Berg, the Republican chairman of the budget committee, said the budget had no real plan.

            Sen. Ola Moe, a Democrat, said the budget plan was sound.

            Staff came from the offices of Republican Senators Kari Lie and Per Vik.
            """)
        try! dir.write("in/desk_2015-05-01_threats.txt", """
            Threats growing

            WASHINGTON (Wire) - U.S. Director of National Intelligence Ron Dale said the cyber threat was growing.
            """)
        try! dir.write("in/desk_2017-05-01_spies.txt", """
            Spy chiefs speak out

            WASHINGTON (Wire) - Former U.S. intelligence director Ron Dale said the president was wrong about the threat.
            """)
        try! dir.write("in/desk_2018-05-01_agency.txt", """
            Agency view

            WASHINGTON (Wire) - CIA Director Ann Vik said the threat was small.
            """)
        try! dir.write("in/desk_2023-03-02_village.txt", """
            Village fair

            "The fair is bigger every year," said Grandpa Xi, a shopkeeper.
            """)
        let archive = try! Archive(path: dir.path("ranks.sqlite"), lexicon: sharedLexicon)
        try! Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }()

    func speakers(_ question: String) throws -> [String] {
        let table = try Self.archive.answer(try #require(Question.parse(question))).table
        let speaker = try #require(table.columns.firstIndex(of: "speaker"))
        return table.rows.map { ResultTable.plain($0[speaker]) }
    }

    @Test(arguments: [
        ("what did the deputy homeland security secretary say", ["Ron Hale"]),
        ("what did the homeland security secretary say", ["Mia Stone"]),
    ])
    func aRankWordMakesTheLowerOffice(_ c: (String, [String])) throws {
        #expect(try speakers(c.0) == c.1)
    }

    /// `a Republican senator`: a senator the articles describe by the party's word, though their office names no
    /// party.
    @Test func aPartysMemberByDescription() throws {
        #expect(try speakers("which Republican senator said the budget had no plan").first == "Ann Berg")
    }

    /// `the former intelligence chief`: the field names the office (not every chief's, the CIA director's), and its
    /// former holder speaks from another.
    @Test func aFormerChiefOfAField() throws {
        let table = try Self.archive.answer(try #require(Question.parse("what did the former US intelligence chief say about the threat"))).table
        let text = try #require(table.columns.firstIndex(of: "text"))
        #expect(table.rows.map { ResultTable.plain($0[text]) }.first == "the president was wrong about the threat")
    }

    /// `Xi` is the most quoted of those whose name ends or begins with it.
    @Test func aSurnameWrittenFirst() throws {
        #expect(Set(try speakers("what did Xi say about trade")) == ["Xi Jinping"])
    }
}
