import ArgumentParser
import Foundation
import VerbatimArchive

struct EventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        _superCommandName: Verbatim.name,
        abstract: "Show one event: where and when, who took part, the articles that report it, and what was said about it in time order."
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The event's id (as `verbatim events` lists it).")
    var id: Int64

    @OptionGroup var output: OutputOptions

    func run() throws {
        let event = try archive.openExisting().event(id)
        switch output.format {
        case .json:
            // One object, so the output stays one JSON value.
            func trimmed(_ t: ResultTable) -> String {
                t.rendered(.json).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            write("{\"event\": \(trimmed(event.event)), \"articles\": \(trimmed(event.articles)), "
                  + "\"statements\": \(trimmed(event.statements))}\n")
        case .jsonl, .csv:
            write(event.event.rendered(output.format) + "\n" + event.articles.rendered(output.format) + "\n"
                  + event.statements.rendered(output.format))
        case .table, .markdown:
            write(event.event.rendered(output.format))
            write("\nArticles\n" + event.articles.rendered(output.format))
            write("\nStatements\n" + event.statements.rendered(output.format))
        }
    }
}
