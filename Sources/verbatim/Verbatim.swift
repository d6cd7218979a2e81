import ArgumentParser

/// The `verbatim` command: a diplomatic statement archive.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Import news articles into one SQLite archive of who said what, and ask it questions.",
        subcommands: [
            ImportCommand.self, StatementsCommand.self, AskCommand.self, ExportCommand.self, StatsCommand.self,
            ExplainArticleCommand.self, WhoCommand.self, PeopleCommand.self, EventsCommand.self, EventCommand.self,
            SavedCommand.self,
            BenchCommand.self,
        ]
    )
}
