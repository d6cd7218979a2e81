import ArgumentParser
import Foundation
import VerbatimArchive

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        _superCommandName: Verbatim.name,
        abstract: "Import article files, HTML pages, directories (recursively), archives, WARC files and JSON Lines.",
        discussion: """
            Plain-text articles: a title line, an optional lead, a source line, optional captions, paragraphs. \
            JSON Lines: one article a line with `title`, `text`, optional `date`, `source`, `url`, `id`. \
            The same content is stored once. A MANIFEST.tsv or manifest.csv in a directory gives its files' \
            date, source, title and url. HTML pages (.html, .htm, .xhtml) become articles: title, date, source, \
            URL and the story's paragraphs; pages that are not articles are passed over and reported. Archives \
            (zip, tar, tar.gz/.tgz, tar.bz2, tar.xz, 7z), single .gz/.bz2/.xz files and WARC files (.warc, \
            .warc.gz) are read entry by entry, named archive.zip:folder/file.txt; archives inside them too. \
            An archive that expands past 200 times what was read of it (a decompression bomb) or breaks midway \
            stops with one line; what was read before stays imported. Text is UTF-8 (invalid bytes become U+FFFD, with a warning), UTF-16 with a \
            byte-order mark, or Windows-1252. Bad files (empty, binary, special files, unreadable, over \
            --max-article-bytes) are reported as `path: reason`; the rest still imports, and the exit code is 1 \
            when anything failed or a page was passed over as not an article.
            """
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "The publication date (YYYY-MM-DD) for articles that give none.")
    var date: String?

    @Option(help: "The source (publisher or agency) for articles that give none.")
    var source: String?

    @Option(help: "A TSV or CSV table with a `file` column and any of date, source, title, url.")
    var manifest: String?

    @Option(help: "Articles extracted together and written in one transaction.")
    var batchSize = 1024
    @Option(help: ArgumentHelp(
        "The largest article file, archive entry, WARC record or JSON line, in bytes (default 20,000,000: 20 MB); larger ones are reported and skipped.",
        valueName: "bytes"))
    var maxArticleBytes: Int = ImportOptions.defaultMaxArticleBytes

    @Argument(help: "Files, directories, archives and WARC files to import.")
    var paths: [String]

    func validate() throws {
        try validateDate(date, "--date")
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1, not \(batchSize)") }
        guard maxArticleBytes > 0 else {
            throw ValidationError("--max-article-bytes must be at least 1, not \(maxArticleBytes)")
        }
        if let manifest, !FileManager.default.fileExists(atPath: manifest) {
            throw ValidationError("\(manifest): no such manifest file")
        }
    }

    func run() throws {
        if !ImportSupervisor.isWorker, let executable = probe?.executable {
            let code = try ImportSupervisor(executable: executable, archivePath: archive.path).run()
            if code != 0 { throw ExitCode(code) }
            return
        }
        let opened = try archive.open()
        let importer = Importer(
            archive: opened, lexicon: opened.lexicon,
            options: ImportOptions(date: date, source: source, manifest: manifest.map { URL(fileURLWithPath: $0) },
                                   batchSize: batchSize, maxArticleBytes: maxArticleBytes, probe: probe))
        let progress = ProgressLine()
        let summary = try importer.run(paths: paths) { event in
            switch event {
            case .progress(let done, let total, let bytesDone, let bytesTotal):
                progress.update(filesDone: done, filesTotal: total, bytesDone: bytesDone, bytesTotal: bytesTotal)
            case .failure(let path, let reason):
                progress.clear()
                printError("\(path): \(reason)")
            case .warning(let path, let message):
                progress.clear()
                printError("\(path): warning: \(message)")
            case .waiting(let pid):
                printError("waiting for the import in progress\(pid.map { " (process \($0))" } ?? "") to finish …")
            case .resuming(let articles):
                printError("the last import into \(opened.path) stopped halfway; finishing it"
                    + (articles > 0 ? ", and checking the \(articles) articles it was reading one at a time" : ""))
            }
        }
        progress.clear()
        printError(Self.summaryLine(summary) + " → \(opened.path)")
        if summary.failed > 0 || summary.pagesPassedOver > 0 { throw ExitCode(1) }
    }
}

extension ImportCommand {
    /// `imported 3 articles (7 statements), 0 duplicates skipped, 1 failed, …`: the counts of an import in words.
    static func summaryLine(_ summary: ImportSummary) -> String {
        func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
            "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
        }
        var line = "imported \(count(summary.imported, "article")) (\(count(summary.statements, "statement"))), "
            + "\(count(summary.duplicates, "duplicate")) skipped, \(summary.failed) failed"
        if summary.archives > 0 {
            line += ", \(count(summary.entries, "entry", "entries")) read from \(count(summary.archives, "archive"))"
        }
        if summary.pagesPassedOver > 0 {
            line += ", \(count(summary.pagesPassedOver, "page")) passed over as not articles"
        }
        if summary.recordsSkipped > 0 {
            line += ", \(count(summary.recordsSkipped, "WARC record")) without a page skipped"
        }
        if summary.skipped > 0 { line += ", \(summary.skipped) other files passed over" }
        return line
    }

    /// This program run as `verbatim probe-extraction`, with the same gazetteers.
    var probe: ExtractionProbe? {
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return ExtractionProbe(executable: URL(fileURLWithPath: path),
                               arguments: ["probe-extraction"] + (archive.data.map { ["--data", $0] } ?? []))
    }
}

/// A live progress line on standard error, shown only when it is a terminal.
final class ProgressLine {
    private let enabled = isatty(2) == 1
    private let started = Date()
    private var shown = false

    func update(filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int) {
        guard enabled else { return }
        let seconds = max(0.001, Date().timeIntervalSince(started))
        let rate = Double(bytesDone) / seconds
        let remaining = rate > 0 ? Double(bytesTotal - bytesDone) / rate : 0
        // Bytes count the files read, archives by the bytes of them read: a large WARC file shows a real share.
        let share = bytesTotal > 0 ? min(100, 100 * Double(bytesDone) / Double(bytesTotal)) : 0
        let line = String(format: "\r%d/%d files  %.0f%%  %.1f MB/s  ETA %.0fs ", filesDone, filesTotal, share, rate / 1e6,
                          remaining)
        FileHandle.standardError.write(Data(line.utf8))
        shown = true
    }

    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
