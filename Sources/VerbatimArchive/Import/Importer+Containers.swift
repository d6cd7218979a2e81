import Foundation
import VerbatimSources
import VerbatimText

/// Where the reading of files, pages and archives hands what it finds: articles, failures, warnings and counts.
struct ImportSink {
    /// Something counted in the summary.
    enum Counted {
        case archive, entry, recordSkipped, otherFile
    }

    let add: (PendingArticle) throws -> Void
    let fail: (String, String) -> Void
    let warn: (String, String) -> Void
    /// A page that is not an article: reported, and counted apart from failures.
    let passOver: (String, String) -> Void
    let count: (Counted) -> Void
    /// The manifest given for the whole import, which comes before a sidecar inside an archive.
    let commandManifest: Manifest?
}

extension ImportSummary {
    /// Counts an archive read, an entry, a WARC record skipped or a file of another kind passed over.
    mutating func count(_ counted: ImportSink.Counted) {
        switch counted {
        case .archive: archives += 1
        case .entry: entries += 1
        case .recordSkipped: recordsSkipped += 1
        case .otherFile: skipped += 1
        }
    }
}

extension Importer {
    /// Adds the article in a file's `bytes`: an HTML page by its name (`.html`) or its first bytes, else plain text.
    ///
    /// - Parameters:
    ///   - origin: the file's path, or `archive.zip:folder/file.txt`.
    ///   - name: its base name, which a manifest row and a date in the name are looked up by.
    func addFile(_ bytes: [UInt8], origin: String, name: String, manifest: Manifest?, sink: ImportSink) throws {
        let ext = (name as NSString).pathExtension.lowercased()
        if ImportInput.htmlKinds.contains(ext) {
            return try addPage(bytes, origin: origin, name: name, manifest: manifest, sink: sink)
        }
        switch TextDecoder.decode(bytes) {
        case .failure(.html):
            try addPage(bytes, origin: origin, name: name, manifest: manifest, sink: sink)
        case .failure(let failure):
            sink.fail(origin, failure.description)
        case .success(let decoded):
            if let warning = decoded.warning { sink.warn(origin, warning) }
            let entry = manifest?.entry(for: name)
            try sink.add(PendingArticle(
                name: name, origin: origin, text: decoded.text, hasTitleLine: true, title: entry?.title,
                date: Self.isoDate(options.date) ?? entry?.date ?? Self.dateInFileName(name),
                source: options.source ?? entry?.source, url: entry?.url))
        }
    }

    /// Adds the article of an HTML page, or passes the page over when it is not one.
    ///
    /// The page's own metadata comes first, as a JSON line's does: its title, date, source and URL, then `--date` and
    /// `--source`, then the manifest's row, then a date in the file name.
    ///
    /// - Parameters:
    ///   - charset: the charset the page was served with (a WARC record's HTTP header).
    ///   - url: the URL it was fetched from (a WARC record's target URI).
    func addPage(_ bytes: [UInt8], origin: String, name: String, manifest: Manifest?, charset: String? = nil,
                 url: String? = nil, sink: ImportSink) throws {
        switch HTMLArticle.read(bytes, charset: charset, url: url) {
        case .failure(let refusal):
            sink.passOver(origin, refusal.description)
        case .success(let page):
            let entry = manifest?.entry(for: name)
            try sink.add(PendingArticle(
                name: name, origin: origin, text: page.text, hasTitleLine: true, title: page.title,
                date: Self.isoDate(page.date) ?? Self.isoDate(options.date) ?? entry?.date ?? Self.dateInFileName(name),
                source: page.source ?? options.source ?? entry?.source, url: page.url ?? entry?.url))
        }
    }

    /// Reads the archive, compressed file or WARC file at `path`, reporting through `progress` the bytes of it read.
    func readContainer(path: String, size: Int, manifest: Manifest?, sink: ImportSink,
                       progress: @escaping (Int) -> Void) throws {
        guard size > 0 else { return sink.fail(path, TextDecoder.Failure.empty.description) }
        // Opened as an article file is first (never blocking), so that a file the system refuses says why.
        switch InputFile.open(path) {
        case .failure(let failure): return sink.fail(path, failure.description)
        case .success(let opened): close(opened.descriptor)
        }
        let limits = options.archiveLimits
        let budget = ArchiveReader.Budget()
        try readContainer(
            open: { () throws(ArchiveReader.Failure) in try ArchiveReader(path: path, limits: limits, budget: budget) },
            manifest: manifest, depth: 1, sink: sink, progress: progress)
    }

