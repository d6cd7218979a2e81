import ArgumentParser
import VerbatimArchive

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "List the people a description names, with their offices and when each was seen.",
        discussion: "DESCRIPTION is an office (\"Russia's UN envoy\", \"the French ambassador\"), a name or a surname."
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Who to look for.")
    var description: String

    @Option(help: "table, json, jsonl, csv or markdown.")
    var format: OutputFormat = .table

    func run() throws {
        write(try archive.openExisting().who(description).rendered(format))
    }
}
