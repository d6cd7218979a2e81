import CArchive
import Foundation

/// Writes archives and compressed files with libarchive: what tests and tools need to make the inputs of an import.
public final class ArchiveWriter {
    /// The archive formats written.
    public enum Format: Sendable, CaseIterable {
        case zip, tar, tarGzip, tarBzip2, tarXz, sevenZip
        /// One compressed file: the archive holds one entry, its data.
        case gzip, bzip2, xz

        /// The usual name ending: `.tar.gz`.
        public var suffix: String {
            switch self {
            case .zip: ".zip"
            case .tar: ".tar"
            case .tarGzip: ".tar.gz"
            case .tarBzip2: ".tar.bz2"
            case .tarXz: ".tar.xz"
            case .sevenZip: ".7z"
            case .gzip: ".gz"
            case .bzip2: ".bz2"
            case .xz: ".xz"
            }
        }
    }

    /// Why an archive could not be written.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private let handle: OpaquePointer
    private var closed = false

    /// Starts the archive `path` in `format`, replacing any file there.
    public init(path: String, format: Format) throws(Failure) {
        guard let handle = archive_write_new() else { throw Failure(description: "\(path): cannot start a writer") }
        self.handle = handle
        try check(Self.setFormat(handle, format), path)
        try check(archive_write_open_filename(handle, path), path)
    }

    deinit {
        if !closed { archive_write_close(handle) }
        archive_write_free(handle)
    }

    private static func setFormat(_ handle: OpaquePointer, _ format: Format) -> Int32 {
        let container: Int32 = switch format {
        case .zip: archive_write_set_format_zip(handle)
        case .tar, .tarGzip, .tarBzip2, .tarXz: archive_write_set_format_gnutar(handle)
        case .sevenZip: archive_write_set_format_7zip(handle)
        case .gzip, .bzip2, .xz: archive_write_set_format_raw(handle)
        }
        guard container == ARCHIVE_OK else { return container }
        return switch format {
        case .tarGzip, .gzip: archive_write_add_filter_gzip(handle)
        case .tarBzip2, .bzip2: archive_write_add_filter_bzip2(handle)
        case .tarXz, .xz: archive_write_add_filter_xz(handle)
        case .zip, .tar, .sevenZip: ARCHIVE_OK
        }
    }

    private func check(_ status: Int32, _ what: String) throws(Failure) {
        guard status == ARCHIVE_OK else {
            let text = archive_error_string(handle).map { String(cString: $0) } ?? "unknown error"
            throw Failure(description: "\(what): \(text)")
        }
    }

    /// Adds a file entry named by the bytes `name` (which need not be UTF-8) holding `data`.
    public func add(nameBytes name: [UInt8], _ data: [UInt8]) throws(Failure) {
        guard let entry = archive_entry_new() else { throw Failure(description: "cannot make an entry") }
        defer { archive_entry_free(entry) }
        archive_entry_copy_pathname(entry, (name + [0]).map { CChar(bitPattern: $0) })
        archive_entry_set_filetype(entry, 0o100000)
        archive_entry_set_perm(entry, 0o644)
        archive_entry_set_size(entry, Int64(data.count))
        archive_entry_set_mtime(entry, 1_500_000_000, 0)
        let label = String(decoding: name, as: UTF8.self)
        try check(archive_write_header(handle, entry), label)
        let written = data.withUnsafeBytes { archive_write_data(handle, $0.baseAddress, $0.count) }
        guard written == data.count else { throw Failure(description: "\(label): short write") }
    }

    /// Adds a file entry `name` holding `data`.
    public func add(_ name: String, _ data: [UInt8]) throws(Failure) {
        try add(nameBytes: Array(name.utf8), data)
    }

    /// Ends the archive: its trailer written and the file closed.
    public func close() throws(Failure) {
        closed = true
        try check(archive_write_close(handle), "closing")
    }

    /// Writes the archive `path` in `format` with `entries` (name and data), in order.
    public static func write(_ path: String, format: Format, _ entries: [(String, [UInt8])]) throws(Failure) {
        let writer = try ArchiveWriter(path: path, format: format)
        for (name, data) in entries { try writer.add(name, data) }
        try writer.close()
    }
}
