import ArgumentParser
import VerbatimArchive

struct SavedRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a saved query.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The saved query's name.")
    var name: String

    func run() throws {
        try archive.openExisting(writes: true).removeSavedQuery(name)
        write("removed '\(name)'\n")
    }
}
