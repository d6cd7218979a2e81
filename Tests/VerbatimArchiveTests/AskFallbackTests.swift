import Foundation
import Testing
@testable import VerbatimArchive

/// A question whose speaker has statements is never answered with nothing: statements are ranked by the topic's
/// words, none required; when none shares a word, the speaker's newest come, each with score 0.
struct AskFallbackTests {
    func answer(_ question: String) throws -> (rows: [String], explanation: [String]) {
        let parsed = try #require(Question.parse(question), "'\(question)' does not parse")
        let answer = try AskFormsTests.archive.answer(parsed)
        let table = answer.table
        let speaker = table.columns.firstIndex(of: "speaker")!, text = table.columns.firstIndex(of: "text")!
        let score = table.columns.firstIndex(of: "score")!
        return (table.rows.map { ResultTable.plain($0[speaker]) + "|" + ResultTable.plain($0[text]) + "|"
            + ResultTable.plain($0[score]) }, answer.explanation)
    }

    @Test(arguments: [
        "what did Oleg Marin say about penguins",
        "what did Marin say about the price of fish in Oslo",
        "what did Russia's UN envoy say about the weather",
        "what did Helen Ward say about penguins in 2024",
    ])
    func aSpeakerWithStatementsIsNeverAnsweredWithNothing(_ question: String) throws {
        let (rows, _) = try answer(question)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasSuffix("|0.0") })
    }

    /// A term is common (left out of the search for candidates, still counted in their ranking) in more than 2 % of
    /// the statements, at least 1,000 and at most 5,000.
    @Test(arguments: [(Int64(10_000), 1000), (100_000, 2000), (1_000_000, 5000)])
    func aCommonTermIsInOneToFiveThousandStatements(_ total: Int64, _ count: Int) {
        #expect(Archive.commonCount(total) == count)
    }

    /// The topic's words, not the phrase: `the strikes of its pilots` shares `strikes` (stemmed) and `pilots` with
    /// one quote, which has both: the best score, 1, and 0.1 for a quotation.
    @Test func theStatementSharingTheTopicsWordsComesFirst() throws {
        let (rows, explanation) = try answer("what did Oleg Marin say about the strikes of its pilots")
        #expect(rows.first == "Oleg Marin|Our pilots strike only Islamic State positions|1.1")
        #expect(explanation.contains { $0.hasPrefix("topic query: {text context title} : (\"strikes\" OR \"pilots\")") })
    }

    /// `who said PHRASE` in other words than the statement's finds it by the words they share: four of the five
    /// terms (`struck` is not `strike` to the stemmer), with the best bm25: the mean of 1 and the share of the
    /// terms' weights it has (all but `struck`'s), 0.888, and 0.1 for a quotation.
    @Test func whoSaidFindsAParaphraseByItsWords() throws {
        let (rows, explanation) = try answer("who said \"only Islamic State positions were struck by the pilots\"")
        #expect(rows.first == "Oleg Marin|Our pilots strike only Islamic State positions|0.988")
        #expect(!explanation.contains { $0.hasPrefix("phrase ") })
        #expect(explanation.contains { $0.hasPrefix("topic query: ") && $0.contains("\"Daesh\"") })
    }

    /// A question of a date with no statement of the speaker's keeps its dates: nothing to answer.
    @Test func theDatesStillHold() throws {
        let (rows, _) = try answer("what did Helen Ward say about penguins in 2019")
        #expect(rows.isEmpty)
    }
}
