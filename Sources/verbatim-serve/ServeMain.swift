import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import VerbatimArchive
import VerbatimServe
import VerbatimText

/// The web server behind `verbatim serve`, an executable of its own so that the command-line tool does not carry the
/// server's packages: every `verbatim` process starts faster for it. `verbatim serve` checks its options and the
/// archive, then runs this program in its place.
@main
struct ServeMain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim-serve",
        abstract: "The server that `verbatim serve` runs: the archive as local web pages, read-only.")

    @Option(help: "The archive file.")
    var db: String

    @Option(help: "A directory of gazetteer TSV files to use instead of the bundled data/.")
    var data: String?

    @Option(help: "A directory of NNNN_name.sql migrations to use instead of the bundled ones.")
    var migrations: String?

    @Option(help: "The port to listen on (0: any free port, printed when the server starts).")
    var port: Int = 8017

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    func run() throws {
        let lexicon = try Lexicon.load(from: data.map { URL(fileURLWithPath: $0) }, parts: .questions)
        let archive = try Archive(path: db, migrations: migrations.map { URL(fileURLWithPath: $0) }, lexicon: lexicon,
                                  readOnly: true)
        let server = try ArchiveServer(archive: archive)
        let path = db, host = host
        let app = server.application(host: host, port: port) { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            FileHandle.standardError.write(Data("verbatim serve: \(path) at http://\(shown):\(port)/ (read-only; Ctrl-C stops)\n".utf8))
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do { try await app.runService() } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }
}

/// The error a server's task ended with, handed to the thread that waits for it.
private final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    func set(_ error: any Error) { lock.withLock { stored = error } }
    var error: (any Error)? { lock.withLock { stored } }
}
