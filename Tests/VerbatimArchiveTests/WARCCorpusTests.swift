import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

/// A WARC file of 1,000 news pages made by `scripts/make-warc` from `../shared/corpus` (four templates with
/// navigation, banners, advertisements, related links, comments and JSON-LD) imports with the statements, titles and
/// dates the same articles give as plain files, and no template text in any article. One import of each is shared by
/// all the checks.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: sharedDirectory.appendingPathComponent("corpus").path),
                "../shared/corpus is not beside the checkout: the WARC corpus test is skipped"),
       .timeLimit(.minutes(5)))
struct WARCCorpusTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/make-warc").path

    /// What `scripts/make-warc` says of what it wrote.
    struct Made: Decodable {
        var pages: Int
        var index_pages: Int
        var markers: [String]
    }

    /// Runs `scripts/make-warc` for `pages` pages into `dir`.
    static func make(_ dir: TemporaryDirectory, pages: Int) throws -> Made {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, dir.path("crawl.warc.gz"), "--plain", dir.path("plain"), "--pages", String(pages),
                             "--corpus", sharedDirectory.appendingPathComponent("corpus").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "scripts/make-warc failed")
        return try JSONDecoder().decode(Made.self, from: data)
    }

    /// Imports `path` into a fresh archive: the summary, and each article's title, date and text.
    static func imported(_ path: String, _ dir: TemporaryDirectory, as name: String)
        throws -> (ImportSummary, [(title: String, date: String, text: String)]) {
        let archive = try Archive(path: dir.path("\(name).sqlite"), lexicon: sharedLexicon)
        let summary = try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [path])
        let rows = try archive.read { db in
            try Row.fetchAll(db, sql: "SELECT title, coalesce(published_on, '-') AS day, text FROM articles").map {
                (title: $0["title"] as String, date: $0["day"] as String, text: $0["text"] as String)
            }
        }
        return (summary, rows)
    }

    @Test func aThousandNewsPagesGiveWhatThePlainTextsGive() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let made = try Self.make(dir, pages: 1_000)
        let (plain, plainArticles) = try Self.imported(dir.path("plain"), dir, as: "plain")
        let (warc, warcArticles) = try Self.imported(dir.path("crawl.warc.gz"), dir, as: "warc")
        #expect(made.pages == 1_000)
        #expect(warc.failed == 0)
        // Every page read; the index pages, and stubs of fewer than 20 words, passed over.
        #expect(warc.entries == made.pages + made.index_pages)
        #expect(warc.pagesPassedOver >= made.index_pages)
        #expect(warc.pagesPassedOver <= made.index_pages + made.pages / 100)
        #expect(warc.recordsSkipped == 1 + made.pages + 2 * made.index_pages, "warcinfo, requests, robots.txt, images")
        #expect(warc.imported + warc.duplicates + warc.pagesPassedOver - made.index_pages == made.pages)
        // At least 98 % of the statements; each article with the title and date of its plain file.
        #expect(Double(warc.statements) >= 0.98 * Double(plain.statements), "\(warc.statements) of \(plain.statements)")
        // HTML shows a run of spaces as one: titles are compared with their spaces collapsed.
        func key(_ article: (title: String, date: String, text: String)) -> String {
            article.title.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\t" + article.date
        }
        let plainKeys = Set(plainArticles.map(key))
        let different = warcArticles.filter { !plainKeys.contains(key($0)) }.map(\.title)
        #expect(different.isEmpty, "\(different.prefix(5))")
        #expect(warcArticles.count >= plainArticles.count * 99 / 100)
        // No navigation, banner, advertisement, share, related or comment text of the templates in any article.
        let found = made.markers.filter { marker in warcArticles.contains { $0.text.contains(marker) } }
        #expect(found.isEmpty, "\(found)")
        #expect(!made.markers.contains { marker in plainArticles.contains { $0.text.contains(marker) } })
    }
}
