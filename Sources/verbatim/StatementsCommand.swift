import ArgumentParser
import VerbatimArchive

struct StatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statements",
        _superCommandName: Verbatim.name,
        abstract: "List statements, newest first, filtered by speaker, country, organization, topic, act, target and date."
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "A person's name or surname, an office (\"Russia's UN envoy\"), a country or an organization.")
    var speaker: String?

    @Option(help: "Statements whose speaker serves or is this country (code, name or demonym).")
    var country: String?

    @Option(help: "Statements whose speaker serves or is this organization (name, acronym or alias).")
    var organization: String?

    @Option(help: "Statements about this place, country, organization, person or phrase.")
    var about: String?

    @Option(help: "Statements that perform this act (criticize, reject, demand…, or a CAMEO code such as 111).")
    var act: String?

    @Option(help: "Statements with an act aimed at this country (with its institutions and officials), organization or person.")
    var target: String?

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "The most statements to list.")
    var limit: Int = 50

    @OptionGroup var output: StatementOutputOptions

    func validate() throws {
        try validateLimit(limit)
    }

    func run() throws {
        let filter = StatementFilter(
            speaker: speaker, country: country, organization: organization, about: about, act: act, target: target,
            since: dates.since, until: dates.until, limit: limit)
        let table = try archive.openExisting().statements(filter)
        write(output.rendered(table))
    }
}
