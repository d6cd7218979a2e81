import ArgumentParser

struct SavedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saved",
        _superCommandName: Verbatim.name,
        abstract: "Keep queries in the archive and run them by name (SQL with :named parameters, or a question).",
        discussion: "Saved queries live in the saved_queries table, so they travel with the file. They only read: one that would write is refused.",
        subcommands: [SavedAddCommand.self, SavedListCommand.self, SavedRunCommand.self, SavedRemoveCommand.self]
    )
}
