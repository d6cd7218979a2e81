import ArgumentParser
import VerbatimArchive

struct SavedAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Save a query: --sql \"SELECT … :param\", --question \"…\", or --file a .sql file (see queries/)."
    )

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The query's name (from --file, the file's base name when left out).")
    var name: String?

    @Option(help: "SQL that only reads, with :named parameters.")
    var sql: String?

    @Option(help: "A question for ask.")
    var question: String?

    @Option(help: "A .sql file: its opening -- comment lines are the description.")
    var file: String?

    @Option(help: "What the query is for.")
    var description: String?

    func validate() throws {
        guard [sql, question, file].compactMap({ $0 }).count == 1 else {
            throw ValidationError("give one of --sql, --question and --file")
        }
        guard name != nil || file != nil else { throw ValidationError("give the query a name") }
    }

    func run() throws {
        var query = try file.map { try SavedQuery.load(file: $0) } ?? SavedQuery(name: name ?? "", sql: sql, question: question)
        if let name { query.name = name }
        if let description { query.description = description }
        try archive.openExisting(writes: true).save(query)
        write("saved '\(query.name)'\n")
    }
}
