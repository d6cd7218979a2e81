import Dispatch
import Foundation
import GRDB
import VerbatimSources
import VerbatimText

/// Options of an import, from the command line.
public struct ImportOptions: Sendable {
    /// The publication date for articles whose JSON line gives none (`YYYY-MM-DD`).
    public var date: String?
    /// The source for articles whose JSON line gives none.
    public var source: String?
    /// A sidecar table that applies to every file, before a directory's own `MANIFEST.tsv`.
    public var manifest: URL?
    /// Articles parsed and extracted together, then written in one transaction (and one full-text segment).
    public var batchSize: Int
    /// How to check, one at a time in a child process, the articles an interrupted import was reading; without
    /// one they are extracted as any other.
    public var probe: ExtractionProbe?

    /// The largest article, in bytes: a larger file, or a longer JSON line, is reported and skipped unread.
    public var maxArticleBytes: Int

    /// The default ``maxArticleBytes``: 20 MB (20,000,000 bytes), hundreds of times a long feature story.
    public static let defaultMaxArticleBytes = 20_000_000

    /// How far archives may expand and nest: the ratio and total that stop a decompression bomb, the largest archive
    /// in an archive, the deepest nesting.
    public var archiveLimits = ArchiveReader.Limits()

    public init(
        date: String? = nil, source: String? = nil, manifest: URL? = nil, batchSize: Int = 1024,
        maxArticleBytes: Int = ImportOptions.defaultMaxArticleBytes, probe: ExtractionProbe? = nil,
        archiveLimits: ArchiveReader.Limits = ArchiveReader.Limits()
    ) {
        self.archiveLimits = archiveLimits
        self.date = date
        self.source = source
        self.manifest = manifest
        self.batchSize = max(1, batchSize)
        self.probe = probe
        self.maxArticleBytes = max(1, maxArticleBytes)
    }
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    /// Articles stored.
    public var imported = 0
    /// Articles whose content was already stored.
    public var duplicates = 0
    /// Files and lines that could not be imported.
    public var failed = 0
    /// Files of other kinds passed over in directories and archives.
    public var skipped = 0
    /// Archives, compressed files and WARC files read (nested ones included).
    public var archives = 0
    /// Files read from archives, and pages read from WARC records.
    public var entries = 0
    /// HTML pages that are not articles (index pages, too little story text), passed over.
    public var pagesPassedOver = 0
    /// WARC records that hold no HTML page (requests, metadata, images, redirects), passed over.
    public var recordsSkipped = 0
    /// Statements stored.
    public var statements = 0
    /// Bytes of article text read.
    public var bytes = 0

    public init() {}
}

/// Something an import reports while it runs.
public enum ImportEvent: Sendable {
    /// Files done of the total, and bytes read, after each batch.
    case progress(filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int)
    /// A file or line that was not imported, and why.
    case failure(path: String, reason: String)
    /// A file imported with a caveat (decoded as Windows-1252, invalid bytes replaced, its date left out), a
    /// directory passed over without loss (a symbolic link loop), or a manifest's row left out or naming no file
    /// (`path` is then `manifest:line`).
    case warning(path: String, message: String)
    /// Another import holds the archive (its process id when known): this one waits for it to end.
    case waiting(pid: Int?)
    /// The import before this one stopped halfway; `articles` it was reading are checked one at a time.
    case resuming(articles: Int)
}

/// Imports article files and JSON Lines archives into an ``Archive``.
///
/// Articles are read one after another, parsed and extracted in parallel a batch at a time, and each batch is written
/// in one transaction, so an interrupted import keeps every finished batch and never half an article.
public final class Importer {
    public let archive: Archive
    public let lexicon: Lexicon
    public let options: ImportOptions
    private let extractor: Extractor

    /// The version of the extraction rules, stored with each article.
    public static let extractorVersion = "verbatim-extract/1"

