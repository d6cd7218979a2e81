import Dispatch
import Foundation
import GRDB
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

    public init(date: String? = nil, source: String? = nil, manifest: URL? = nil, batchSize: Int = 1024) {
        self.date = date
        self.source = source
        self.manifest = manifest
        self.batchSize = max(1, batchSize)
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
    /// Files of other kinds passed over in directories.
    public var skipped = 0
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
    /// A file imported with a caveat (decoded as Windows-1252, its date left out), or a manifest's row left out or
    /// naming no file (`path` is then `manifest:line`).
    case warning(path: String, message: String)
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
    /// - Throws: ``ArchiveError`` when the options' date is not a calendar date or the archive itself fails (disk
    ///   full, database locked), ``ManifestError`` when the options' manifest cannot be used; bad input is reported
    ///   and counted.
    @discardableResult
    public func run(paths: [String], report: (ImportEvent) -> Void = { _ in }) throws -> ImportSummary {
        if let date = options.date, let problem = ISODate.problem(date) { throw ArchiveError("import date \(problem)") }
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
            case .article(_, let size, _), .jsonLines(_, let size): total + size
            default: total
            }
        }
        // One batch is written on its own thread while the next is read and extracted.
        let pipeline = WritePipeline(writer: ArticleWriter(archive: archive))
        try archive.setBulkLoad(true)
        defer { try? archive.setBulkLoad(false) }
        var batch: [PendingArticle] = []
        var filesDone = 0
        var bytesDone = 0

        /// Takes in the batch written last: its counts, and its error if it failed.
        func collect() throws {
            guard let (imported, duplicates, statements, progress) = try pipeline.wait() else { return }
            summary.imported += imported
            summary.duplicates += duplicates
            summary.statements += statements
            report(progress)
        }
        func flush() throws {
            guard !batch.isEmpty else { return }
            let extracted = extract(batch)
            batch.removeAll(keepingCapacity: true)
            try collect()
            pipeline.start(extracted, then: .progress(filesDone: filesDone, filesTotal: filesTotal, bytesDone: bytesDone,
                                                      bytesTotal: bytesTotal))
        }
        func fail(_ path: String, _ reason: String) {
            summary.failed += 1
            report(.failure(path: path, reason: reason))
        }
        func add(_ article: PendingArticle) throws {
            summary.bytes += article.text.utf8.count
            batch.append(article)
            if batch.count >= options.batchSize { try flush() }
        }

        for input in inputs {
            switch input {
            case .warning(let path, let message):
                report(.warning(path: path, message: message))
                continue
            case .skipped:
                summary.skipped += 1
            case .failed(let path, let reason):
                fail(path, reason)
            case .article(let path, let size, let manifest):
                bytesDone += size
                guard let data = FileManager.default.contents(atPath: path) else {
                    fail(path, "cannot be read")
                    break
                }
                switch TextDecoder.decode(Array(data)) {
                case .failure(let failure):
                    fail(path, failure.description)
                case .success(let decoded):
                    if decoded.isWindows1252 {
                        report(.warning(path: path, message: "not valid UTF-8; decoded as Windows-1252"))
                    }
                    let entry = manifest?.entry(for: path)
                    let name = (path as NSString).lastPathComponent
                    try add(PendingArticle(
                        name: name, origin: path, text: decoded.text, hasTitleLine: true, title: entry?.title,
                        date: Self.isoDate(options.date) ?? entry?.date ?? Self.dateInFileName(name),
                        source: options.source ?? entry?.source, url: entry?.url))
                }
            case .jsonLines(let path, let size):
                bytesDone += size
                try readJSONLines(path, fail: fail, warn: { report(.warning(path: $0, message: $1)) }, add: add)
            }
            filesDone += 1
        }
        try flush()
        try collect()
        try archive.setBulkLoad(false)  // builds deferred indexes; an error here is the import's
        #if DEBUG
        // References are not checked row by row during an import; tests check them all here.
        try archive.checkForeignKeys()
        #endif
        if summary.imported > 0 { try archive.consolidateOffices() }
        try archive.optimizeAfterImport(statements: summary.statements)
        return summary
    }

    /// Reads the articles of a JSON Lines file: a line that is not an article fails, and a date that is not a
    /// calendar date is left out with a warning.
    private func readJSONLines(
        _ path: String, fail: (String, String) -> Void, warn: (String, String) -> Void,
        add: (PendingArticle) throws -> Void
    ) throws {
        var reader: LineReader
        do {
            reader = try LineReader(path: path)
        } catch {
            fail(path, "cannot be read")
            return
        }
        defer { reader.close() }
        let base = (path as NSString).lastPathComponent
        var number = 0
        while let line = reader.next() {
            number += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(line))
            } catch {
                fail("\(path):\(number)", "malformed JSON line")
                continue
            }
            guard let fields = object as? [String: Any] else {
                fail("\(path):\(number)", "not a JSON object")
                continue
            }
            guard let text = fields["text"] as? String,
                  !text.allSatisfy({ $0.isWhitespace })
            else {
                fail("\(path):\(number)", "no \"text\" field with an article")
                continue
            }
            func string(_ key: String) -> String? {
                if let value = fields[key] as? String, !value.isEmpty { return value }
                if let value = fields[key] as? NSNumber { return value.stringValue }
                return nil
            }
            let id = string("id")
            let date = string("date")
            if let date, let problem = ISODate.problem(date, allowingTime: true) {
                warn("\(path):\(number)", "the date \(problem); it is left out")
            }
            try add(PendingArticle(
                name: id ?? "\(base)#\(number)", origin: "\(path)#\(id ?? String(number))", text: text,
                hasTitleLine: false, title: string("title"),
                date: Self.isoDate(date) ?? Self.isoDate(options.date),
                source: string("source") ?? options.source, url: string("url")))
        }
    }

    /// Parses and extracts a batch on all cores.
    private func extract(_ batch: [PendingArticle]) -> [ExtractedArticle] {
        let extractor = self.extractor
        var results = [ExtractedArticle?](repeating: nil, count: batch.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                output[i] = ExtractedArticle(batch[i], extractor: extractor)
            }
        }
        return results.map { $0! }
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

    init(writer: ArticleWriter) {
        self.writer = writer
    }

    /// Starts writing `batch`; `progress` is reported once it is written.
    func start(_ batch: [ExtractedArticle], then progress: ImportEvent) {
        self.progress = progress
        queue.async(group: group) {
            self.result = Result { try self.writer.write(batch) }
        }
    }

    /// Waits for the batch in writing: its counts and progress event, nil when none was started; rethrows its error.
    func wait() throws -> (Int, Int, Int, ImportEvent)? {
        group.wait()
        guard let result, let progress else { return nil }
        self.result = nil
        self.progress = nil
        let (imported, duplicates, statements) = try result.get()
        return (imported, duplicates, statements, progress)
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

    init(_ pending: PendingArticle, extractor: Extractor) {
        self.pending = pending
        parsed = ArticleParser.parse(pending.text, hasTitleLine: pending.hasTitleLine)
        extraction = extractor.extract(parsed)
        offsets = ScalarOffsets(pending.text)
        hash = SHA256.hex(pending.text.utf8)
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
