import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

/// The shared material beside the checkout (`../shared`), or `$VERBATIM_SHARED`.
let sharedDirectory: URL = {
    if let path = ProcessInfo.processInfo.environment["VERBATIM_SHARED"] { return URL(fileURLWithPath: path) }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
}()

let hasShared = FileManager.default.fileExists(atPath: sharedDirectory.appendingPathComponent("corpus/seed").path)

/// Imports the seed article and scores the export with `../shared/eval/score.py`, as the README describes.
@Suite(.enabled(if: hasShared, "../shared is not beside the checkout: the seed integration test is skipped"))
struct SeedIntegrationTests {
    func importSeed(_ dir: TemporaryDirectory) throws -> Archive {
        let archive = try Archive(path: dir.path("seed.sqlite"), lexicon: sharedLexicon)
        let summary = try Importer(archive: archive, lexicon: sharedLexicon)
            .run(paths: [sharedDirectory.appendingPathComponent("corpus/seed").path])
        #expect(summary.imported == 1)
        #expect(summary.failed == 0)
        return archive
    }

    @Test func directQuoteRecallIsAtLeastNinetyPercent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try importSeed(dir)
        var lines = ""
        try archive.exportStatements { columns, row in lines += ResultTable.jsonObject(columns, row) + "\n" }
        let predictions = try dir.write("pred.jsonl", lines)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", sharedDirectory.appendingPathComponent("eval/score.py").path, "--pred", predictions,
            "--jsonl", sharedDirectory.appendingPathComponent("gold/statements.seed.jsonl").path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lastLine = try #require(String(decoding: output, as: UTF8.self).split(separator: "\n").last)
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(lastLine.utf8)) as? [String: Any])
        let direct = try #require(figures["direct"] as? [String: Any])
        let recall = try #require(direct["recall"] as? Double)
        print("seed: \(String(decoding: output, as: UTF8.self).split(separator: "\n").prefix(3).joined(separator: " | "))")
        #expect(recall >= 0.9, "direct-quote recall \(recall)")
    }

    @Test func importingTheSeedAgainAddsNothing() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try importSeed(dir)
        let again = try Importer(archive: archive, lexicon: sharedLexicon)
            .run(paths: [sharedDirectory.appendingPathComponent("corpus/seed").path])
        #expect(again.imported == 0)
        #expect(again.duplicates == 1)
    }
}