    public init(archive: Archive, lexicon: Lexicon, options: ImportOptions = ImportOptions()) {
        self.archive = archive
        self.lexicon = lexicon
        self.options = options
        self.extractor = Extractor(lexicon: lexicon)
    }

    /// Imports everything under `paths`, reporting progress and problems to `report`.
    ///
    /// One import at a time holds the archive (``ImportJournal``): another waits for it. An import that finds the one
    /// before it stopped halfway checks the articles that one was reading in a child process when it has a
    /// ``ImportOptions/probe`` (an article that crashes extraction is reported and left out), and completes its
    /// end: indexes, offices and statistics.
    ///
    /// - Throws: ``ArchiveError`` when the options' date is not a calendar date or the archive itself fails (disk
    ///   full, database locked), ``ManifestError`` when the options' manifest cannot be used; bad input is reported
    ///   and counted.
    @discardableResult
    public func run(paths: [String], report: @escaping (ImportEvent) -> Void = { _ in }) throws -> ImportSummary {
        if let date = options.date, let problem = ISODate.problem(date) { throw ArchiveError("import date \(problem)") }
        let journal = try ImportJournal(archivePath: archive.path) { report(.waiting(pid: $0)) }
        if journal.wasInterrupted { report(.resuming(articles: journal.interrupted.count)) }
        try archive.loadGazetteer(lexicon)
        var summary = ImportSummary()
        var commandManifest: Manifest?
        if let url = options.manifest {
            commandManifest = try Manifest(contentsOf: url)
        }
        // A manifest given for the import may describe more files than it imports: only its rows left out are told.
        let inputs = (commandManifest.map { ImportInput.warnings($0, $0.problems) } ?? [])
            + ImportInput.enumerate(paths, manifest: commandManifest)
        let filesTotal = inputs.count { if case .warning = $0 { false } else { true } }
        let bytesTotal = inputs.reduce(0) { total, input in
            switch input {
            case .article(_, let size, _), .jsonLines(_, let size), .page(_, let size, _), .container(_, let size, _):
                total + size
            default: total
            }
        }
        // One batch is written on its own thread while the next is read and extracted.
        let pipeline = WritePipeline(writer: ArticleWriter(archive: archive))
        try archive.setBulkLoad(true)
        defer { _ = try? archive.setBulkLoad(false) }
        var batch: [PendingArticle] = []
        var batchNumber = 0
        /// Articles the interrupted import was reading, to check before they join a batch.
        var suspects: [PendingArticle] = []
        var filesDone = 0
        var bytesDone = 0

        /// Takes in the batch written last: its counts, and its error if it failed.
        func collect() throws {
            guard let (number, imported, duplicates, statements, progress) = try pipeline.wait() else { return }
            try journal.end(batch: number)
            FaultSwitches.kill(at: "written:\(number)")
            summary.imported += imported
            summary.duplicates += duplicates
            summary.statements += statements
            report(progress)
        }
        func flush() throws {
            guard !batch.isEmpty else { return }
            batchNumber += 1
            try journal.begin(batch: batchNumber, origins: batch.map(\.origin))
            let (extracted, known) = try extract(batch)
            FaultSwitches.kill(at: "extracted:\(batchNumber)")
            batch.removeAll(keepingCapacity: true)
            try collect()
            pipeline.start(extracted, known: known, number: batchNumber,
                           then: .progress(filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone,
                                           bytesTotal: bytesTotal))
        }
        func fail(_ path: String, _ reason: String) {
            summary.failed += 1
            report(.failure(path: path, reason: reason))
        }
        func enqueue(_ article: PendingArticle) throws {
            batch.append(article)
            if batch.count >= options.batchSize { try flush() }
        }
        /// Checks the suspects not already stored in a child process; those that do not crash it join a batch.
        func checkSuspects() throws {
            guard !suspects.isEmpty else { return }
            let stored = try storedContent(suspects.map { SHA256.hex($0.text.utf8) })
            let fresh = suspects.indices.filter { !stored.contains($0) }
            let crashed = Set(try options.probe?.crashing(fresh.map { suspects[$0] }).map { fresh[$0] } ?? [])
            for (i, article) in suspects.enumerated() {
                if fresh.contains(i) { try journal.note(article.origin, crashed: crashed.contains(i)) }
                if crashed.contains(i) {
                    summary.bytes -= article.text.utf8.count
                    fail(article.origin, "extraction failed (crashed)")
                } else {
                    try enqueue(article)
                }
            }
            suspects.removeAll()
        }
        func add(_ article: PendingArticle) throws {
            summary.bytes += article.text.utf8.count
            if options.probe != nil,
               journal.interrupted.contains(article.origin) || journal.crashed.contains(article.origin) {
                suspects.append(article)
                if suspects.count >= options.batchSize { try checkSuspects() }
            } else {
                try enqueue(article)
            }
        }

        let sink = ImportSink(
            add: add, fail: fail, warn: { report(.warning(path: $0, message: $1)) },
            passOver: { path, reason in
                summary.pagesPassedOver += 1
                report(.failure(path: path, reason: reason))
            },
            count: { summary.count($0) },
            commandManifest: commandManifest)
        for input in inputs {
            switch input {
            case .skipped:
                summary.skipped += 1
            case .failed(let path, let reason):
                fail(path, reason)
            case .warning(let path, let message):
                report(.warning(path: path, message: message))
                continue
            case .article(let path, let size, let manifest), .page(let path, let size, let manifest):
                bytesDone += size
                switch InputFile.read(path, limit: options.maxArticleBytes) {
                case .failure(let failure): fail(path, failure.description)
                case .success(let bytes):
                    try addFile(bytes, origin: path, name: (path as NSString).lastPathComponent, manifest: manifest,
                                sink: sink)
                }
            case .container(let path, let size, let manifest):
                let start = bytesDone
                try readContainer(path: path, size: size, manifest: manifest, sink: sink) { bytesDone = start + $0 }
                bytesDone = start + size
            case .jsonLines(let path, let size):
                bytesDone += size
                try readJSONLines(path, fail: fail, warn: { report(.warning(path: $0, message: $1)) }, add: add)
            }
            filesDone += 1
        }
        try checkSuspects()
        try flush()
        try collect()
        try finish(summary: summary, journal: journal, touched: pipeline.touchedPeople)
        return summary
    }

