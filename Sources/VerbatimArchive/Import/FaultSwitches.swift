import Foundation

/// Faults that tests and `scripts/faults` ask an import for through the environment, to prove it survives them.
///
/// Unset (always, in ordinary use), each costs one look at a constant.
enum FaultSwitches {
    /// `VERBATIM_TEST_TRAP`: extraction of an article whose text contains this traps, as a bug in a rule would.
    static let trapText: String? = ProcessInfo.processInfo.environment["VERBATIM_TEST_TRAP"].flatMap { $0.isEmpty ? nil : $0 }

    /// `VERBATIM_TEST_KILL_AT`: the import kills itself (`SIGKILL`, as `kill -9` would) on reaching this point:
    /// `extracted:N` (batch N extracted), `written:N` (batch N committed), `indexes` (deferred indexes built),
    /// `offices` (offices consolidated), `analyzed` (statistics gathered, the journal not yet emptied).
    static let killPoint: String? = ProcessInfo.processInfo.environment["VERBATIM_TEST_KILL_AT"]

    /// `VERBATIM_TEST_PAUSE_AT`: the import sleeps on reaching this point (as for the kill point), so that a test can
    /// run something during it: `VERBATIM_TEST_PAUSE_SECONDS` (default 2, at most 60).
    static let pausePoint: String? = ProcessInfo.processInfo.environment["VERBATIM_TEST_PAUSE_AT"]
    static let pauseSeconds: Double = min(60, max(0, ProcessInfo.processInfo.environment["VERBATIM_TEST_PAUSE_SECONDS"]
        .flatMap(Double.init) ?? 2))

    /// Traps when `text` holds the trap text.
    static func trap(in text: String) {
        if let trapText, text.contains(trapText) {
            fatalError("VERBATIM_TEST_TRAP: extraction trapped on purpose")
        }
    }

    /// Kills this process when `point` is the kill point; sleeps when it is the pause point.
    static func kill(at point: @autoclosure () -> String) {
        guard killPoint != nil || pausePoint != nil else { return }
        let point = point()
        if killPoint == point { _ = Foundation.kill(getpid(), SIGKILL) }
        if pausePoint == point { Thread.sleep(forTimeInterval: pauseSeconds) }
    }
}
