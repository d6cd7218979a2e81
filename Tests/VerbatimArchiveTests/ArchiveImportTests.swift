import Foundation
import GRDB
import Testing
import VerbatimSources
@testable import VerbatimArchive

/// Archives, compressed files, HTML pages and WARC files imported: what is stored and under which name, and each
/// failure's one line, with the rest imported.
@Suite(.timeLimit(.minutes(2))) struct ArchiveImportTests {
    /// A short article of our own, in the plain-text layout.
    static func article(_ title: String, _ speaker: String) -> [UInt8] {
        Array("\(title)\n\nThe talks in Vienna went on through the night.\n\n“We are close to a deal,” said \(speaker), the Austrian foreign minister.\n".utf8)
    }

    /// A news page of our own with navigation, a comment and JSON-LD around its story.
    static let page = Array("""
        <!DOCTYPE html><html><head><title>Vienna talks near a deal | Danube Post</title>
        <meta property="og:site_name" content="Danube Post">
        <link rel="canonical" href="https://danube.example/2016/04/12/vienna-talks">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2016-04-12T18:00:00+02:00"}</script>
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Vienna talks near a deal</h1>
        <p>Negotiators in Vienna said on Tuesday that a deal on the border dispute was within reach after two days of talks.</p>
        <p>&ldquo;We are close,&rdquo; said Karin Kneissl, the Austrian foreign minister.</p></article>
        <section class="comments"><p>First! Nobody believes a word of it, said a reader.</p></section>
        </body></html>
        """.utf8)

    /// An index page: not an article.
    static let indexPage = Array("""
        <html><head><title>World | Danube Post</title><meta property="og:type" content="website"></head>
        <body><ul><li><a href="/a">Vienna talks near a deal</a></li><li><a href="/b">Border reopens</a></li></ul></body></html>
        """.utf8)

    /// The bytes of an archive of `entries` in `format`.
    static func archive(_ format: ArchiveWriter.Format, _ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("a" + format.suffix)
        try ArchiveWriter.write(path, format: format, entries)
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Imports the paths into a fresh archive: its summary, failure and warning lines (`IN` for the folder `in`).
    static func importing(_ dir: TemporaryDirectory, _ paths: [String], options: ImportOptions = ImportOptions())
        throws -> (summary: ImportSummary, failures: [String], warnings: [String], archive: Archive) {
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        var failures: [String] = []
        var warnings: [String] = []
        let summary = try Importer(archive: archive, lexicon: sharedLexicon, options: options).run(paths: paths) { event in
            switch event {
            case .failure(let path, let reason): failures.append("\(path): \(reason)")
            case .warning(let path, let message): warnings.append("\(path): \(message)")
            default: break
            }
        }
        let masked = { (line: String) in line.replacingOccurrences(of: dir.path("in"), with: "IN") }
        return (summary, failures.map(masked), warnings.map(masked), archive)
    }

    /// The stored articles: origin (with `IN`), title, date, source and URL, by origin.
    static func stored(_ archive: Archive, _ dir: TemporaryDirectory) throws -> [[String?]] {
        try archive.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.origin, a.title, a.published_on, s.name AS source, a.url FROM articles a
                LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.origin
                """).map { row in
                [(row["origin"] as String).replacingOccurrences(of: dir.path("in"), with: "IN"), row["title"],
                 row["published_on"], row["source"], row["url"]]
            }
        }
    }

    @Test func entriesOfNestedArchivesArePagesAndArticlesNamedByTheirPath() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let inner = try Self.archive(.tarGzip, [("b.txt", Self.article("Border talks resume", "Georg Fischer"))])
        let single = try Self.archive(.gzip, [("c.txt", Self.article("Danube treaty signed", "Erich Bauer"))])
        let manifest = Array("file\tdate\tsource\na.txt\t2016-03-08\tAlpine Wire\nmissing.txt\t2016-03-09\tAlpine Wire\n".utf8)
        try dir.write("in/news.zip", try Self.archive(.zip, [
            ("news/MANIFEST.tsv", manifest), ("news/a.txt", Self.article("Vienna hosts talks", "Anna Huber")),
            ("news/page.html", Self.page), ("news/index.htm", Self.indexPage), ("news/photo.png", [0x89, 0x50]),
            ("nested/inner.tar.gz", inner), ("nested/c.txt.gz", single), (".hidden/d.txt", Self.article("Hidden", "X Y")),
        ]))
        let (summary, failures, warnings, archive) = try Self.importing(dir, [dir.path("in")])
        #expect(failures == ["IN/news.zip:news/index.htm: not an article page (og:type website)"])
        #expect(warnings == ["IN/news.zip:news/MANIFEST.tsv:3: there is no file 'missing.txt' beside the manifest in the archive"])
        #expect(try Self.stored(archive, dir) == [
            ["IN/news.zip:nested/c.txt.gz:c.txt", "Danube treaty signed", nil, nil, nil],
            ["IN/news.zip:nested/inner.tar.gz:b.txt", "Border talks resume", nil, nil, nil],
            ["IN/news.zip:news/a.txt", "Vienna hosts talks", "2016-03-08", "Alpine Wire", nil],
            ["IN/news.zip:news/page.html", "Vienna talks near a deal", "2016-04-12", "Danube Post",
             "https://danube.example/2016/04/12/vienna-talks"],
        ])
        #expect(summary.imported == 4)
        #expect(summary.archives == 3)
        #expect(summary.entries == 5)
        #expect(summary.pagesPassedOver == 1)
        #expect(summary.skipped == 1)
        #expect(summary.failed == 0)
        let texts = try archive.read { db in try String.fetchAll(db, sql: "SELECT text FROM articles") }
        #expect(!texts.contains { $0.contains("Home") || $0.contains("Nobody believes") })
    }

    /// JSON Lines in an archive or a compressed file are read line by line as they are decompressed.
    @Test(arguments: [ArchiveWriter.Format.gzip, .tarXz])
    func jsonLinesInAnArchiveAreReadLineByLine(_ format: ArchiveWriter.Format) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let lines = Array("""
            {"id": "a", "title": "Vienna hosts talks", "text": "“We are close to a deal,” said Anna Huber, the Austrian foreign minister.", "date": "2016-04-12"}
            {"id": "b", "text": broken
            {"id": "c", "title": "Border talks", "text": "“The border stays open,” said Georg Fischer, the Austrian interior minister."}

            """.utf8)
        let name = format == .gzip ? "feed.jsonl.gz" : "feeds.tar.xz"
        try dir.write("in/\(name)", try Self.archive(format, [("feed.jsonl", lines)]))
        let (summary, failures, _, archive) = try Self.importing(dir, [dir.path("in")])
        #expect(failures == ["IN/\(name):feed.jsonl:2: malformed JSON line"])
        #expect(try Self.stored(archive, dir).map { [$0[0], $0[1], $0[2]] } == [
            ["IN/\(name):feed.jsonl#a", "Vienna hosts talks", "2016-04-12"], ["IN/\(name):feed.jsonl#c", "Border talks", nil],
        ])
        #expect(summary.imported == 2)
        #expect(summary.entries == 1)
    }

    @Test func aWARCFileGivesItsPagesAndCountsTheOtherRecords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let records = [
            WARCWriter.record("warcinfo", contentType: "application/warc-fields", Array("software: test\r\n".utf8)),
            WARCWriter.response("https://danube.example/2016/04/12/vienna-talks", Self.page),
            WARCWriter.response("https://danube.example/world", Self.indexPage),
            WARCWriter.response("https://danube.example/logo.png", headers: ["Content-Type: image/png"], [0x89, 0x50]),
        ]
        try FileManager.default.createDirectory(atPath: dir.path("in"), withIntermediateDirectories: true)
        try WARCWriter.write(dir.path("in/crawl.warc.gz"), records)
        let (summary, failures, _, archive) = try Self.importing(dir, [dir.path("in/crawl.warc.gz")])
        #expect(failures == ["IN/crawl.warc.gz:https://danube.example/world: not an article page (og:type website)"])
        #expect(try Self.stored(archive, dir) == [
            ["IN/crawl.warc.gz:https://danube.example/2016/04/12/vienna-talks", "Vienna talks near a deal", "2016-04-12",
             "Danube Post", "https://danube.example/2016/04/12/vienna-talks"],
        ])
        #expect(summary.recordsSkipped == 2)
        #expect(summary.entries == 2)
        #expect(summary.pagesPassedOver == 1)
    }

    /// A bad archive beside a good article: the failure's line, and what is imported all the same.
    struct Fault: Sendable, CustomTestStringConvertible {
        var name: String
        var files: @Sendable () throws -> [(String, [UInt8])]
        var failures: [String]
        var imported: Int
        var options = ImportOptions()
        var testDescription: String { name }
    }

    static let faults: [Fault] = [
        Fault(name: "a decompression bomb", files: {
                  [("bomb.tar.gz", try archive(.tarGzip, [("a.txt", article("Vienna hosts talks", "Anna Huber")),
                                                          ("zeros.txt", [UInt8](repeating: 0x20, count: 3_000_000))]))]
              },
              failures: ["IN/bomb.tar.gz: expands 891 times (2 MB from 2 kB), past the limit of 100; a decompression bomb? The rest of it is not read"],
              imported: 2, options: ImportOptions(archiveLimits: ArchiveReader.Limits(ratio: 100, ratioFloor: 2_000_000))),
        Fault(name: "a corrupt archive", files: {
                  var bytes = try archive(.tar, [("a.txt", article("Vienna hosts talks", "Anna Huber")),
                                                 ("b.txt", article("Border talks resume", "Georg Fischer")),
                                                 ("c.txt", Array(repeating: UInt8(ascii: "c"), count: 4_000))])
                  let start = bytes.indices.first { bytes[$0...].starts(with: Array(repeating: UInt8(ascii: "c"), count: 100)) } ?? 0
                  bytes.removeLast(bytes.count - start - 1_000)
                  return [("cut.tar", bytes)]
              },
              failures: ["IN/cut.tar:c.txt: corrupt archive here (Truncated tar archive)"], imported: 3),
        Fault(name: "an entry over the limit", files: {
                  [("big.zip", try archive(.zip, [("big.txt", Array(repeating: 0x61, count: 1_500)),
                                                  ("a.txt", article("Vienna", "Anna Huber"))]))]
              },
              failures: ["IN/big.zip:big.txt: 1.5 kB, over the 1 kB limit for an article (--max-article-bytes)"],
              imported: 2, options: ImportOptions(maxArticleBytes: 1_000)),
        Fault(name: "an unknown format", files: { [("notes.zip", Array("Plain notes, not an archive.\n".utf8))] },
              failures: ["IN/notes.zip: not an archive libarchive can read (Unrecognized archive format)"], imported: 1),
        Fault(name: "a page that is not an article", files: { [("index.html", indexPage)] },
              failures: ["IN/index.html: not an article page (og:type website)"], imported: 1),
        Fault(name: "a zero-byte archive", files: { [("empty.zip", [])] }, failures: ["IN/empty.zip: empty file"],
              imported: 1),
        Fault(name: "entry names that are not safe", files: {
                  let dir = try TemporaryDirectory()
                  defer { dir.cleanUp() }
                  let writer = try ArchiveWriter(path: dir.path("names.tar"), format: .tar)
                  try writer.add("../up.txt", article("Up", "Anna Huber"))
                  try writer.add(nameBytes: Array("bad".utf8) + [0xFF] + Array(".txt".utf8), article("Bad", "Anna Huber"))
                  try writer.add("ok.txt", article("Vienna hosts talks", "Anna Huber"))
                  try writer.close()
                  return [("names.tar", try [UInt8](Data(contentsOf: dir.url.appendingPathComponent("names.tar"))))]
              },
              failures: ["IN/names.tar:../up.txt: entry name goes up a directory (..)",
                         "IN/names.tar:bad\u{FFFD}.txt: entry name is not valid UTF-8"], imported: 2),
        Fault(name: "archives nested too deep", files: {
                  var bytes = try archive(.zip, [("a.txt", article("Vienna hosts talks", "Anna Huber"))])
                  for _ in 0..<4 { bytes = try archive(.zip, [("in.zip", bytes)]) }
                  return [("deep.zip", bytes)]
              },
              failures: ["IN/deep.zip:in.zip:in.zip:in.zip:in.zip: an archive nested 4 archives deep; archives are read 4 deep at most"],
              imported: 1),
        Fault(name: "a truncated WARC file", files: {
                  let dir = try TemporaryDirectory()
                  defer { dir.cleanUp() }
                  try WARCWriter.write(dir.path("w.warc"), [WARCWriter.response("https://danube.example/a", page),
                                                          WARCWriter.response("https://danube.example/b", page)])
                  let bytes = try [UInt8](Data(contentsOf: dir.url.appendingPathComponent("w.warc")))
                  return [("cut.warc", Array(bytes.dropLast(200)))]
              },
              failures: ["IN/cut.warc: corrupt WARC file: record 2 is truncated"], imported: 2),
    ]

    @Test(arguments: faults) func aBadArchiveIsOneLineAndTheRestIsImported(_ fault: Fault) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/good.txt", fisheriesArticle)
        for (name, bytes) in try fault.files() { try dir.write("in/\(name)", bytes) }
        let (summary, failures, _, archive) = try Self.importing(dir, [dir.path("in")], options: fault.options)
        #expect(failures == fault.failures)
        #expect(summary.imported == fault.imported)
        let names = try archive.read { db in try String.fetchAll(db, sql: "SELECT name FROM articles") }
        #expect(names.contains("good.txt"))
    }

    /// The failures the issue names, through the command: the line, the summary, exit code 1.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ImportInputFaultTests.verbatimBinary),
                   "the verbatim binary is not built"),
          arguments: [
              ("a corrupt archive", "IN/cut.tar:c.txt: corrupt archive here (Truncated tar archive)",
               "imported 3 articles (6 statements), 0 duplicates skipped, 1 failed, 3 entries read from 1 archive → DB"),
              ("an entry over the limit", "IN/big.zip:big.txt: 1.5 kB, over the 1 kB limit for an article (--max-article-bytes)",
               "imported 2 articles (5 statements), 0 duplicates skipped, 1 failed, 2 entries read from 1 archive → DB"),
              ("an unknown format", "IN/notes.zip: not an archive libarchive can read (Unrecognized archive format)",
               "imported 1 article (4 statements), 0 duplicates skipped, 1 failed → DB"),
              ("a page that is not an article", "IN/index.html: not an article page (og:type website)",
               "imported 1 article (4 statements), 0 duplicates skipped, 0 failed, 1 page passed over as not articles → DB"),
          ])
    func theCommandSaysWhatFailedAndExitsWithOne(_ name: String, _ line: String, _ summary: String) throws {
        let fault = try #require(Self.faults.first { $0.name == name })
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/good.txt", fisheriesArticle)
        for (file, bytes) in try fault.files() { try dir.write("in/\(file)", bytes) }
        let options = fault.options.maxArticleBytes == ImportOptions.defaultMaxArticleBytes ? []
            : ["--max-article-bytes", String(fault.options.maxArticleBytes)]
        let run = try ImportRecoveryTests.verbatim(["import", dir.path("in"), "--db", dir.path("a.sqlite")] + options)
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n").map {
            $0.replacingOccurrences(of: dir.path("in"), with: "IN").replacingOccurrences(of: dir.path("a.sqlite"), with: "DB")
        }
        #expect(lines == [line, summary])
    }

    /// Bytes that Windows-1252 leaves undefined (0x81, 0x8F) in a page guessed to be in it: the page is read to its
    /// end, libxml2 prints nothing of its own, the page gets its one line.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ImportInputFaultTests.verbatimBinary),
                   "the verbatim binary is not built"))
    func bytesInvalidInAPagesCharsetPrintNothingButItsLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/bad.html", Array("<html><body><p>Words ".utf8) + [0x8F, 0x81, 0xFE] + Array(" here.</p></body></html>".utf8))
        let run = try ImportRecoveryTests.verbatim(["import", dir.path("in"), "--db", dir.path("a.sqlite")])
        #expect(run.status == 1)
        #expect(run.errors.replacingOccurrences(of: dir.path("in"), with: "IN").replacingOccurrences(of: dir.path("a.sqlite"), with: "DB")
                == "IN/bad.html: not an article page (only 3 words of story text)\n"
                   + "imported 0 articles (0 statements), 0 duplicates skipped, 0 failed, 1 page passed over as not articles → DB\n")
    }

    /// A bomb through the command: past the default ratio of 200 once 10 MB are out, the archive stops.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ImportInputFaultTests.verbatimBinary),
                   "the verbatim binary is not built"))
    func theCommandStopsADecompressionBomb() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/good.txt", fisheriesArticle)
        try dir.write("in/bomb.tar.gz", try Self.archive(.tarGzip, [
            ("a.txt", Self.article("Vienna hosts talks", "Anna Huber")),
            ("spaces.txt", [UInt8](repeating: 0x20, count: 12_000_000)),
        ]))
        let run = try ImportRecoveryTests.verbatim(["import", dir.path("in"), "--db", dir.path("a.sqlite")])
        #expect(run.status == 1)
        let lines = run.errors.split(separator: "\n").map {
            $0.replacingOccurrences(of: dir.path("in"), with: "IN").replacingOccurrences(of: dir.path("a.sqlite"), with: "DB")
        }
        #expect(lines == [
            "IN/bomb.tar.gz: expands 997 times (10 MB from 10 kB), past the limit of 200; a decompression bomb? The rest of it is not read",
            "imported 2 articles (5 statements), 0 duplicates skipped, 1 failed, 2 entries read from 1 archive → DB",
        ])
    }
}

/// `explain-article` reads an HTML page as an import does.
struct ExplainPageTests {
    @Test func anHTMLPageIsExplainedAsItsArticle() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let page = try dir.write("story.html", ArchiveImportTests.page)
        #expect(try Importer.articleText(page).hasPrefix("Vienna talks near a deal\n\nNegotiators in Vienna said on Tuesday"))
        let index = try dir.write("index.htm", ArchiveImportTests.indexPage)
        #expect(throws: ArchiveError.self) { try Importer.articleText(index) }
        do {
            _ = try Importer.articleText(index)
        } catch {
            #expect("\(error)" == "\(index): not an article page (og:type website)")
        }
    }
}
