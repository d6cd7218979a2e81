import ArgumentParser
import Foundation
import VerbatimArchive
import VerbatimText

/// Options every command that opens the archive shares.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: "The archive file (default: $VERBATIM_DB, else ./verbatim.sqlite).")
    var db: String?

    @Option(name: .long, help: "A directory of gazetteer TSV files to use instead of the bundled data/.")
    var data: String?

    @Option(name: .long, help: "A directory of NNNN_name.sql migrations to use instead of the bundled ones.")
    var migrations: String?

    /// The archive path: `--db`, else `VERBATIM_DB`, else `./verbatim.sqlite`.
    var path: String {
        if let db { return db }
        if let env = ProcessInfo.processInfo.environment["VERBATIM_DB"], !env.isEmpty { return env }
        return "verbatim.sqlite"
    }

    func lexicon(_ parts: Lexicon.Parts = .all) throws -> Lexicon {
        try Lexicon.load(from: data.map { URL(fileURLWithPath: $0) }, parts: parts)
    }

    /// Opens (creating when needed) the archive, with the whole lexicon an import needs.
    func open() throws -> Archive {
        try open(parts: .all)
    }

    /// Opens an archive that must already exist, to query it: with the parts of the lexicon questions need.
    ///
    /// - Parameter writes: whether the command writes to the archive (saved queries); else it is opened read-only.
    func openExisting(writes: Bool = false) throws -> Archive {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ArchiveError("\(path): no archive there; run `verbatim import PATH…` first, or name one with --db")
        }
        if Importer.interruptedArticles(archivePath: path) != nil {
            let archive = try open(parts: .questions)
            if try Importer.finishInterrupted(archive) {
                printError("\(path): completed the end of an import that stopped halfway (indexes, offices, statistics)")
            }
        }
        return try open(parts: .questions, readOnly: !writes)
    }

    private func open(parts: Lexicon.Parts, readOnly: Bool = false) throws -> Archive {
        try Archive(path: path, migrations: migrations.map { URL(fileURLWithPath: $0) }, lexicon: lexicon(parts),
                    readOnly: readOnly)
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// The output option every listing command shares.
struct OutputOptions: ParsableArguments {
    @Option(help: "table, json, jsonl, csv or markdown.")
    var format: OutputFormat = .table
}

/// How the commands that list statements print them.
struct StatementOutputOptions: ParsableArguments {
    @OptionGroup var output: OutputOptions

    @Flag(help: "In the table, the sentence each statement was said in, below its words.")
    var context = false

    /// `table` as the terminal shows statements (see ``terminalWidth()``), else in the chosen format.
    func rendered(_ table: ResultTable) -> String {
        output.format == .table ? table.renderedStatements(width: terminalWidth(), context: context)
            : table.rendered(output.format)
    }
}

/// The date range options of the listing commands.
struct DateRangeOptions: ParsableArguments {
    @Option(help: "Only on or after this date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only on or before this date (YYYY-MM-DD).")
    var until: String?

    func validate() throws {
        try validateDate(since, "--since")
        try validateDate(until, "--until")
    }
}

/// Checks that a `--limit` is positive.
func validateLimit(_ limit: Int) throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
}

/// The width statements are printed to as a table: `$COLUMNS`, else the terminal's, else 100 columns.
func terminalWidth() -> Int {
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
    var size = winsize()
    if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 100
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Writes text to standard output as it is.
func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Checks that `value` is a calendar day as YYYY-MM-DD, for options such as `--since`.
func validateDate(_ value: String?, _ option: String) throws {
    guard let value, let problem = ISODate.problem(value) else { return }
    throw ValidationError("\(option): \(problem)")
}
