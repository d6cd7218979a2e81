import Foundation
import GRDB
import Testing
import VerbatimArchive

/// Two imports into one archive at once both complete, one after the other, and questions asked meanwhile are
/// answered: run as `verbatim`, the program users run.
@Suite(.serialized)
struct ImportConcurrencyTests {
    /// `count` short articles of our own, each with its own quote.
    static func articles(_ dir: TemporaryDirectory, _ folder: String, count: Int, offset: Int) throws -> String {
        for i in offset..<(offset + count) {
            try dir.write("\(folder)/n\(i)_2020-01-\(String(format: "%02d", 1 + i % 28)).txt", """
                Harbour report \(i)

                The harbour of Lindholm counted \(i) ships this week, and the council met again on Monday.

                “We counted \(i) ships and we expect more,” Norwegian Fisheries Minister Ola Brandt said on day \(i).

                Brandt said the quota for boat \(i) would stay as it was.
                """)
        }
        return dir.path(folder)
    }

    @Test func twoImportsAtOnceBothCompleteAndReadersAreAnswered() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let first = try Self.articles(dir, "one", count: 100, offset: 0)
        let second = try Self.articles(dir, "two", count: 30, offset: 1000)
        let db = dir.path("a.sqlite")
        // A first small import, so that readers have an archive to open.
        #expect(try ImportRecoveryTests.verbatim(["import", second, "--db", db]).status == 0)

        let group = DispatchGroup()
        nonisolated(unsafe) var long: ImportRecoveryTests.Run?
        nonisolated(unsafe) var late: ImportRecoveryTests.Run?
        DispatchQueue.global().async(group: group) {
            long = try? ImportRecoveryTests.verbatim(["import", first, "--db", db, "--batch-size", "10"],
                                                     environment: ["VERBATIM_TEST_PAUSE_AT": "written:2",
                                                                   "VERBATIM_TEST_PAUSE_SECONDS": "6"])
        }
        // The first import pauses six seconds after its second batch: the second starts meanwhile, once the first
        // has written its two batches (50 articles in all; a loaded machine may take a while to get there).
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, (try? ImportRecoveryTests.articleCount(db)) ?? 0 < 50 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        DispatchQueue.global().async(group: group) {
            late = try? ImportRecoveryTests.verbatim(["import", second, first, "--db", db, "--batch-size", "10"])
        }
        // Questions while the imports run: every one answered.
        var questions: [ImportRecoveryTests.Run] = []
        while group.wait(timeout: .now()) == .timedOut {
            questions.append(try ImportRecoveryTests.verbatim(["statements", "--db", db, "--speaker", "Brandt", "--limit", "2"]))
        }
        #expect(long?.status == 0, "\(long?.errors ?? "")")
        #expect(late?.status == 0, "\(late?.errors ?? "")")
        #expect(late?.errors.hasPrefix("waiting for the import in progress (process ") == true, "\(late?.errors ?? "")")
        #expect(!questions.isEmpty)
        #expect(questions.filter { $0.status != 0 }.map(\.errors) == [])
        #expect(try ImportRecoveryTests.articleCount(db) == 130)
    }
}