    /// Reads the container `open` opens (again, when it must be read twice: first for its manifests), entry by entry.
    ///
    /// A failure of the archive (corrupt, a bomb, an unknown format) is reported as one line and ends it; what was
    /// read before stays imported.
    func readContainer(open: @escaping () throws(ArchiveReader.Failure) -> ArchiveReader, manifest: Manifest?,
                       depth: Int, sink: ImportSink, progress: @escaping (Int) -> Void) throws {
        let reader: ArchiveReader
        do {
            reader = try open()
        } catch {
            return sink.fail(error.name, error.reason)
        }
        sink.count(.archive)
        if reader.kind == .warc { return try readWARC(reader, sink: sink, progress: progress) }
        var sidecars = reader.kind == .archive ? ArchiveManifests(open: open, sink: sink) : ArchiveManifests()
        do {
            while let entry = try reader.next() {
                progress(reader.sourceBytesRead)
                let inner = sink.commandManifest ?? sidecars.manifest(for: entry.path) ?? manifest
                let isArticle = try readEntry(entry, of: reader, manifest: inner, depth: depth, sink: sink)
                if isArticle { sidecars.used(entry.path) }
            }
        } catch let failure as ArchiveReader.Failure {
            sink.fail(failure.name, failure.reason)
        }
        progress(reader.sourceBytesRead)
        sidecars.warnUnused(sink)
    }

    /// Reads one entry of an archive: an article file, an HTML page, or an archive nested in it. Returns whether it
    /// was an article file (which a manifest's row may name).
    ///
    /// - Throws: ``ArchiveReader/Failure`` when the archive must stop; the import's own errors.
    private func readEntry(_ entry: ArchiveReader.Entry, of reader: ArchiveReader, manifest: Manifest?, depth: Int,
                           sink: ImportSink) throws -> Bool {
        guard entry.isRegularFile, !entry.isHidden, !Manifest.sidecarNames.contains(entry.baseName) else {
            return false
        }
        let origin = "\(reader.name):\(entry.path)"
        if let problem = entry.pathProblem {
            sink.fail(origin, problem)
            return false
        }
        if entry.isEncrypted {
            sink.fail(origin, "encrypted entry; not read")
            return false
        }
        if ContainerKind.of(entry.path) != nil {
            try readNested(entry, of: reader, origin: origin, manifest: manifest, depth: depth, sink: sink)
            return false
        }
        let ext = (entry.baseName as NSString).pathExtension.lowercased()
        if ImportInput.otherKinds.contains(ext) {
            sink.count(.otherFile)
            return false
        }
        if ext == "jsonl" || ext == "ndjson" {
            sink.count(.entry)
            var lines = LineReader(entryOf: reader, limit: options.maxArticleBytes)
            try readJSONLines(from: &lines, path: origin, fail: sink.fail, warn: sink.warn, add: sink.add)
            return false
        }
        sink.count(.entry)
        guard let bytes = try entryData(reader, limit: options.maxArticleBytes, sink: sink) else { return true }
        try addFile(bytes, origin: origin, name: entry.baseName, manifest: manifest, sink: sink)
        return true
    }

    /// Reads an archive inside an archive, down to the depth the limits allow.
    private func readNested(_ entry: ArchiveReader.Entry, of reader: ArchiveReader, origin: String,
                            manifest: Manifest?, depth: Int, sink: ImportSink) throws {
        guard depth < reader.limits.depth else {
            let most = reader.limits.depth
            return sink.fail(origin, "an archive nested \(depth) archives deep; archives are read \(most) deep at most")
        }
        guard let bytes = try entryData(reader, limit: reader.limits.nestedBytes, sink: sink,
                                        what: "limit for an archive inside an archive") else { return }
        guard !bytes.isEmpty else { return sink.fail(origin, TextDecoder.Failure.empty.description) }
        let (limits, budget) = (reader.limits, reader.budget)
        try readContainer(
            open: { () throws(ArchiveReader.Failure) in
                try ArchiveReader(bytes: bytes, name: origin, limits: limits, budget: budget)
            },
            manifest: manifest, depth: depth + 1, sink: sink, progress: { _ in })
    }

    /// The data of the reader's current entry, or nil (reported) when it is over `limit`.
    private func entryData(_ reader: ArchiveReader, limit: Int, sink: ImportSink,
                           what: String = "limit for an article (--max-article-bytes)") throws -> [UInt8]? {
        let failure: ArchiveReader.Failure
        do {
            return try reader.readData(limit: limit)
        } catch {
            failure = error
        }
        guard case .tooLarge(let size, let limit) = failure.kind else { throw failure }
        sink.fail(failure.name, "\(InputFile.sizes(size, limit)) \(what)")
        return nil
    }

