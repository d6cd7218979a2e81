import Foundation
import GRDB
import Testing
import VerbatimArchive

/// An import survives a crash in one article and a kill at any point: run as `verbatim import`, the program users
/// run, with the test-only fault switches (`VERBATIM_TEST_TRAP`, `VERBATIM_TEST_KILL_AT`).
@Suite(.serialized)
struct ImportRecoveryTests {
    /// Eight short articles of our own, in files named by date; the president's country comes only in the sixth.
    static let articles: [(name: String, text: String)] = [
        ("2016-03-01-port.txt", "Port reopens\n\nThe port of Lindholm reopened on Monday.\n\n“We are glad the ships are back,” Norwegian Foreign Minister Ola Brandt said.\n"),
        ("2016-03-02-quota.txt", "Quota talks\n\nPresident Ada Lind spoke about the cod quotas on Tuesday.\n\n“The plan ignores our coast,” President Ada Lind said.\n"),
        ("2016-03-03-ferry.txt", "Ferry strike\n\nThe ferry crews stopped work.\n\n“We want a fair wage,” union leader Tove Dahl said.\n\nBrandt said the strike would end soon.\n"),
        ("2016-03-04-ice.txt", "Ice warning\n\nThe fjord froze early this year.\n\n“Stay off the ice,” Ola Brandt told reporters in Oslo.\n"),
        ("2016-03-05-bridge.txt", "Bridge opens\n\nA new bridge links the islands.\n\nAda Lind said the bridge would help fishermen.\n"),
        ("2016-03-06-visit.txt", "State visit\n\nIcelandic President Ada Lind arrived in Oslo on Sunday.\n\n“Our nations share the sea,” Icelandic President Ada Lind said.\n"),
        ("2016-03-07-fleet.txt", "Fleet returns\n\nThe fleet came home.\n\n“It was a hard winter,” said Tove Dahl.\n"),
        ("2016-03-08-summit.txt", "Summit ends\n\nThe summit in Oslo ended on Tuesday.\n\nOla Brandt said the talks had been useful.\n"),
    ]

    /// The `verbatim` program the tests were built with, beside the test bundle.
    static let program: URL? = {
        let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("verbatim")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        let build = Bundle.main.bundleURL.appendingPathComponent("verbatim")
        return FileManager.default.isExecutableFile(atPath: build.path) ? build : nil
    }()

    /// What a run of the program did.
    struct Run {
        var status: Int32
        var signaled: Bool
        var errors: String
    }

    static func verbatim(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = try #require(program, "the verbatim program is not built beside the tests")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                   errors: String(decoding: data, as: UTF8.self))
    }

    static func writeArticles(_ dir: TemporaryDirectory, extra: [(String, String)] = []) throws -> String {
        for (name, text) in articles + extra { try dir.write("in/\(name)", text) }
        return dir.path("in")
    }