    /// The articles an interrupted import into the archive at `path` was reading; nil when none was interrupted.
    public static func interruptedArticles(archivePath path: String) -> Set<String>? {
        ImportJournal.peek(archivePath: path)
    }

    /// Completes the end of an import into `archive` that stopped halfway (crashed or killed): its deferred indexes,
    /// offices and statistics. Nothing when no import was interrupted, or one is running.
    ///
    /// - Returns: whether there was an interrupted import to complete.
    public static func finishInterrupted(_ archive: Archive) throws -> Bool {
        guard ImportJournal.peek(archivePath: archive.path) != nil else { return false }
        let journal: ImportJournal
        do {
            journal = try ImportJournal(archivePath: archive.path, wait: false)
        } catch is ImportJournal.Busy {
            return false
        }
        guard journal.wasInterrupted else { return false }
        try Importer(archive: archive, lexicon: archive.lexicon).finish(summary: ImportSummary(), journal: journal)
        return true
    }

    /// The end of an import, each step safe to repeat: the deferred indexes built, offices consolidated, the
    /// planner's statistics, then the journal emptied. After an interrupted import every step runs, whatever this
    /// one imported.
    ///
    /// - Parameter touched: the people whose offices or looked-up speakers the import changed.
    private func finish(summary: ImportSummary, journal: ImportJournal, touched: Set<Int64> = []) throws {
        let rebuilt = try archive.setBulkLoad(false)  // builds deferred indexes; an error here is the import's
        FaultSwitches.kill(at: "indexes")
        #if DEBUG
        // References are not checked row by row during an import; tests check them all here.
        try archive.checkForeignKeys()
        #endif
        if summary.imported > 0 || journal.wasInterrupted {
            try archive.consolidateOffices()
            // After an interrupted import, the people its lost batches touched are not known: all are worked out.
            try archive.resolveSpeakers(touched: journal.wasInterrupted ? nil : touched)
        }
        FaultSwitches.kill(at: "offices")
        try archive.optimizeAfterImport(statements: summary.statements, analyze: journal.wasInterrupted || rebuilt > 0)
        FaultSwitches.kill(at: "analyzed")
        try journal.finish()
    }

