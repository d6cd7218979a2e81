import Foundation
import GRDB
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

    /// Everyone's statements searched with common words only: first those with both of the two rarest; those with
    /// the rarest alone when too few have both.
    @Test func onlyCommonWordsSearchTheStatementsWithBoth() throws {
        func term(_ word: String, _ documents: Int, common: Bool) -> Archive.TopicTerm {
            var t = Archive.TopicTerm(word: word, forms: [Archive.ftsPhrase(word)])
            (t.documents, t.isCommon, t.weight) = (documents, common, 1)
            return t
        }
        let texts = { (terms: [Archive.TopicTerm], limit: Int) throws -> Set<String> in
            try AskFormsTests.archive.read { db in
                let ids = try Archive.rankedByWords(db, [], terms: terms, limit: limit).map(\.id)
                return Set(try String.fetchAll(db, sql: "SELECT text FROM statements WHERE id IN (\(Archive.placeholders(ids.count)))",
                                               arguments: StatementArguments(ids)))
            }
        }
        // Both words: the quote on Homs air strikes alone has `strikes` and `terrorists`.
        let both = try texts([term("strikes", 2, common: true), term("terrorists", 3, common: true), term("Homs", 9, common: true)], 10)
        #expect(both == ["that Russian air strikes near Homs were aimed only at terrorists"])
        // Asked for more than ten times as many: the rarest alone.
        let rarest = try texts([term("strikes", 2, common: true), term("terrorists", 3, common: true), term("Homs", 9, common: true)], 20)
        #expect(rarest == ["that Russian air strikes near Homs were aimed only at terrorists", "Our pilots strike only Islamic State positions"])
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
