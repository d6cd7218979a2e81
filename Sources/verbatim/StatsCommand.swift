import ArgumentParser
import VerbatimArchive

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the rows of each table, and show the oldest and newest article."
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "table, json, jsonl, csv or markdown.")
    var format: OutputFormat = .table

    func run() throws {
        write(try archive.openExisting().stats().rendered(format))
    }
}
