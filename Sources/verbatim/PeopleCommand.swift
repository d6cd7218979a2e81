import ArgumentParser
import VerbatimArchive

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        _superCommandName: Verbatim.name,
        abstract: "List officials with their offices, most quoted first."
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Only offices serving this country (code, name or demonym).")
    var country: String?

    @Option(help: "Only offices at or for this organization (name, acronym or alias).")
    var organization: String?

    @Option(help: "Only roles containing these words (\"ambassador\", \"foreign minister\").")
    var role: String?

    @Option(help: "The most offices to list.")
    var limit: Int = 100

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateLimit(limit)
    }

    func run() throws {
        let table = try archive.openExisting().officials(
            country: country, organization: organization, role: role, limit: limit)
        write(table.rendered(output.format))
    }
}
