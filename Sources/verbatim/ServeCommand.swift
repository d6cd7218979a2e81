import ArgumentParser
import Foundation
import VerbatimArchive

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        _superCommandName: Verbatim.name,
        abstract: "Serve the archive as local web pages, read-only: questions, statements, articles, people, countries, organizations, events, comparisons and saved queries.",
        discussion: "The server is the program verbatim-serve, built beside verbatim: this command checks the archive, then runs it in its place."
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
        // The archive exists, and an import that stopped halfway is finished, before the server opens it read-only.
        _ = try archive.openExisting()
        if !["127.0.0.1", "localhost", "::1"].contains(host) && !host.hasPrefix("127.") {
            printError("warning: serving on \(host), not a loopback address: other machines that reach it can read the whole archive")
        }
        let server = try Self.serverProgram()
        var arguments = [server, "--db", archive.path, "--port", String(port), "--host", host]
        if let data = archive.data { arguments += ["--data", data] }
        if let migrations = archive.migrations { arguments += ["--migrations", migrations] }
        let argv = arguments.map { strdup($0) } + [nil]
        execv(server, argv)
        throw ArchiveError("\(server): cannot run the server (\(String(cString: strerror(errno))))")
    }

    /// `verbatim-serve` in the folder of this program.
    static func serverProgram() throws -> String {
        let own = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let server = own.deletingLastPathComponent().appendingPathComponent("verbatim-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw ArchiveError("\(server): the server program is not there; `swift build` builds it beside verbatim")
        }
        return server
    }
}
