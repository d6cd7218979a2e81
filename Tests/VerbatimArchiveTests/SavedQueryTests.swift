import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

/// Saved queries: kept in the archive, run by name with parameters, and never writing.
@Suite struct SavedQueryTests {
    func archive(_ dir: TemporaryDirectory) throws -> Archive {
        try dir.write("in/desk_2023-03-07_cod.txt", fisheriesArticle)
        let archive = try Archive(path: dir.path("saved.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }

    func count(_ archive: Archive, _ table: String) throws -> Int {
        try archive.read { db throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
    }

    @Test func addListRunAndRemove() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        try archive.save(SavedQuery(name: "by_country", description: "statements of a country",
                                    sql: "SELECT speaker FROM v_statements WHERE speaker_country = :country ORDER BY start"))
        #expect(try archive.savedQueries().rows.map { ResultTable.plain($0[0]) } == ["by_country"])
        let rows = try archive.runSavedQuery("by_country", parameters: ["country": "ISL"]).rows
        #expect(rows.count == 4 && rows.allSatisfy { ResultTable.plain($0[0]) == "Iceland" || ResultTable.plain($0[0]) == "Anna Sigurdardottir" })
        #expect { try archive.runSavedQuery("by_country") } throws: { error in
            "\(error)" == "saved query 'by_country' needs --param country=VALUE"
        }
        try archive.removeSavedQuery("by_country")
        #expect(try archive.savedQueries().rows.isEmpty)
        #expect { try archive.removeSavedQuery("by_country") } throws: { error in "\(error)" == "no saved query 'by_country'" }
    }

    @Test func queriesThatWouldWriteAreRefusedAndChangeNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let statements = try count(archive, "statements")
        let writers = [
            "INSERT INTO saved_queries(name, sql, created_at) VALUES ('x', 'SELECT 1', 'now')",
            "DELETE FROM statements", "DROP TABLE statements", "ATTACH DATABASE ':memory:' AS other",
        ]
        for (i, sql) in writers.enumerated() {
            #expect(throws: ArchiveError.self) { try archive.save(SavedQuery(name: "w\(i)", sql: sql)) }
            // Stored behind the tool's back, it is still refused when run.
            try archive.write { db throws in
                try db.execute(sql: "INSERT INTO saved_queries(name, sql, created_at) VALUES (?, ?, 'now')",
                               arguments: ["w\(i)", sql])
            }
            #expect { try archive.runSavedQuery("w\(i)") } throws: { error in
                "\(error)".hasPrefix("saved query 'w\(i)' is refused")
            }
        }
        #expect(try count(archive, "statements") == statements)
        #expect(try count(archive, "saved_queries") == writers.count)
    }

    @Test func shippedQueriesLoadAndRun() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("queries")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }.sorted()
        #expect(files.count == 4)
        for file in files {
            let query = try SavedQuery.load(file: folder.appendingPathComponent(file).path)
            #expect(query.description != nil, "\(file) describes itself")
            try archive.save(query)
            let parameters = Dictionary(uniqueKeysWithValues: Archive.parameterNames(query.sql!).map { ($0, "NOR") })
            _ = try archive.runSavedQuery(query.name, parameters: parameters)
        }
    }

    @Test func aQuestionCarryingSQLDoesNoHarm() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let statements = try count(archive, "statements")
        for text in ["what did Holm'; DROP TABLE statements; -- say", "what was said about '; DROP TABLE statements; --"] {
            if let question = Question.parse(text) {
                _ = try? archive.answer(question)
            }
        }
        #expect(try count(archive, "statements") == statements)
    }
}
