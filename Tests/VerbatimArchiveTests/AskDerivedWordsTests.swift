import Foundation
import GRDB
import Testing
@testable import VerbatimArchive
import VerbatimText

/// A topic's long word finds its kin whose Porter stem differs (`hypocritical` → `hypocrisy`, `skeptical` →
/// `skepticism`), where no speaker narrows the statements to a few ranked one by one.
@Suite struct AskDerivedWordsTests {
    static let archive: Archive = {
        let dir = try! TemporaryDirectory()
        try! dir.write("in/desk_2023-05-02_port.txt", """
            Port fees row

            Harbour master Per Vik said the hypocrisy of the harbour authority was glaring.

            Ola Moe said the port board was greedy.
            """)
        try! dir.write("in/desk_2023-05-03_port.txt", """
            Port fees row goes on

            Kari Lie said the board had been fair to the fishermen.
            """)
        let archive = try! Archive(path: dir.path("kin.sqlite"), lexicon: sharedLexicon)
        try! Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }()

    @Test func aWordFindsItsKin() throws {
        let table = try Self.archive.answer(try #require(Question.parse("who called the port board hypocritical"))).table
        let speaker = try #require(table.columns.firstIndex(of: "speaker"))
        #expect(table.rows.first.map { ResultTable.plain($0[speaker]) } == "Per Vik")
    }

    @Test(arguments: [("hypocritical", ["hypocri*"]), ("skeptical", ["skepti*"]), ("port", []), ("harbour", [])])
    func theFormsOfALongWord(_ c: (String, [String])) {
        #expect(Archive.derivedForms(c.0) == c.1)
    }

    /// A prefix that finds many more statements than its word finds other words (`commit*`: `committee`).
    @Test(arguments: [(40, 5, true), (105, 5, true), (106, 5, false), (900, 500, true), (1001, 500, false)])
    func aPrefixCountsWhenItFindsKin(_ c: (Int, Int, Bool)) {
        #expect(Archive.kinCount(found: c.0, alone: c.1) == c.2)
    }
}
