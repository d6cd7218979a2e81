import Foundation
import GRDB
import Testing
@testable import VerbatimArchive
import VerbatimText

/// Speakers who serve someone (`the prime minister's official spokesman`, `Hale's aide`) are found as the articles
/// describe them, and a seat speaks through its country's unnamed spokesmen.
@Suite struct AskServedSpeakerTests {
    static let archive: Archive = {
        let dir = try! TemporaryDirectory()
        try! dir.write("in/desk_2023-04-03_cabinet.txt", """
            Cabinet row

            British Prime Minister Tom Hale met the mayor on Monday.

            The prime minister's official spokesman said the cabinet still met weekly.

            Norwegian Foreign Ministry spokesman Per Holt said the cabinet fees were fair.

            Ida Berg, Hale's senior policy adviser, said the cabinet plan was sound.

            Critics pounced, in Sen. Ray Dunn's case, on the budget. His office put out a statement saying the cabinet "has lost its way."
            """)
        let archive = try! Archive(path: dir.path("served.sqlite"), lexicon: sharedLexicon)
        try! Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }()

    func answers(_ question: String) throws -> [String] {
        let table = try Self.archive.answer(try #require(Question.parse(question))).table
        let speaker = try #require(table.columns.firstIndex(of: "speaker")), text = try #require(table.columns.firstIndex(of: "text"))
        return table.rows.map { ResultTable.plain($0[speaker]) + "|" + ResultTable.plain($0[text]) }
    }

    @Test(arguments: [
        ("what did the prime minister's official spokesman say about the cabinet",
         ["the prime minister's official spokesman|the cabinet still met weekly"]),
        ("what did Downing Street say about the cabinet", ["the prime minister's official spokesman|the cabinet still met weekly"]),
    ])
    func theSpokesmanOfAnOffice(_ c: (String, [String])) throws {
        #expect(try answers(c.0) == c.1)
    }

    @Test func theAdviserOfAPerson() throws {
        #expect(try answers("what did Hale's senior policy adviser say about the cabinet").first
            == "Ida Berg|the cabinet plan was sound")
    }

    /// `a former Hale adviser` serves a person, by the name before the role as by a possessive; `a Norwegian
    /// adviser` serves none.
    @Test(arguments: [("former Hale adviser", true), ("Hale's aide", true), ("Norwegian adviser", false),
                      ("Oslo adviser", false)])
    func aNameBeforeTheRoleServesThePerson(_ c: (String, Bool)) throws {
        let serves = try Self.archive.read { db in try SpeakerResolver(db: db, lexicon: sharedLexicon).servesPerson(c.0) }
        #expect(serves == c.1)
    }

    /// A person speaks through their office, campaign or spokesman when the articles name them so (`his office put
    /// out a statement`).
    @Test func aPersonsOffice() throws {
        #expect(try answers("what did Dunn say about the cabinet")
            == ["Ray Dunn's office|the cabinet \"has lost its way.\""])
    }
}