    /// The text of the article file `path` as an import reads it (``ImportOptions/defaultMaxArticleBytes`` at most):
    /// an HTML page (by its name or its first bytes) as the article read from it.
    ///
    /// - Throws: ``ArchiveError`` `path: reason` when the file is not read, or is a page that is not an article.
    public static func articleText(_ path: String, limit: Int = ImportOptions.defaultMaxArticleBytes) throws -> String {
        let bytes: [UInt8]
        switch InputFile.read(path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(let failure): throw ArchiveError("\(path): \(failure.description)")
        }
        let decoded = TextDecoder.decode(bytes)
        if ImportInput.htmlKinds.contains((path as NSString).pathExtension.lowercased()) || decoded == .failure(.html) {
            switch HTMLArticle.read(bytes) {
            case .success(let page): return page.text
            case .failure(let refusal): throw ArchiveError("\(path): \(refusal.description)")
            }
        }
        switch decoded {
        case .success(let text): return text.text
        case .failure(let failure): throw ArchiveError("\(path): \(failure.description)")
        }
    }

    /// Reads the articles of a JSON Lines file: a line that is not an article fails, and a date that is not a
    /// calendar date is left out with a warning.
    private func readJSONLines(
        _ path: String, fail: (String, String) -> Void, warn: (String, String) -> Void,
        add: (PendingArticle) throws -> Void
    ) throws {
        var reader: LineReader
        do {
            reader = try LineReader(path: path, limit: options.maxArticleBytes)
        } catch {
            fail(path, error.description)
            return
        }
        try readJSONLines(from: &reader, path: path, fail: fail, warn: warn, add: add)
    }

    /// Reads the articles of the JSON Lines `reader` reads, named `path` (a file, or `archive.zip:feed.jsonl`).
    ///
    /// - Throws: ``ArchiveReader/Failure`` when the archive the lines are read from fails; the import's own errors.
    func readJSONLines(
        from reader: inout LineReader, path: String, fail: (String, String) -> Void, warn: (String, String) -> Void,
        add: (PendingArticle) throws -> Void
    ) throws {
        var number = 0
        while true {
            let next: LineReader.Line?
            do {
                next = try reader.next()
            } catch .archive(let failure) {
                throw failure
            } catch {
                fail(path, error.description)
                return
            }
            guard let next else { return }
            number += 1
            switch next {
            case .tooLong(let size):
                let failure = InputFile.Failure.lineTooLong(size: size, limit: options.maxArticleBytes)
                fail("\(path):\(number)", failure.description)
            case .text(var line):
                if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                switch article(jsonLine: line, path: path, number: number) {
                case .success(let (article, dateProblem)):
                    if let dateProblem { warn("\(path):\(number)", "the date \(dateProblem); it is left out") }
                    try add(article)
                case .failure(let failure): fail("\(path):\(number)", failure.description)
                }
            }
        }
    }

