import ArgumentParser
import VerbatimArchive

struct SavedRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a saved query: verbatim saved run NAME --param country=RUS.")

    @OptionGroup var archive: ArchiveOptions

    @Argument(help: "The saved query's name.")
    var name: String

    @Option(name: .customLong("param"), help: "A value for a :named parameter, as name=value; repeat for more.")
    var parameters: [String] = []

    @Option(help: "The most answers a saved question lists.")
    var limit: Int = 20

    @OptionGroup var output: OutputOptions

    func validate() throws {
        try validateLimit(limit)
        if let bad = parameters.first(where: { !$0.contains("=") || $0.hasPrefix("=") }) {
            throw ValidationError("--param takes name=value, not '\(bad)'")
        }
    }

    func run() throws {
        var values: [String: String] = [:]
        for p in parameters {
            let parts = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[String(parts[0])] = String(parts[1])
        }
        write(try archive.openExisting().runSavedQuery(name, parameters: values, limit: limit).rendered(output.format))
    }
}
