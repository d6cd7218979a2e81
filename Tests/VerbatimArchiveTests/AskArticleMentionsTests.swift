import Foundation
import GRDB
import Testing
@testable import VerbatimArchive
import VerbatimText

/// A topic named in the article but not in the statement's sentence still ranks the statement, and a seat in a
/// description (`a White House official`) is one phrase with the role.
@Suite struct AskArticleMentionsTests {
    static let archive: Archive = {
        let dir = try! TemporaryDirectory()
        try! dir.write("in/desk_2023-05-01_envoy.txt", """
            Envoy keeps trying

            U.S. envoy Lena Marsh met North Korean officials in Oslo last week, hoping to restart the talks.

            The talks have stalled since March, and the harbour deal is on hold.

            "It will go nowhere," a White House official said.

            Tom Reed, a White House economist, said the talks were a long shot.
            """)
        try! dir.write("in/desk_2023-05-05_budget.txt", """
            Budget fight

            "The budget is a disaster," a White House official said.
            """)
        let archive = try! Archive(path: dir.path("mentions.sqlite"), lexicon: sharedLexicon)
        try! Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }()

    @Test func theTopicNamedElsewhereInTheArticle() throws {
        let answer = try Self.archive.answer(try #require(Question.parse("what did a White House official say about Lena Marsh")))
        let table = answer.table
        let speaker = try #require(table.columns.firstIndex(of: "speaker")), text = try #require(table.columns.firstIndex(of: "text"))
        #expect(table.rows.map { ResultTable.plain($0[speaker]) + "|" + ResultTable.plain($0[text]) }
            == ["a White House official|It will go nowhere"])
        #expect(answer.explanation.contains { $0.contains("(\"White House\") AND (\"official\"") })
        #expect(answer.explanation.contains { $0.hasPrefix("topic query: {text context title} : (\"Lena Marsh\" OR \"marsh\")") })
    }
}
