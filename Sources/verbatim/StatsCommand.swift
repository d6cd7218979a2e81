import ArgumentParser
import VerbatimArchive

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        _superCommandName: Verbatim.name,
        abstract: "Count the rows of each table, and show the oldest and newest article."
    )

    @OptionGroup var archive: ArchiveOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        write(try archive.openExisting().stats().rendered(output.format))
    }
}