    /// The archive's contents, ids included, `imported_at` aside: every row of every table, sorted, then the planner's
    /// statistics and the indexes; the full-text index must pass its own check.
    static func dump(_ path: String) throws -> [String] {
        // (The full-text check is written as an insert: the connection may write, and writes nothing else.)
        let queue = try DatabaseQueue(path: path)
        return try queue.inDatabase { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            try db.execute(sql: "INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO speakers_fts(speakers_fts) VALUES ('integrity-check')")
            try db.execute(sql: "INSERT INTO person_descriptions_fts(person_descriptions_fts) VALUES ('integrity-check')")
            var lines: [String] = []
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'statements_fts%'
                  AND name NOT LIKE 'speakers_fts%'
                  AND name NOT LIKE 'person_descriptions_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name
                """) + ["sqlite_stat1"]
            for table in tables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { row in
                    table + ": " + row.columnNames.filter { $0 != "imported_at" }
                        .map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
                }
                lines += rows.sorted()
            }
            lines += try String.fetchAll(db, sql: "SELECT 'index ' || name FROM sqlite_master WHERE type = 'index' ORDER BY name")
            return lines
        }
    }

    @Test func aCrashingArticleIsReportedAndTheRestImported() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let input = try Self.writeArticles(dir, extra: [("2016-03-04-zz-trap.txt", "Bad news\n\nTRAPHERE in the text.\n")])
        let db = dir.path("a.sqlite")
        let trap = ["VERBATIM_TEST_TRAP": "TRAPHERE"]
        let first = try Self.verbatim(["import", input, "--db", db, "--batch-size", "2"], environment: trap)
        #expect(first.status == 1 && !first.signaled)
        #expect(first.errors.contains("\(input)/2016-03-04-zz-trap.txt: extraction failed (crashed)\n"))
        #expect(first.errors.contains("the import crashed (signal \(SIGILL)) while reading 4 articles; resuming\n"))
        #expect(try Self.articleCount(db) == 8)
        // The rerun knows the article crashed: it checks it in a child process first, and does not crash itself.
        let second = try Self.verbatim(["import", input, "--db", db, "--batch-size", "2"], environment: trap)
        #expect(second.status == 1 && !second.signaled)
        #expect(!second.errors.contains("the import crashed"), "\(second.errors)")
        #expect(second.errors.contains("\(input)/2016-03-04-zz-trap.txt: extraction failed (crashed)\n"))
        #expect(second.errors.contains("imported 0 articles (0 statements), 8 duplicates skipped, 1 failed"))
        // Without the fault, the article imports.
        let third = try Self.verbatim(["import", input, "--db", db, "--batch-size", "2"])
        #expect(third.status == 0)
        #expect(third.errors.contains("imported 1 article"))
        #expect(try Self.articleCount(db) == 9)
    }

    static func articleCount(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    /// An article stored already is not extracted again: with a trap in its text, importing the folder again passes
    /// over it without a crash.
    @Test func aStoredArticleIsNotExtractedAgain() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let input = try Self.writeArticles(dir)
        let db = dir.path("a.sqlite")
        #expect(try Self.verbatim(["import", input, "--db", db]).status == 0)
        let again = try Self.verbatim(["import", input, "--db", db], environment: ["VERBATIM_TEST_TRAP": "Lindholm"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.errors == "imported 0 articles (0 statements), 8 duplicates skipped, 0 failed → \(db)\n")
    }

    static let killPoints = ["extracted:2", "written:1", "written:3", "indexes", "offices", "analyzed"]

    @Test(arguments: killPoints)
    func aKilledImportRerunGivesTheCleanArchive(_ point: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let input = try Self.writeArticles(dir)
        let clean = dir.path("clean.sqlite"), killed = dir.path("killed.sqlite")
        #expect(try Self.verbatim(["import", input, "--db", clean, "--batch-size", "2"]).status == 0)
        let kill = try Self.verbatim(["import", input, "--db", killed, "--batch-size", "2"],
                                     environment: ["VERBATIM_TEST_KILL_AT": point])
        #expect(kill.status == 128 + SIGKILL, "\(kill.errors)")
        let rerun = try Self.verbatim(["import", input, "--db", killed, "--batch-size", "2"])
        #expect(rerun.status == 0, "\(rerun.errors)")
        #expect(rerun.errors.contains("stopped halfway"))
        let expected = try Self.dump(clean)
        let got = try Self.dump(killed)
        #expect(got.count == expected.count)
        #expect(got.filter { !expected.contains($0) } == [])
        #expect(expected.filter { !got.contains($0) } == [])
    }

    /// An import that adds nothing to a small archive still builds its deferred indexes, and so gathers their
    /// statistics again: dropping an index drops them.
    @Test func anImportOfNothingNewKeepsThePlannersStatistics() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let input = try Self.writeArticles(dir)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [input])
        let statistics = { try archive.read { try String.fetchAll($0, sql: "SELECT tbl || ' ' || ifnull(idx, '-') || ' ' || stat FROM sqlite_stat1 ORDER BY 1") } }
        let before = try statistics()
        #expect(before.contains { $0.hasPrefix("statements statements_person ") })
        let again = try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [input])
        #expect(again.imported == 0 && again.duplicates == 8)
        #expect(try statistics() == before)
    }

    /// A command that reads the archive completes the end of an import killed there, before it answers.
    @Test func aQuestionAfterAKilledImportRestoresTheIndexes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let input = try Self.writeArticles(dir)
        let clean = dir.path("clean.sqlite"), killed = dir.path("killed.sqlite")
        #expect(try Self.verbatim(["import", input, "--db", clean]).status == 0)
        let kill = try Self.verbatim(["import", input, "--db", killed], environment: ["VERBATIM_TEST_KILL_AT": "written:1"])
        #expect(kill.status == 128 + SIGKILL)
        let ask = try Self.verbatim(["statements", "--db", killed, "--limit", "1"])
        #expect(ask.status == 0)
        #expect(ask.errors == "\(killed): completed the end of an import that stopped halfway (indexes, offices, statistics)\n")
        #expect(try Self.dump(killed) == Self.dump(clean))
    }
}
