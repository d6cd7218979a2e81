import ArgumentParser
import VerbatimArchive

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        _superCommandName: Verbatim.name,
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

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "The most events to list.")
    var limit: Int = 50

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateLimit(limit)
    }

    func run() throws {
        let table = try archive.openExisting().events(
            EventFilter(kind: kind, place: place, country: country, since: dates.since, until: dates.until, limit: limit))
        write(table.rendered(output.format))
    }
}
