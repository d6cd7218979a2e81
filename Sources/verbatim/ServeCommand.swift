import ArgumentParser
import Dispatch
import Foundation
import Hummingbird
import VerbatimArchive
import VerbatimServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        _superCommandName: Verbatim.name,
        abstract: "Serve the archive as local web pages, read-only: questions, statements, articles, people, countries, organizations, events, comparisons and saved queries."
    )

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "The port to listen on (0: any free port, printed when the server starts).")
    var port: Int = 8017

    @Option(help: "The address to listen on; anything but a loopback address lets other machines read the archive.")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535, not \(port)") }
    }

    func run() throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) && !host.hasPrefix("127.") {
            printError("warning: serving on \(host), not a loopback address: other machines that reach it can read the whole archive")
        }
        let server = try ArchiveServer(archive: archive.openExisting())
        let path = archive.path, host = host
        let app = server.application(host: host, port: port) { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            printError("verbatim serve: \(path) at http://\(shown):\(port)/ (read-only; Ctrl-C stops)")
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
