import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The file beside an archive (`verbatim.sqlite-import`) that one import at a time holds, and in which it notes the
/// articles it is reading.
///
/// An import takes the file's lock (`flock`) for its whole run, so a second import waits for the first rather than
/// slipping its batches in between. While it runs, the file lists the origins of the articles being extracted or
/// written, batch by batch; a clean end empties it, but for the articles found to crash extraction, which later imports
/// check in a child process before extracting them. An import that finds the list not empty knows the one before it
/// stopped halfway: a crash in one of those articles, or a kill. It then checks those articles one at a time in a
/// child process (``ExtractionProbe``), and finishes what the interrupted import left (indexes, offices, statistics).
///
/// The file stays when the import ends: removing it while another process waits on its lock would let a third take a
/// new file's lock beside the second.
final class ImportJournal {
    /// The journal's path.
    let path: String
    private let descriptor: Int32
    /// What the file listed when this import took it: the origins of the articles of an interrupted import.
    private(set) var interrupted: Set<String> = []
    /// The articles whose extraction crashed, in this import or one before: each is checked in a child process
    /// whenever it is imported again, until it no longer crashes.
    private(set) var crashed: Set<String> = []
    /// Whether the file said an import was running when this one took it.
    private(set) var wasInterrupted = false
    /// The origins of each batch now between extraction and its commit, by batch number.
    private var inFlight: [Int: [String]] = [:]

    /// The journal of the archive at `archivePath`.
    static func path(forArchive archivePath: String) -> String { archivePath + "-import" }

    /// Opens the journal of the archive at `archivePath` and takes its lock, waiting for an import in progress.
    ///
    /// - Parameters:
    ///   - wait: whether to wait when another import holds the lock; else ``Busy`` is thrown.
    ///   - waiting: called once, with the process id the journal names, when this one waits.
    /// - Throws: ``ArchiveError`` naming the file when it cannot be opened or locked.
    init(archivePath: String, wait: Bool = true, waiting: (Int?) -> Void = { _ in }) throws {
        path = Self.path(forArchive: archivePath)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ArchiveError("\(path): cannot be opened (\(Self.errorText()))") }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard wait else {
                close(descriptor)
                throw Busy()
            }
            waiting(Self.holder(of: Self.read(descriptor)))
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = Self.errorText()
                    close(descriptor)
                    throw ArchiveError("\(path): cannot be locked (\(reason))")
                }
            }
        }
        let lines = Self.read(descriptor).split(separator: "\n", omittingEmptySubsequences: true)
        wasInterrupted = lines.first?.hasPrefix("import ") ?? false
        for line in lines.dropFirst(wasInterrupted ? 1 : 0) {
            if line.hasPrefix(Self.crashedPrefix) {
                if let origin = Self.decode(line.dropFirst(Self.crashedPrefix.count)) { crashed.insert(origin) }
            } else if let origin = Self.decode(line) {
                interrupted.insert(origin)
            }
        }
        try save()
    }

    /// Another import holds the journal.
    struct Busy: Error {}

    /// What the journal of the archive at `archivePath` lists now, read without its lock: nil when no import is
    /// running or was interrupted, else the origins of the articles it is (or was) reading.
    static func peek(archivePath: String) -> Set<String>? {
        let descriptor = open(path(forArchive: archivePath), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        let lines = read(descriptor).split(separator: "\n")
        guard let first = lines.first, first.hasPrefix("import ") else { return nil }
        return Set(lines.dropFirst().filter { !$0.hasPrefix(crashedPrefix) }.compactMap(decode))
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Notes that batch `number`, of articles with these origins, is being extracted and written.
    func begin(batch number: Int, origins: [String]) throws {
        inFlight[number] = origins
        try save()
    }

    /// Notes that batch `number` is committed.
    func end(batch number: Int) throws {
        inFlight[number] = nil
        try save()
    }

    /// Notes whether the article `origin` crashed extraction when checked.
    func note(_ origin: String, crashed didCrash: Bool) throws {
        if didCrash { crashed.insert(origin) } else { crashed.remove(origin) }
        try save()
    }

    /// Empties the journal but for the articles known to crash: the import ended cleanly.
    func finish() throws {
        inFlight = [:]
        try save(running: false)
    }

    /// Writes the header line (this process, while it runs), the articles known to crash and the origins in flight,
    /// over the file's old contents.
    private func save(running: Bool = true) throws {
        var text = running ? "import \(getpid())\n" : ""
        for origin in crashed.sorted() { text += Self.crashedPrefix + Self.encode(origin) + "\n" }
        for number in inFlight.keys.sorted() {
            for origin in inFlight[number]! { text += Self.encode(origin) + "\n" }
        }
        let bytes = Array(text.utf8)
        // Written whole at the start, then cut to length: a kill between the two leaves the old list's tail, never an
        // empty file that would say no import was running.
        let written = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        guard written == bytes.count, ftruncate(descriptor, off_t(bytes.count)) == 0 else {
            throw ArchiveError("\(path): cannot be written (\(Self.errorText()))")
        }
    }

    /// What starts the line of an article known to crash.
    private static let crashedPrefix = "crashed "

    /// An origin on one line: JSON string syntax, so that a path with a newline stays one line.
    private static func encode(_ origin: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [origin], options: [.withoutEscapingSlashes])) ?? Data()
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }

    private static func decode(_ line: Substring) -> String? {
        guard let data = "[\(line)]".data(using: .utf8),
              let list = try? JSONSerialization.jsonObject(with: data) as? [String] else { return nil }
        return list.first
    }

    /// The process id in the header line `import PID`.
    private static func holder(of text: String) -> Int? {
        guard let first = text.split(separator: "\n").first, first.hasPrefix("import ") else { return nil }
        return Int(first.dropFirst(7))
    }

    private static func read(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            guard n > 0 else { break }
            bytes += buffer[0..<n]
            offset += off_t(n)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
