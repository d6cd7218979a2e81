import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

/// Every kind of bad input an import may meet, each beside a good article: the exact `path: reason` lines it reports,
/// its counts, and the good article stored all the same.
@Suite(.timeLimit(.minutes(1))) struct ImportInputFaultTests {
    /// A bad input made in the directory `in` beside `in/good.txt`, and what importing `in` reports.
    struct Fault: Sendable, CustomTestStringConvertible {
        var name: String
        /// Makes the input; its argument is the path of `in`.
        var make: @Sendable (String) throws -> Void
        /// The failure lines, `IN` standing for the path of `in`.
        var failures: [String] = []
        var warnings: [String] = []
        /// Articles stored (the good one included).
        var imported = 1
        /// Texts stored, by article name.
        var stored: [String: String] = [:]
        var maxArticleBytes = ImportOptions.defaultMaxArticleBytes

        var testDescription: String { name }
    }

    static func put(_ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func put(_ path: String, _ text: String) throws {
        try put(path, Array(text.utf8))
    }

    static func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    static let quoted = "Talks\n\n“We agree,” said Lars Berg, the Danish fisheries minister.\n"

    static let faults: [Fault] = [
        Fault(name: "empty file", make: { try put("\($0)/empty.txt", "") },
              failures: ["IN/empty.txt: empty file"]),
        Fault(name: "whitespace only", make: { try put("\($0)/blank.txt", " \n\t\r\n  \n") },
              failures: ["IN/blank.txt: only whitespace, no text"]),
        Fault(name: "binary data", make: { try put("\($0)/photo.dat", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]) },
              failures: ["IN/photo.dat: binary data, not text"]),
        Fault(name: "NUL bytes in text", make: { try put("\($0)/nul.txt", Array("Talks\n\nThe minister said so.".utf8) + [0, 0]) },
              failures: ["IN/nul.txt: binary data, not text"]),
        Fault(name: "invalid UTF-8: two stray bytes",
              make: { try put("\($0)/stray.txt", Array("Talks\n\n“We agree,” he said ".utf8) + [0x97, 0x81] + Array(".\n".utf8)) },
              warnings: ["IN/stray.txt: 2 invalid UTF-8 bytes replaced by U+FFFD"], imported: 2,
              stored: ["stray.txt": "Talks\n\n“We agree,” he said \u{FFFD}\u{FFFD}.\n"]),
        // A UTF-8 paragraph, then a Windows-1252 one: the UTF-8 keeps its quotes, the other loses its own.
        Fault(name: "mixed encodings",
              make: { try put("\($0)/mixed.txt", Array(quoted.utf8) + [0x93] + Array("No,".utf8) + [0x94] + Array(" he said.\n".utf8)) },
              warnings: ["IN/mixed.txt: 2 invalid UTF-8 bytes replaced by U+FFFD"], imported: 2,
              stored: ["mixed.txt": quoted + "\u{FFFD}No,\u{FFFD} he said.\n"]),
        Fault(name: "Windows-1252",
              make: { try put("\($0)/old.txt", Array("Talks\n\n".utf8) + [0x93] + Array("No,".utf8) + [0x94] + Array(" he said.\n".utf8)) },
              warnings: ["IN/old.txt: not valid UTF-8; decoded as Windows-1252"], imported: 2,
              stored: ["old.txt": "Talks\n\n“No,” he said.\n"]),
        Fault(name: "an unknown encoding",
              make: { try put("\($0)/koi.txt", [0x81] + Array(repeating: [0xE0, 0x41], count: 10).flatMap { $0 }) },
              failures: ["IN/koi.txt: not text in UTF-8, UTF-16 or Windows-1252 (11 of 21 bytes are not UTF-8)"]),
        Fault(name: "UTF-16 little-endian", make: { try put("\($0)/le.txt", utf16(quoted, bigEndian: false)) },
              imported: 2, stored: ["le.txt": quoted]),
        Fault(name: "UTF-16 big-endian", make: { try put("\($0)/be.txt", utf16("Zoë’s " + quoted, bigEndian: true)) },
              imported: 2, stored: ["be.txt": "Zoë’s " + quoted]),
        Fault(name: "an HTML page too short to be an article",
              make: { try put("\($0)/page.txt", "\n<!DOCTYPE html>\n<html><p>Hi.</p></html>\n") },
              failures: ["IN/page.txt: not an article page (only 1 word of story text)"]),
        Fault(name: "an .html file of plain text too short to be an article", make: { try put("\($0)/story.html", quoted) },
              failures: ["IN/story.html: not an article page (only 10 words of story text)"]),
        Fault(name: "a file over the limit", make: { try put("\($0)/big.txt", quoted + String(repeating: "More text. ", count: 100)) },
              failures: ["IN/big.txt: 1.2 kB, over the 1 kB limit for an article (--max-article-bytes)"],
              maxArticleBytes: 1000),
        Fault(name: "a file just over the limit", make: { try put("\($0)/big.txt", String(repeating: "a", count: 1001)) },
              failures: ["IN/big.txt: 1001 B, over the 1000 B limit for an article (--max-article-bytes)"],
              maxArticleBytes: 1000),
        // 52.4 MB that take no room: a sparse file, refused by its size without being read.
        Fault(name: "a huge file", make: { path in
                  let file = "\(path)/huge.txt"
                  try put(file, quoted)
                  try FileHandle(forWritingAtPath: file)!.truncate(atOffset: 52_428_800)
              },
              failures: ["IN/huge.txt: 52.4 MB, over the 20 MB limit for an article (--max-article-bytes)"]),
        Fault(name: "a huge JSON line", make: { path in
                  let long = String(repeating: "More text. ", count: 200)
                  try put("\(path)/feed.jsonl", """
                      {"id": "a", "text": "The minister said the port would reopen."}
                      {"id": "b", "text": "\(long)"}
                      {"id": "c", "text": "The mayor said the port would stay shut."}
                      """)
              },
              failures: ["IN/feed.jsonl:2: a line of 2.2 kB, over the 1 kB limit for an article (--max-article-bytes)"],
              imported: 3, maxArticleBytes: 1000),
        Fault(name: "malformed JSON lines", make: { path in
                  try put("\(path)/feed.jsonl", Array("""
                      {"id": "a", "text": "The minister said the port would reopen."}
                      {"id": "b", "text": broken

                      [1, 2]
                      {"id": "d", "title": "No text"}
                      {"id": "e", "text": "  "}
                      {"id": "f", "text": "<html><body>Hi.</body></html>"}
                      {"id": "g", "text": "Nul\\u0000here"}

                      """.utf8) + [0x7B, 0xFF, 0x7D, 0x0A])
              },
              failures: [
                  "IN/feed.jsonl:2: malformed JSON line", "IN/feed.jsonl:4: not a JSON object",
                  "IN/feed.jsonl:5: no \"text\" field with an article", "IN/feed.jsonl:6: no \"text\" field with an article",
                  "IN/feed.jsonl:7: not an article page (only 1 word of story text)",
                  "IN/feed.jsonl:8: binary data, not text", "IN/feed.jsonl:9: malformed JSON line",
              ],
              imported: 2),
        Fault(name: "a FIFO", make: { #expect(mkfifo("\($0)/pipe.txt", 0o644) == 0) },
              failures: ["IN/pipe.txt: not a regular file"]),
        Fault(name: "a device", make: { try link("\($0)/null.txt", to: "/dev/null") },
              failures: ["IN/null.txt: not a regular file"]),
        Fault(name: "a symbolic link loop", make: { path in
                  try FileManager.default.createDirectory(atPath: "\(path)/sub", withIntermediateDirectories: false)
                  try link("\(path)/sub/up", to: "..")
              },
              warnings: ["IN/sub/up: symbolic link loop (back to IN); not followed"]),
        Fault(name: "a directory twice", make: { path in
                  try FileManager.default.createDirectory(atPath: "\(path)/sub", withIntermediateDirectories: false)
                  try put("\(path)/sub/two.txt", "Talks\n\nThe minister said the port would reopen.\n")
                  try link("\(path)/alias", to: "sub")
              },
              warnings: ["IN/sub: the same directory as IN/alias, walked already"], imported: 2),
        Fault(name: "a link to itself", make: { try link("\($0)/self.txt", to: "self.txt") },
              failures: ["IN/self.txt: symbolic link loop"]),
        Fault(name: "a broken link", make: { try link("\($0)/gone.txt", to: "nowhere.txt") },
              failures: ["IN/gone.txt: broken symbolic link (to nowhere.txt)"]),
        Fault(name: "a file name that is not UTF-8", make: { path in
                  let name = Array("\(path)/bad".utf8) + [0xFF] + Array(".txt".utf8) + [0]
                  let descriptor = creat(name.map { CChar(bitPattern: $0) }, 0o644)
                  #expect(descriptor >= 0)
                  close(descriptor)
              },
              failures: ["IN/bad\u{FFFD}.txt: file name is not valid UTF-8"]),
    ]

    /// Imports `in` of `dir` into a fresh archive; returns the summary and the lines, `IN` for the path of `in`.
    func importInput(_ dir: TemporaryDirectory, maxArticleBytes: Int = ImportOptions.defaultMaxArticleBytes)
        throws -> (summary: ImportSummary, failures: [String], warnings: [String], archive: Archive)
    {
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let importer = Importer(archive: archive, lexicon: sharedLexicon,
                                options: ImportOptions(maxArticleBytes: maxArticleBytes))
        var failures: [String] = []
        var warnings: [String] = []
        let input = dir.path("in")
        let summary = try importer.run(paths: [input]) { event in
            switch event {
            case .failure(let path, let reason): failures.append("\(path): \(reason)")
            case .warning(let path, let message): warnings.append("\(path): \(message)")
            case .progress, .waiting, .resuming: break
            }
        }
        let masked = { (line: String) in line.replacingOccurrences(of: input, with: "IN") }
        return (summary, failures.map(masked), warnings.map(masked), archive)
    }

    @Test(arguments: faults) func badInputIsReportedOnceAndTheGoodArticleStored(_ fault: Fault) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/good.txt", fisheriesArticle)
        try fault.make(dir.path("in"))
        let (summary, failures, warnings, archive) = try importInput(dir, maxArticleBytes: fault.maxArticleBytes)
        #expect(failures == fault.failures)
        #expect(warnings == fault.warnings)
        #expect(summary.failed + summary.pagesPassedOver == fault.failures.count)
        #expect(summary.imported == fault.imported)
        let texts = try archive.read { db in
            try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, text FROM articles").map {
                ($0["name"] as String, $0["text"] as String)
            })
        }
        #expect(texts["good.txt"] == fisheriesArticle)
        for (name, text) in fault.stored {
            #expect(texts[name] == text, "\(name)")
        }
    }

    /// Paths named on the command line that are no regular files are refused without being opened.
    @Test func specialFilesNamedOnTheCommandLineAreRefusedUnopened() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let good = try dir.write("good.txt", fisheriesArticle)
        #expect(mkfifo(dir.path("pipe"), 0o644) == 0)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        var failures: [String] = []
        let summary = try Importer(archive: archive, lexicon: sharedLexicon)
            .run(paths: [dir.path("pipe"), "/dev/null", good, dir.path("nope.txt")]) { event in
                if case .failure(let path, let reason) = event { failures.append("\(path): \(reason)") }
            }
        #expect(failures == [
            "\(dir.path("pipe")): not a regular file", "/dev/null: not a regular file",
            "\(dir.path("nope.txt")): no such file or directory",
        ])
        #expect(summary.failed == 3)
        #expect(summary.imported == 1)
    }

    /// A tree deeper than a path can be long: walked to the bottom that paths reach, without recursion, and the
    /// first directory past it reported once.
    @Test func aVeryDeepTreeIsWalkedAndItsTooLongPathReportedOnce() throws {
        let dir = try TemporaryDirectory()
        defer {
            // Paths past PATH_MAX: `rm` removes them relative to their parents.
            let rm = Process()
            rm.executableURL = URL(fileURLWithPath: "/bin/rm")
            rm.arguments = ["-rf", dir.path]
            try? rm.run()
            rm.waitUntilExit()
        }
        try dir.write("in/good.txt", fisheriesArticle)
        // 2,100 levels of `d`, made relative to each parent; an article at level 1,000.
        var descriptor = open(dir.path("in"), O_RDONLY | O_DIRECTORY)
        for level in 1...2100 {
            #expect(mkdirat(descriptor, "d", 0o755) == 0)
            let next = openat(descriptor, "d", O_RDONLY | O_DIRECTORY)
            close(descriptor)
            descriptor = next
            if level == 1000 {
                let file = openat(descriptor, "deep.txt", O_WRONLY | O_CREAT, 0o644)
                let text = Array("Deep\n\nThe minister said the port would reopen.\n".utf8)
                #expect(write(file, text, text.count) == text.count)
                close(file)
            }
        }
        close(descriptor)
        let (summary, failures, warnings, _) = try importInput(dir)
        // The first path of PATH_MAX (4,096) bytes or more, the terminating NUL included.
        var tooLong = dir.path("in")
        while tooLong.utf8.count < Int(PATH_MAX) { tooLong += "/d" }
        let masked = tooLong.replacingOccurrences(of: dir.path("in"), with: "IN")
        #expect(failures == ["\(masked): cannot be read (file name too long)"])
        #expect(warnings.isEmpty)
        #expect(summary.imported == 2)
        #expect(summary.failed == 1)
    }

    /// A file or directory this process may not read. Tests run as root, whom permissions do not stop: then a
    /// write-only sysfs attribute (which refuses reading even to root) and the `map_files` directory of process 1
    /// (which a container's root may open but not list), when the system has them.
    static let unreadable: (file: String?, directory: String?) = {
        if getuid() != 0 { return ("chmod", "chmod") }
        func refuses(_ path: String, directory: Bool) -> Bool {
            if directory {
                guard let handle = opendir(path) else { return errno == EACCES }
                defer { closedir(handle) }
                errno = 0
                while readdir(handle) != nil {}
                return errno == EACCES
            }
            let descriptor = open(path, O_RDONLY | O_NONBLOCK)
            if descriptor >= 0 { close(descriptor) }
            return descriptor < 0 && errno == EACCES
        }
        return (["/sys/bus/pci/rescan", "/sys/kernel/mm/page_idle/bitmap"].first { refuses($0, directory: false) },
                ["/proc/1/map_files"].first { refuses($0, directory: true) })
    }()

    @Test(.enabled(if: unreadable.file != nil, "no file this process may not read"))
    func anUnreadableFileSaysWhy() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/good.txt", fisheriesArticle)
        if Self.unreadable.file == "chmod" {
            let file = try dir.write("in/locked.txt", fisheriesArticle + "More.")
            #expect(chmod(file, 0) == 0)
        } else {
            try Self.link(dir.path("in/locked.txt"), to: Self.unreadable.file!)
        }
        let (summary, failures, _, _) = try importInput(dir)
        #expect(failures == ["IN/locked.txt: cannot be read (permission denied)"])
        #expect(summary.failed == 1)
        #expect(summary.imported == 1)
    }

    @Test(.enabled(if: unreadable.directory != nil, "no directory this process may not list"))
    func anUnreadableDirectorySaysWhy() throws {
        let dir = try TemporaryDirectory()
        defer {
            _ = chmod(dir.path("in/locked"), 0o755)
            dir.cleanUp()
        }
        try dir.write("in/good.txt", fisheriesArticle)
        if Self.unreadable.directory == "chmod" {
            try dir.write("in/locked/a.txt", fisheriesArticle + "More.")
            #expect(chmod(dir.path("in/locked"), 0) == 0)
        } else {
            try Self.link(dir.path("in/locked"), to: Self.unreadable.directory!)
        }
        let (summary, failures, _, _) = try importInput(dir)
        #expect(failures == ["IN/locked: cannot be listed (permission denied)"])
        #expect(summary.failed == 1)
        #expect(summary.imported == 1)
    }

    /// An import of good and bad files into an archive that holds articles keeps them all and adds the good ones.
    @Test func badInputLosesNothingStored() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("first/good.txt", fisheriesArticle)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let importer = Importer(archive: archive, lexicon: sharedLexicon, options: ImportOptions(maxArticleBytes: 1000))
        #expect(try importer.run(paths: [dir.path("first")]).imported == 1)
        let counts = { try archive.read { db in
            try [Int.fetchOne(db, sql: "SELECT count(*) FROM articles")!, Int.fetchOne(db, sql: "SELECT count(*) FROM statements")!]
        } }
        let before = try counts()
        try dir.write("second/two.txt", "Cod talks\n\n\"We will not move,\" said Erik Holm, the Danish transport minister.\n")
        // Every fault but the second to make `sub`, in one directory (those writing the same file overwrite it).
        for fault in Self.faults where fault.name != "a directory twice" {
            try fault.make(dir.path("second"))
        }
        let summary = try importer.run(paths: [dir.path("second")])
        // 21 files and lines refused (the JSON Lines file and big.txt as their last writers left them), two of them
        // HTML pages passed over as not articles; two.txt, four files with warnings, both UTF-16 files and one JSON
        // line stored.
        #expect(summary.failed == 19)
        #expect(summary.pagesPassedOver == 2)
        #expect(summary.imported == 7)
        // What was stored stays, and what this import stored is added to it.
        #expect(try counts() == [before[0] + summary.imported, before[1] + summary.statements])
        try archive.read { db throws in
            #expect(try String.fetchOne(db, sql: "SELECT text FROM articles WHERE name = 'good.txt'") == fisheriesArticle)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles WHERE name = 'two.txt'") == 1)
        }
    }

    /// A file whose size `stat` does not tell (0 for a `/proc` file) is read to its end, and refused once it passes
    /// the limit.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status"), "no /proc"))
    func aFileLargerThanItsStatusSaysIsReadToItsEnd() throws {
        let whole = try InputFile.read("/proc/self/status").get()
        #expect(String(decoding: whole, as: UTF8.self).hasPrefix("Name:"))
        #expect(throws: InputFile.Failure.tooLarge(size: 11, limit: 10)) {
            try InputFile.read("/proc/self/status", limit: 10).get()
        }
    }

    /// Lines over the limit, the last without a newline, are skipped chunk by chunk: the buffer stays near the limit.
    @Test func aLineOverTheLimitIsSkippedWithoutBeingHeld() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000)
        let file = try dir.write("lines.jsonl", Array("one\n".utf8) + long + Array("\ntwo\n\n".utf8) + long + [0x62])
        var reader = try LineReader(path: file, limit: 2_000, chunkSize: 1_000)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        #expect(lines == [
            .text(Array("one".utf8)), .tooLong(size: 100_000), .text(Array("two".utf8)), .text([]),
            .tooLong(size: 100_001),
        ])
        #expect(reader.bufferCapacity <= 2 * (2_000 + 1_000))
    }

    /// A run of `verbatim import`: the files of `in` besides `good.txt`, options, exit status, first lines of output.
    struct CommandCase: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [String: [UInt8]]
        var options: [String] = []
        var status: Int32
        var lines: [String]

        var testDescription: String { name }
    }

    static let commandCases = [
        CommandCase(name: "a failure", files: ["empty.txt": []], status: 1,
                    lines: ["IN/empty.txt: empty file",
                            "imported 1 article (4 statements), 0 duplicates skipped, 1 failed → DB"]),
        CommandCase(name: "a warning only", files: ["old.txt": Array("Talks\n\n".utf8) + [0x93, 0x4E, 0x6F, 0x2C, 0x94]
                        + Array(" he said.\n".utf8)], status: 0,
                    lines: ["IN/old.txt: warning: not valid UTF-8; decoded as Windows-1252",
                            "imported 2 articles (5 statements), 0 duplicates skipped, 0 failed → DB"]),
        CommandCase(name: "a file over --max-article-bytes", files: ["big.txt": Array(repeating: 0x61, count: 1_500)],
                    options: ["--max-article-bytes", "1000"], status: 1,
                    lines: ["IN/big.txt: 1.5 kB, over the 1 kB limit for an article (--max-article-bytes)",
                            "imported 1 article (4 statements), 0 duplicates skipped, 1 failed → DB"]),
        CommandCase(name: "a limit under 1", files: [:], options: ["--max-article-bytes", "0"], status: 64,
                    lines: ["Error: --max-article-bytes must be at least 1, not 0"]),
    ]

    /// The command's exit code: 1 when anything failed, 0 when there were only warnings; 64 for a limit under 1.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: verbatimBinary), "the verbatim binary is not built"),
          arguments: commandCases)
    func theCommandExitsWithOneWhenAnythingFailed(_ run: CommandCase) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/good.txt", fisheriesArticle)
        for (name, bytes) in run.files { try dir.write("in/\(name)", bytes) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.verbatimBinary)
        process.arguments = ["import", dir.path("in"), "--db", dir.path("a.sqlite")] + run.options
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == run.status)
        let reported = output.split(separator: "\n").map {
            $0.replacingOccurrences(of: dir.path("in"), with: "IN").replacingOccurrences(of: dir.path("a.sqlite"), with: "DB")
        }
        #expect(Array(reported.prefix(run.lines.count)) == run.lines)
    }

    /// The `verbatim` binary built beside the tests.
    static let verbatimBinary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/verbatim").path
}
