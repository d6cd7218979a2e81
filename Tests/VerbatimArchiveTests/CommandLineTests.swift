import Foundation
import Testing

/// What the `verbatim` program itself prints and exits with, for inputs a user may hand it.
struct CommandLineTests {
    /// `explain-article` reads a file as an import does: a FIFO is refused at once, never waited on.
    @Test func explainArticleRefusesAFIFO() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let fifo = dir.path("pipe.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        let run = try ImportRecoveryTests.verbatim(["explain-article", fifo])
        #expect(run.status == 1)
        #expect(run.errors == "Error: \(fifo): not a regular file\n")
    }

    /// The import's summary counts in words that agree: one statement, two articles.
    @Test func theSummarySaysOneStatement() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("one.txt", "Port news\n\n“The ships are back,” said Ola Brandt.\n")
        let run = try ImportRecoveryTests.verbatim(["import", file, "--db", dir.path("a.sqlite")])
        #expect(run.status == 0)
        #expect(run.errors == "imported 1 article (1 statement), 0 duplicates skipped, 0 failed → \(dir.path("a.sqlite"))\n")
    }

    /// `verbatim serve` checks the archive, then runs the server program built beside it, which answers on the port
    /// it prints.
    @Test func serveRunsTheServerProgram() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let missing = try ImportRecoveryTests.verbatim(["serve", "--db", dir.path("none.sqlite"), "--port", "0"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("\(dir.path("none.sqlite")): no archive there"))
        let file = try dir.write("one.txt", "Port news\n\n“The ships are back,” said Ola Brandt.\n")
        #expect(try ImportRecoveryTests.verbatim(["import", file, "--db", dir.path("a.sqlite")]).status == 0)
        let process = Process()
        process.executableURL = try #require(ImportRecoveryTests.program)
        process.arguments = ["serve", "--db", dir.path("a.sqlite"), "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        // The server says where it listens; read until it does.
        var said = ""
        while !said.contains("(read-only; Ctrl-C stops)") {
            let chunk = errors.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("verbatim serve: \(dir.path("a.sqlite")) at http://127.0.0.1:"))
        #expect(process.isRunning)
    }

    /// `ask` exits 2 only for a question with nothing to search for, and says what it understands; any other words
    /// are answered.
    @Test func askExitsTwoOnlyForNothingToSearchFor() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("one.txt", "Port news\n\n“The ships are back,” said Ola Brandt.\n")
        #expect(try ImportRecoveryTests.verbatim(["import", file, "--db", dir.path("a.sqlite")]).status == 0)
        let nothing = try ImportRecoveryTests.verbatim(["ask", "what did", "--db", dir.path("a.sqlite")])
        #expect(nothing.status == 2)
        #expect(nothing.errors.hasPrefix("cannot understand 'what did'; ask one of: what|why|when|how many"))
        let words = try ImportRecoveryTests.verbatim(["ask", "tell me about the ships", "--db", dir.path("a.sqlite")])
        #expect(words.status == 0)
    }
}
