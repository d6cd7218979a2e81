import ArgumentParser
import Foundation

/// The `verbatim` command: a diplomatic statement archive.
@main
struct Verbatim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: Verbatim.name,
        abstract: "Import news articles into one SQLite archive of who said what, and ask it questions.",
        subcommands: [
            ImportCommand.self, StatementsCommand.self, AskCommand.self, ExportCommand.self, StatsCommand.self,
            ExplainArticleCommand.self, WhoCommand.self, PeopleCommand.self, EventsCommand.self, EventCommand.self,
            SavedCommand.self, ServeCommand.self,
            BenchCommand.self, ProbeExtractionCommand.self,
        ]
    )

    /// The name of the program, which its subcommands name as their super-command.
    static let name = "verbatim"

    /// Runs the subcommand named first on the command line as the root of the parse, or else parses from the top.
    ///
    /// Parsing from the top first tries the arguments as a request for a completion script, which takes a tenth of a
    /// question's time. A subcommand names `verbatim` as its super-command, so its usage and help read the same
    /// either way.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first,
              let command = configuration.subcommands.first(where: { $0.configuration.commandName == name })
        else {
            return main(arguments)
        }
        do {
            var parsed = try command.parseAsRoot(Array(arguments.dropFirst()))
            try parsed.run()
        } catch {
            // The parser's hint names the subcommand alone.
            let message = command.fullMessage(for: error)
                .replacingOccurrences(of: "See '\(name) ", with: "See '\(Self.name) \(name) ")
            let code = command.exitCode(for: error)
            if !message.isEmpty {
                let output = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                output.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
