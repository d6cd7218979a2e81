import ArgumentParser
import VerbatimArchive

struct WhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        _superCommandName: Verbatim.name,
        abstract: "List the people a description names, with their offices and when each was seen.",
        discussion: "DESCRIPTION is an office (\"Russia's UN envoy\", \"the French ambassador\"), a name or a surname."
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "Who to look for.")
    var description: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        write(try archive.openExisting().who(description).rendered(output.format))
    }
}
