import Foundation
import VerbatimSources
import VerbatimText

/// A file given to an import, looked at and read with system calls that never block and never read more than asked.
///
/// Only regular files are opened, and without blocking (`O_NONBLOCK`), so that a FIFO, a socket or a device named on
/// the command line or met in a directory is refused rather than waited on forever; a file's type is checked again on
/// the open descriptor, in case it changed since the directory was listed.
enum InputFile {
    /// Why a file cannot be read; its description is the `reason` of a `path: reason` line.
    enum Failure: Error, Equatable, CustomStringConvertible {
        /// A FIFO, socket, device or other special file.
        case notRegularFile
        /// A file of `size` bytes, over the import's `limit` for an article.
        case tooLarge(size: Int, limit: Int)
        /// A line of a JSON Lines file longer than the import's `limit` for an article.
        case lineTooLong(size: Int, limit: Int)
        /// The system refused (`errno`): permission denied, input/output error, file name too long…
        case system(errno: Int32)
        /// Bytes that are not an article's text: empty, binary, an HTML page…
        case notText(TextDecoder.Failure)
        /// The archive a file is read from failed: corrupt, a decompression bomb.
        case archive(ArchiveReader.Failure)

        var description: String {
            switch self {
            case .notRegularFile:
                "not a regular file"
            case .tooLarge(let size, let limit):
                "\(InputFile.sizes(size, limit)) limit for an article (--max-article-bytes)"
            case .lineTooLong(let size, let limit):
                "a line of \(InputFile.sizes(size, limit)) limit for an article (--max-article-bytes)"
            case .system(let code):
                "cannot be read (\(InputFile.message(code)))"
            case .notText(let failure):
                failure.description
            case .archive(let failure):
                failure.reason
            }
        }
    }

    /// What `stat` says of a path.
    struct Status {
        enum Kind { case regular, directory, symbolicLink, other }
        var kind: Kind
        var size: Int
        /// The device and inode: the file's identity, whichever path leads to it.
        var identity: Identity

        struct Identity: Hashable {
            var device: UInt64
            var inode: UInt64
        }

        init(_ info: stat) {
            switch info.st_mode & S_IFMT {
            case S_IFREG: kind = .regular
            case S_IFDIR: kind = .directory
            case S_IFLNK: kind = .symbolicLink
            default: kind = .other
            }
            size = Int(info.st_size)
            identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        }
    }

    /// The status of the file `path` leads to (symbolic links followed), or the system's error number.
    static func status(_ path: String) -> Result<Status, Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.system(errno: errno)) }
        return .success(Status(info))
    }

    /// The status of `path` itself (a symbolic link is not followed).
    static func linkStatus(_ path: String) -> Result<Status, Failure> {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .failure(.system(errno: errno)) }
        return .success(Status(info))
    }

    /// Opens the regular file `path` for reading, without blocking; the descriptor is the caller's to close.
    static func open(_ path: String) -> Result<(descriptor: Int32, size: Int), Failure> {
        let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.system(errno: errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(.system(errno: code))
        }
        let status = Status(info)
        guard status.kind == .regular else {
            close(descriptor)
            return .failure(.notRegularFile)
        }
        return .success((descriptor, status.size))
    }

    /// The bytes of the regular file `path`, refused without reading it when it holds more than `limit` bytes.
    static func read(_ path: String, limit: Int = .max) -> Result<[UInt8], Failure> {
        let descriptor: Int32
        let size: Int
        switch open(path) {
        case .failure(let failure): return .failure(failure)
        case .success(let opened): (descriptor, size) = opened
        }
        defer { close(descriptor) }
        guard size <= limit else { return .failure(.tooLarge(size: size, limit: limit)) }
        // One byte more than the size, to see the end (or that the file grew) without a second allocation.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { return .failure(.tooLarge(size: count, limit: limit)) }
                bytes.append(contentsOf: repeatElement(0, count: min(1 << 20, limit - count) + 1))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno: errno))
            }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else { return .failure(.tooLarge(size: count, limit: limit)) }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    /// The system's text for an error number, in lower case: `permission denied`.
    static func message(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first, text.dropFirst().first?.isLowercase ?? true else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// `52.4 MB, over the 20 MB`: a size and a limit in megabytes (10⁶ bytes), kilobytes or bytes, precise enough to
    /// tell the two apart.
    static func sizes(_ size: Int, _ limit: Int) -> String {
        var (a, b) = (readable(size), readable(limit))
        if a == b { (a, b) = ("\(size) B", "\(limit) B") }
        return "\(a), over the \(b)"
    }

    /// A byte count in MB or kB with at most one decimal (`52.4 MB`, `20 MB`), or in bytes under a kilobyte.
    static func readable(_ bytes: Int) -> String {
        func unit(_ scale: Double, _ name: String) -> String {
            var text = String(format: "%.1f", Double(bytes) / scale)
            if text.hasSuffix(".0") { text.removeLast(2) }
            return "\(text) \(name)"
        }
        if bytes >= 1_000_000 { return unit(1e6, "MB") }
        if bytes >= 1_000 { return unit(1e3, "kB") }
        return "\(bytes) B"
    }
}
