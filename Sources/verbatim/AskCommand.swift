import ArgumentParser
import VerbatimArchive

struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        _superCommandName: Verbatim.name,
        abstract: "Ask a question in plain English, such as \"what did Russia's UN envoy say about Aleppo\"."
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The question.")
    var question: String

    @Flag(help: "Print how the question was understood and the SQL run.")
    var explain = false

    @Option(help: "The most answers to list.")
    var limit: Int = 20

    @OptionGroup var output: StatementOutputOptions

    func run() throws {
        guard let parsed = Question.parse(question) else {
            printError("cannot understand '\(question)'; ask one of: " + Question.forms.joined(separator: "; "))
            throw ExitCode(2)
        }
        let answer = try archive.openExisting().answer(
            parsed, limit: limit, allColumns: ![.table, .markdown].contains(output.output.format))
        if explain {
            for line in answer.explanation { printError(line) }
        }
        write(output.rendered(answer.table))
    }
}
