import Foundation
import VerbatimText

/// Extracts articles one at a time in a child process, to find those whose extraction crashes.
///
/// A trap cannot be caught in Swift: an article that traps extraction ends the process that extracts it. The articles
/// an interrupted import was reading (``ImportJournal``) are therefore extracted again in a child (`verbatim
/// probe-extraction FILE`), which says `ok` after each; when the child dies, the article after the last `ok` is the
/// one that crashed it, and a new child goes on after it.
public struct ExtractionProbe: Sendable {
    /// The program to run: this one.
    public var executable: URL
    /// Its arguments before the input file (`probe-extraction`, and the options that choose the lexicon).
    public var arguments: [String]

    public init(executable: URL, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// The positions in `articles` of those whose extraction crashed the child.
    ///
    /// - Throws: ``ArchiveError`` when the child cannot be started, or fails without crashing.
    func crashing(_ articles: [PendingArticle]) throws -> Set<Int> {
        var crashed: Set<Int> = []
        var start = 0
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-probe-\(getpid())-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: input) }
        while start < articles.count {
            try Self.write(articles[start...], to: input)
            let (done, crashedChild, errors) = try run(input)
            if !crashedChild {
                guard done >= articles.count - start else {
                    throw ArchiveError("\(executable.path) probe-extraction: \(errors.isEmpty ? "stopped early" : errors)")
                }
                break
            }
            crashed.insert(start + done)
            start += done + 1
        }
        return crashed
    }

    /// Runs one child on `input`: how many articles it finished, whether it died of a signal, what it wrote to
    /// standard error.
    private func run(_ input: URL) throws -> (Int, Bool, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + [input.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw ArchiveError("\(executable.path): cannot be started to check articles (\(error.localizedDescription))")
        }
        // Standard error is read on another thread, so that neither pipe fills while the other is read.
        let errorText = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let done = data.split(separator: 0x0A).count
        let died = process.terminationReason == .uncaughtSignal
        return (done, died, died ? "" : errorText.text().trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes articles as JSON lines: `text` and whether it opens with a title line.
    private static func write(_ articles: ArraySlice<PendingArticle>, to url: URL) throws {
        var data = Data()
        for article in articles {
            data += try JSONSerialization.data(withJSONObject: ["text": article.text, "titleLine": article.hasTitleLine])
            data.append(0x0A)
        }
        try data.write(to: url)
    }

    /// The child's side: extracts each article of the JSON Lines file at `path` as an import would, writing `ok` and
    /// a newline to standard output after each.
    ///
    /// - Throws: ``ArchiveError`` naming the file when it cannot be read.
    public static func runChild(input path: String, lexicon: Lexicon) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ArchiveError("\(path): cannot be read")
        }
        let extractor = Extractor(lexicon: lexicon)
        for line in data.split(separator: 0x0A) {
            guard let fields = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = fields["text"] as? String else {
                throw ArchiveError("\(path): a line is not an article")
            }
            let pending = PendingArticle(name: "", origin: "", text: text, hasTitleLine: fields["titleLine"] as? Bool ?? true)
            _ = ExtractedArticle(pending, extractor: extractor)
            let ok: [UInt8] = [0x6F, 0x6B, 0x0A]
            _ = ok.withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
        }
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
