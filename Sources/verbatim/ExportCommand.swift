import ArgumentParser
import Foundation
import VerbatimArchive

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        _superCommandName: Verbatim.name,
        abstract: "Export every statement, one row each, as JSON Lines or CSV.",
        discussion: "Columns: " + Archive.exportColumns.joined(separator: ", ")
    )

    enum What: String, ExpressibleByArgument, CaseIterable {
        case statements
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "What to export: statements.")
    var what: What

    @Option(help: "jsonl or csv.")
    var format: Format = .jsonl

    func run() throws {
        let opened = try archive.openExisting()
        var buffer = ""
        func flush() {
            write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
        if format == .csv { buffer += ResultTable.csvLine(Archive.exportColumns) + "\n" }
        try opened.exportStatements { columns, row in
            switch format {
            case .jsonl: buffer += ResultTable.jsonObject(columns, row) + "\n"
            case .csv: buffer += ResultTable.csvLine(row.map(ResultTable.plain)) + "\n"
            }
            if buffer.utf8.count > 1 << 16 { flush() }
        }
        flush()
    }
}
