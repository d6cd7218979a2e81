import ArgumentParser
import Foundation
import VerbatimArchive
import VerbatimText

/// `verbatim probe-extraction FILE`: the child process an import runs to find the article that crashed extraction.
struct ProbeExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe-extraction",
        _superCommandName: Verbatim.name,
        abstract: "Extract the articles of a JSON Lines file one at a time, saying ok after each (used by import).",
        shouldDisplay: false
    )

    @Option(name: .long, help: "A directory of gazetteer TSV files to use instead of the bundled data/.")
    var data: String?

    @Argument(help: "A JSON Lines file of articles: text, and whether it opens with a title line (titleLine).")
    var input: String

    func run() throws {
        let lexicon = try Lexicon.load(from: data.map { URL(fileURLWithPath: $0) })
        try ExtractionProbe.runChild(input: input, lexicon: lexicon)
    }
}
