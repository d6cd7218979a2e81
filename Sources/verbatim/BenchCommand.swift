import ArgumentParser
import Foundation
import VerbatimText

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract",
        _superCommandName: Verbatim.name,
        abstract: "Measure extraction alone (layout, statements, speakers, mentions) on one core, with no database.",
        discussion: "Reads every .txt file under the paths into memory, then parses and extracts them one after another, "
            + "--rounds times, and prints one JSON object: articles, megabytes, seconds, mean and best-round MB/s, statements."
    )

    @Option(help: "A directory of gazetteer TSV files to use instead of the bundled data/.")
    var data: String?

    @Option(help: "How many times to extract the whole set.")
    var rounds: Int = 3

    @Argument(help: "Files and directories of plain-text articles.")
    var paths: [String]

    func validate() throws {
        guard rounds > 0 else { throw ValidationError("--rounds must be at least 1, not \(rounds)") }
    }

    func run() throws {
        var texts: [String] = []
        for path in paths {
            let enumerator = FileManager.default.enumerator(atPath: path)
            let files = enumerator.map { ($0.allObjects as? [String] ?? []).map { (path as NSString).appendingPathComponent($0) } }
                ?? [path]
            for file in files.sorted() where file.hasSuffix(".txt") {
                guard let data = FileManager.default.contents(atPath: file),
                      case .success(let decoded) = TextDecoder.decode(Array(data))
                else { continue }
                texts.append(decoded.text)
            }
        }
        guard !texts.isEmpty else { throw ValidationError("no .txt articles under \(paths.joined(separator: ", "))") }
        let extractor = Extractor(lexicon: try Lexicon.load(from: data.map { URL(fileURLWithPath: $0) }))
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        var statements = 0
        var times: [Double] = []
        for _ in 0..<rounds {
            statements = 0
            let start = DispatchTime.now()
            for text in texts { statements += extractor.extract(ArticleParser.parse(text)).statements.count }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
        let megabytes = Double(bytes) / 1e6
        let total = times.reduce(0, +)
        // The best round is the figure least disturbed by other work on the machine; the mean is given too.
        write(String(format: "{\"articles\":%d,\"megabytes\":%.3f,\"rounds\":%d,\"seconds\":%.3f,\"mb_per_s\":%.2f,\"best_mb_per_s\":%.2f,\"statements\":%d}\n",
                     texts.count, megabytes, rounds, total, megabytes * Double(rounds) / total,
                     megabytes / (times.min() ?? total), statements))
    }
}
