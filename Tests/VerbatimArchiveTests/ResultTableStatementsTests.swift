import GRDB
import Testing
@testable import VerbatimArchive

/// Statements as a terminal shows them: within its width, the words wrapped beside the date and the speaker.
struct ResultTableStatementsTests {
    static let table = ResultTable(
        columns: ["published_on", "speaker", "speaker_role", "speaker_country", "kind", "text", "context"],
        rows: [
            ["2024-05-20", "Karen Whitfield", "ambassador", "USA", "direct",
             "Every day that these crossings stay closed, this council is making a choice about who eats",
             "“Every day that these crossings stay closed, this council is making a choice about who eats,” she said."]
                .map { $0.databaseValue },
            ["2024-05-21".databaseValue, "Ethiopia".databaseValue, .null, "ETH".databaseValue, "indirect".databaseValue,
             "to set up a joint commission".databaseValue, .null],
        ])

    @Test(arguments: [30, 40, 60, 80, 100, 140])
    func linesFitTheWidthAndKeepEveryWord(_ width: Int) {
        let out = Self.table.renderedStatements(width: width, context: true)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= width }, "\(lines.filter { $0.count > width })")
        #expect(lines.last == "(2 statements)")
        // The words of the first statement, read down its column, are all there in order.
        let words = lines.joined(separator: " ").split(separator: " ")
        let said = "Every day that these crossings stay closed, this council is making a choice about who eats"
            .split(separator: " ")
        var next = 0
        for word in words where next < said.count && word == said[next] { next += 1 }
        #expect(next == said.count)
    }

    @Test func theSpeakerCarriesOfficeAndCountry() {
        let out = Self.table.renderedStatements(width: 120)
        #expect(out == """
            2024-05-20  Karen Whitfield (ambassador, USA)  Every day that these crossings stay closed, this council is making a
                                                           choice about who eats
            2024-05-21  Ethiopia (ETH)                     to set up a joint commission
            (2 statements)

            """)
    }

    @Test func aCountIsPrintedAsItsOwnTable() {
        let count = ResultTable(columns: ["statements"], rows: [[4.databaseValue]])
        #expect(count.renderedStatements(width: 100) == count.rendered(.table))
        #expect(count.renderedStatements(width: 100).contains("4"))
    }

    @Test(arguments: [
        ("one two three four", 9, ["one two", "three", "four"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("", 10, []),
    ])
    func wrapBreaksBetweenWords(_ c: (String, Int, [String])) {
        #expect(ResultTable.wrap(c.0, c.1) == c.2)
    }
}
