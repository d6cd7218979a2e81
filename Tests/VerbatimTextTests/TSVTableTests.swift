import Foundation
import Testing
@testable import VerbatimText

@Suite struct TSVTableTests {
    @Test func headerRowsCommentsAndShortRows() throws {
        let table = try TSVTable(text: "# comment\nkey\tname\taliases\n\nun\tUnited Nations\tU.N.|UN\nx\n", path: "t.tsv")
        #expect(table.columns == ["key", "name", "aliases"])
        #expect(table.rows == [["un", "United Nations", "U.N.|UN"], ["x", "", ""]])
        #expect(TSVTable.list(table.rows[0][2]) == ["U.N.", "UN"])
        #expect(try table.column("name") == 1)
    }

    @Test func missingColumnIsNamedWithTheFile() throws {
        let table = try TSVTable(text: "a\tb\n", path: "data/x.tsv")
        #expect(throws: LexiconError.self) { try table.column("c") }
        do {
            _ = try table.column("c")
        } catch {
            #expect("\(error)" == "data/x.tsv: has no column 'c'")
        }
    }

    @Test func bundledLexiconLoads() throws {
        let lexicon = try Lexicon.load()
        #expect(lexicon.countries.count == 249)
        let russia = try #require(lexicon.countries.first { $0.alpha3 == "RUS" })
        #expect(russia.name == "Russia")
        #expect(russia.aliases.contains(Lexicon.Alias(kind: .demonym, text: "Russian")))
        #expect(russia.aliases.contains(Lexicon.Alias(kind: .seat, text: "Kremlin")) ||
                russia.aliases.contains(Lexicon.Alias(kind: .seat, text: "the Kremlin")))
        let unsc = try #require(lexicon.organizations.first { $0.key == "unsc" })
        #expect(unsc.parent == "un")
        #expect(lexicon.offices.contains { $0.surface == "spokeswoman" && $0.role == "spokesperson" })
        #expect(lexicon.speechCues.contains { $0.forms.contains("said") })
    }

    @Test func theQuestionPartsReadOnlyTheirFiles() throws {
        let all = try Lexicon.load()
        let questions = try Lexicon.load(parts: .questions)
        #expect(questions.offices.count == all.offices.count && !questions.offices.isEmpty)
        #expect(questions.places.count == all.places.count && !questions.places.isEmpty)
        #expect(questions.eventKinds.count == all.eventKinds.count && !questions.eventKinds.isEmpty)
        #expect(questions.countries.isEmpty && questions.organizations.isEmpty && questions.speechCues.isEmpty)
    }
}