    /// The article of line `number` of the JSON Lines file `path`, or why it is not one.
    /// The article of a JSON line, with what is wrong with its date when it gives one that is not a calendar date.
    private func article(jsonLine line: [UInt8], path: String, number: Int)
        -> Result<(PendingArticle, String?), JSONLineFailure> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) else { return .failure(.malformed) }
        guard let fields = object as? [String: Any] else { return .failure(.notAnObject) }
        guard let given = fields["text"] as? String, !given.allSatisfy({ $0.isWhitespace }) else {
            return .failure(.noText)
        }
        func string(_ key: String) -> String? {
            if let value = fields[key] as? String, !value.isEmpty { return value }
            if let value = fields[key] as? NSNumber { return value.stringValue }
            return nil
        }
        // The checks of a file's text: binary data (NUL characters); an HTML page is read as a page.
        var text = given
        var page: HTMLArticle?
        switch TextDecoder.check(given) {
        case nil: break
        case .html?:
            switch HTMLArticle.read(Array(text.utf8), charset: "utf-8", url: string("url")) {
            case .success(let article): (page, text) = (article, article.text)
            case .failure(let refusal): return .failure(.page(refusal))
            }
        case let failure?: return .failure(.notText(failure))
        }
        let id = string("id")
        let base = (path as NSString).lastPathComponent
        let date = string("date")
        return .success((PendingArticle(
            name: id ?? "\(base)#\(number)", origin: "\(path)#\(id ?? String(number))", text: text,
            hasTitleLine: page != nil, title: string("title") ?? page?.title,
            date: Self.isoDate(date) ?? Self.isoDate(page?.date) ?? Self.isoDate(options.date),
            source: string("source") ?? page?.source ?? options.source, url: string("url") ?? page?.url),
                         date.flatMap { ISODate.problem($0, allowingTime: true) }))
    }

    /// Parses and extracts a batch on all cores.
    ///
    /// An article whose content the archive holds already is not extracted again (a folder imported every day
    /// extracts only its new files): the articles extracted, and how many were stored already.
    private func extract(_ batch: [PendingArticle]) throws -> ([ExtractedArticle], Int) {
        var hashing = [String](repeating: "", count: batch.count)
        hashing.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in output[i] = SHA256.hex(batch[i].text.utf8) }
        }
        let hashes = hashing
        let stored = try storedContent(hashes)
        let fresh = batch.indices.filter { !stored.contains($0) }
        let extractor = self.extractor
        var results = [ExtractedArticle?](repeating: nil, count: fresh.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: fresh.count) { i in
                output[i] = ExtractedArticle(batch[fresh[i]], extractor: extractor, hash: hashes[fresh[i]])
            }
        }
        return (results.map { $0! }, batch.count - fresh.count)
    }

    /// The positions in `hashes` of contents the archive already holds (as committed: the batch being written is
    /// not seen, and its writer skips what it holds twice).
    private func storedContent(_ hashes: [String]) throws -> Set<Int> {
        var stored: Set<Int> = []
        try archive.read { db in
            // The look-up reads one index: a small page cache serves it, beside the writer's large one.
            try db.execute(sql: "PRAGMA cache_size = -4096")
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ?")
            for (i, hash) in hashes.enumerated() where try Bool.fetchOne(statement, arguments: [hash]) == true {
                stored.insert(i)
            }
        }
        return stored
    }

    /// `value` when it is a calendar day as `YYYY-MM-DD` or starts with one (`2016-02-05T10:00:00Z`), else nil.
    static func isoDate(_ value: String?) -> String? {
        value.flatMap { ISODate.day($0, allowingTime: true) }
    }

    /// The first ISO date inside a file name (`nyt_2016-10-02_talks.txt`).
    static func dateInFileName(_ name: String) -> String? {
        let bytes = Array(name.utf8)
        guard bytes.count >= 10 else { return nil }
        for start in 0...(bytes.count - 10) {
            if start > 0, bytes[start - 1] >= 0x30, bytes[start - 1] <= 0x39 { continue }
            if let date = isoDate(String(decoding: bytes[start...].prefix(11), as: UTF8.self)) { return date }
        }
        return nil
    }
}

