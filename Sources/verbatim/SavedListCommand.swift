import ArgumentParser
import VerbatimArchive

struct SavedListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the saved queries.")

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        write(try archive.openExisting().savedQueries().rendered(output.format))
    }
}
