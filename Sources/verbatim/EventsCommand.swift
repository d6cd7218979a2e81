import ArgumentParser
import VerbatimArchive

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List events (talks, air strikes, votes…), newest first, with how many articles and statements.",
        discussion: "`verbatim event ID` shows one event with its articles and statements."
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Only events of this kind (talks, summit, air strike, offensive, vote…).")
    var kind: String?

    @Option(help: "Only events at a place containing these words (\"Geneva\").")
    var place: String?

    @Option(help: "Only events in this country or with it taking part (code, name or demonym).")
    var country: String?

    @Option(help: "Only events on or after this date (YYYY-MM-DD), or lasting until then.")
    var since: String?

    @Option(help: "Only events on or before this date (YYYY-MM-DD).")
    var until: String?

    @Option(help: "The most events to list.")
    var limit: Int = 50

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateDate(since, "--since")
        try validateDate(until, "--until")
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        let table = try archive.openExisting().events(
            EventFilter(kind: kind, place: place, country: country, since: since, until: until, limit: limit))
        write(table.rendered(output.format))
    }
}
