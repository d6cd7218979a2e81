import Foundation
import VerbatimArchive

/// Runs an import in a child process and starts it again when it crashes, so that one command finishes the import.
///
/// A trap in extraction ends the process. The child that follows finds the articles the crashed one was reading in
/// the archive's journal, checks them one at a time, reports the one that crashes (`path: extraction failed
/// (crashed)`) and imports the rest. The supervisor stops when a child ends without crashing, is stopped by a
/// signal sent to it (`kill`, Ctrl-C), or crashes again at the same articles.
struct ImportSupervisor {
    /// The environment variable that marks the child, which imports itself.
    static let workerVariable = "VERBATIM_IMPORT_WORKER"
    /// The signals of a crash, after which the import resumes.
    static let crashSignals: Set<Int32> = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    let executable: URL
    let archivePath: String

    /// Whether this process is the child.
    static var isWorker: Bool { ProcessInfo.processInfo.environment[workerVariable] != nil }

    /// Runs the import with this process's arguments until it ends; returns the last child's exit code.
    func run() throws -> Int32 {
        var environment = ProcessInfo.processInfo.environment
        environment[Self.workerVariable] = "1"
        // A crash is reported in one line by the child that follows; the runtime's backtrace would bury it.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        var lastSuspects: Set<String>?
        while true {
            let process = Process()
            process.executableURL = executable
            process.arguments = Array(CommandLine.arguments.dropFirst())
            process.environment = environment
            try process.run()
            process.waitUntilExit()
            let status = process.terminationStatus
            guard process.terminationReason == .uncaughtSignal else { return status }
            guard Self.crashSignals.contains(status) else { return 128 + status }
            let suspects = Importer.interruptedArticles(archivePath: archivePath) ?? []
            if suspects == lastSuspects {
                printError("\(archivePath): the import crashed again at the same articles; stopping (rerun it to try once more)")
                return 1
            }
            lastSuspects = suspects
            printError("the import crashed (signal \(status)) while reading \(suspects.count) articles; resuming")
        }
    }
}