/// Why a JSON line is not an article.
private enum JSONLineFailure: Error, CustomStringConvertible {
    case malformed
    case notAnObject
    case noText
    /// Its text is binary data.
    case notText(TextDecoder.Failure)
    /// Its text is an HTML page that is not an article.
    case page(HTMLArticle.Refusal)

    var description: String {
        switch self {
        case .page(let refusal): refusal.description
        case .malformed: "malformed JSON line"
        case .notAnObject: "not a JSON object"
        case .noText: "no \"text\" field with an article"
        case .notText(let failure): failure.description
        }
    }
}

/// Writes one batch at a time on a thread of its own, so that extraction of the next batch goes on meanwhile.
///
/// ``start(_:then:)`` and ``wait()`` alternate on the importing thread: the writer's state is touched by one thread at
/// a time, handed over by the dispatch group.
private final class WritePipeline: @unchecked Sendable {
    private var writer: ArticleWriter
    private let queue = DispatchQueue(label: "verbatim.import.writer")
    private let group = DispatchGroup()
    private var result: Result<(Int, Int, Int), Error>?
    private var progress: ImportEvent?
    private var number = 0
    private var known = 0

    init(writer: ArticleWriter) {
        self.writer = writer
    }

    /// The people whose offices or looked-up speakers the batches written changed (read between batches).
    var touchedPeople: Set<Int64> { writer.touchedPeople }

    /// Starts writing `batch`, the `number`th; `progress` is reported once it is written.
    ///
    /// - Parameter known: the batch's articles left out as stored already, counted as duplicates.
    func start(_ batch: [ExtractedArticle], known: Int, number: Int, then progress: ImportEvent) {
        self.progress = progress
        self.number = number
        self.known = known
        queue.async(group: group) {
            self.result = Result { try self.writer.write(batch) }
        }
    }

    /// Waits for the batch in writing: its number, counts and progress event, nil when none was started; rethrows its
    /// error.
    func wait() throws -> (Int, Int, Int, Int, ImportEvent)? {
        group.wait()
        guard let result, let progress else { return nil }
        self.result = nil
        self.progress = nil
        let (imported, duplicates, statements) = try result.get()
        return (number, imported, duplicates + known, statements, progress)
    }
}

/// An article read from its file or JSON line, not yet parsed.
struct PendingArticle: Sendable {
    var name: String
    var origin: String
    var text: String
    /// False for JSON lines, whose title comes apart from the text.
    var hasTitleLine: Bool
    var title: String?
    var date: String?
    var source: String?
    var url: String?
}

/// An article parsed and extracted, ready to write.
struct ExtractedArticle: Sendable {
    var pending: PendingArticle
    var parsed: ParsedArticle
    var extraction: Extraction
    var offsets: ScalarOffsets
    var hash: String

    /// Parses and extracts `pending`; `hash` is its content's SHA-256 when already known.
    init(_ pending: PendingArticle, extractor: Extractor, hash: String? = nil) {
        FaultSwitches.trap(in: pending.text)
        self.pending = pending
        parsed = ArticleParser.parse(pending.text, hasTitleLine: pending.hasTitleLine)
        parsed.publishedOn = pending.date
        extraction = extractor.extract(parsed)
        offsets = ScalarOffsets(pending.text)
        self.hash = hash ?? SHA256.hex(pending.text.utf8)
    }

    /// The source: as given, else the agency of the dateline, else the source line unless it is a byline.
    var source: String? {
        if let source = pending.source { return source }
        if let dateline = parsed.datelineText, let open = dateline.firstIndex(of: "("),
           let close = dateline[open...].firstIndex(of: ")") {
            let agency = dateline[dateline.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if !agency.isEmpty { return agency }
        }
        if let line = parsed.sourceLineText, !line.hasPrefix("By ") {
            let trimmed = line.trimmingCharacters(in: CharacterSet(charactersIn: " ,;-—"))
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }
}