    /// Reads the records of a WARC file: HTML pages of `response` and `resource` records become articles; the others
    /// are counted and passed over.
    private func readWARC(_ reader: ArchiveReader, sink: ImportSink, progress: @escaping (Int) -> Void) throws {
        do {
            guard try reader.next() != nil else { return }
            let warc = WARCReader(reader)
            while let next = try warc.next(limit: options.maxArticleBytes, wanted: \.mayBePage) {
                progress(reader.sourceBytesRead)
                switch next {
                case .tooLarge(let record, let size):
                    let origin = "\(reader.name):\(record.targetURI ?? "record \(warc.recordsRead)")"
                    let failure = InputFile.Failure.tooLarge(size: size, limit: options.maxArticleBytes)
                    sink.fail(origin, failure.description)
                case .record(let record):
                    try addRecord(record, number: warc.recordsRead, of: reader, sink: sink)
                }
            }
        } catch let failure as ArchiveReader.Failure {
            sink.fail(failure.name, failure.reason)
        }
        progress(reader.sourceBytesRead)
    }

    /// Adds the page a WARC record holds, or counts the record as passed over.
    private func addRecord(_ record: WARCRecord, number: Int, of reader: ArchiveReader, sink: ImportSink) throws {
        guard record.mayBePage,
              case .page(let bytes, let charset, let uri) = record.content(limit: options.maxArticleBytes) else {
            return sink.count(.recordSkipped)
        }
        sink.count(.entry)
        let origin = "\(reader.name):\(uri ?? "record \(number)")"
        try addPage(bytes, origin: origin, name: uri ?? "record \(number)", manifest: nil, charset: charset, url: uri,
                    sink: sink)
    }
}

/// The manifests inside an archive (`folder/MANIFEST.tsv`), read in a first pass over its entries: each applies to
/// the entries beside it and below it, as a directory's does.
struct ArchiveManifests {
    /// Each manifest by the folder it is in (`""` for the archive's top), with the article entries it could name.
    private var byFolder: [String: (manifest: Manifest, entries: [String])] = [:]

    init() {}

    /// Reads the manifests of the archive `open` opens; one that cannot be read is reported.
    init(open: @escaping () throws(ArchiveReader.Failure) -> ArchiveReader, sink: ImportSink) {
        guard let reader = try? open() else { return }
        while let entry = try? reader.next() {
            guard entry.isRegularFile, entry.pathProblem == nil, Manifest.sidecarNames.contains(entry.baseName),
                  let bytes = try? reader.readData(limit: ImportOptions.defaultMaxArticleBytes) else { continue }
            let folder = (entry.path as NSString).deletingLastPathComponent
            guard byFolder[folder] == nil else { continue }
            do {
                let manifest = try Manifest(bytes: bytes, path: "\(reader.name):\(entry.path)")
                byFolder[folder] = (manifest, [])
                for problem in manifest.problems { sink.warn("\(manifest.path):\(problem.line)", problem.reason) }
            } catch let error as ManifestError {
                sink.fail(error.path, error.reason)
            } catch {
                sink.fail("\(reader.name):\(entry.path)", "\(error)")
            }
        }
    }

    /// The folder of the nearest manifest above the entry `path`.
    private func folder(for path: String) -> String? {
        guard !byFolder.isEmpty else { return nil }
        var folder = (path as NSString).deletingLastPathComponent
        while true {
            if byFolder[folder] != nil { return folder }
            if folder.isEmpty { return nil }
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    func manifest(for path: String) -> Manifest? {
        folder(for: path).flatMap { byFolder[$0]?.manifest }
    }

    /// Notes that the article entry `path` was read, under its manifest.
    mutating func used(_ path: String) {
        guard let folder = folder(for: path) else { return }
        byFolder[folder]?.entries.append(path)
    }

    /// Warns of each manifest row that names no entry read.
    func warnUnused(_ sink: ImportSink) {
        for (_, (manifest, entries)) in byFolder.sorted(by: { $0.key < $1.key }) {
            for problem in manifest.unusedRows(entries) {
                sink.warn("\(manifest.path):\(problem.line)", problem.reason.replacingOccurrences(
                    of: "under the manifest's directory", with: "beside the manifest in the archive"))
            }
        }
    }
}
