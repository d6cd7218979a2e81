import Foundation
import GRDB
import GRDBSQLite
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

    /// The shipped `acts_against_country` takes a country as a user names it: its name, a demonym, either code.
    @Test(arguments: ["Norway", "norway", "NOR", "no", "Norwegian"])
    func actsAgainstACountryTakeItsName(_ country: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../queries/acts_against_country.sql").standardized.path
        try archive.save(try SavedQuery.load(file: file))
        let rows = try archive.runSavedQuery("acts_against_country", parameters: ["country": country]).rows
        #expect(rows.map { "\(ResultTable.plain($0[1])) \(ResultTable.plain($0[3]))" } == ["Iceland reject"])
    }

    /// SQL that would do more than read, and the reason its refusal gives.
    static let refused: [(sql: String, reason: String)] = [
        ("/* c */ ATTACH 'x.db' AS x", "it would attach 'x.db', and saved queries only read"),
        ("-- first a comment\nattach database ':memory:' as other", "it would attach ':memory:', and saved queries only read"),
        ("/* c */ DETACH DATABASE other", "it would detach other, and saved queries only read"),
        ("INSERT INTO saved_queries(name, sql, created_at) VALUES ('x', 'SELECT 1', 'now')",
         "it would insert into saved_queries, and saved queries only read"),
        ("UPDATE statements SET text = ''", "it would update statements, and saved queries only read"),
        ("DELETE FROM statements", "it would delete from statements, and saved queries only read"),
        ("WITH doomed AS (SELECT id FROM statements) DELETE FROM statements WHERE id IN doomed",
         "it would delete from statements, and saved queries only read"),
        ("WITH x AS (SELECT 1) INSERT INTO sources(name) SELECT 'x' FROM x",
         "it would insert into sources, and saved queries only read"),
        ("DROP TABLE statements", "it would drop table statements, and saved queries only read"),
        ("CREATE TABLE notes(x)", "it would create table notes, and saved queries only read"),
        ("CREATE TEMP VIEW v AS SELECT 1", "it would create view v, and saved queries only read"),
        ("PRAGMA user_version = 3", "it would run PRAGMA user_version = 3, and saved queries only read"),
        ("PRAGMA writable_schema = ON", "it would run PRAGMA writable_schema = ON, and saved queries only read"),
        ("PRAGMA optimize", "it would run PRAGMA optimize, and saved queries only read"),
        ("SELECT 1; DELETE FROM statements", "it holds more than one statement, and a saved query is one"),
        ("SELECT 1; SELECT 2", "it holds more than one statement, and a saved query is one"),
        ("VACUUM INTO 'copy.sqlite'", "it would write, and saved queries only read"),
        ("BEGIN", "it would run BEGIN, and saved queries only read"),
        ("-- nothing but a comment", "it holds no SQL statement"),
        ("SELECT * FROM nowhere", "no such table: nowhere"),
    ]

    @Test(arguments: refused)
    func queriesThatWouldDoMoreThanReadAreRefusedAndChangeNothing(sql: String, reason: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let statements = try count(archive, "statements")
        #expect { try archive.save(SavedQuery(name: "w", sql: sql)) } throws: { error in
            "\(error)" == "saved query 'w' is refused: \(reason)"
        }
        // Stored behind the tool's back, it is still refused when run.
        try archive.write { db throws in
            try db.execute(sql: "INSERT INTO saved_queries(name, sql, created_at) VALUES ('w', ?, 'now')", arguments: [sql])
        }
        #expect { try archive.runSavedQuery("w") } throws: { error in
            "\(error)" == "saved query 'w' is refused: \(reason)"
        }
        #expect(try count(archive, "statements") == statements)
        #expect(try archive.read { db throws in try String.fetchAll(db, sql: "SELECT sql FROM saved_queries") } == [sql])
        #expect(!FileManager.default.fileExists(atPath: "copy.sqlite") && !FileManager.default.fileExists(atPath: "x.db"))
    }

    /// Queries that only read, and the first cell of their answer.
    static let accepted: [(sql: String, first: String)] = [
        ("SELECT 1 + 1", "2"),
        ("/* a comment */ WITH s AS (SELECT 2 AS x) SELECT x * 3 FROM s", "6"),
        ("-- a comment\nWITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) SELECT sum(i) FROM n;",
         "6"),
        ("SELECT count(*) FROM v_statements WHERE speaker = :speaker", "3"),
        ("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'acceptable'", "1"),
        ("SELECT name FROM pragma_table_info('saved_queries') WHERE cid = 0", "name"),
        ("PRAGMA table_info(saved_queries)", "0"),
        ("PRAGMA user_version", "0"),
    ]

    @Test(arguments: accepted)
    func queriesThatOnlyReadAreSavedAndRun(sql: String, first: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        try archive.save(SavedQuery(name: "r", sql: sql))
        let rows = try archive.runSavedQuery("r", parameters: ["speaker": "Anna Sigurdardottir"]).rows
        #expect(rows.first.map { ResultTable.plain($0[0]) } == first)
    }

    @Test func theConnectionOfASavedQueryCannotAttachEvenWithoutItsAuthorizer() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        try archive.withSavedQueryConnection { db, _ in
            sqlite3_set_authorizer(db.sqliteConnection, nil, nil)
            #expect { try db.execute(sql: "ATTACH DATABASE ':memory:' AS other") } throws: { error in
                (error as? DatabaseError)?.message == "too many attached databases - max 0"
            }
        }
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
