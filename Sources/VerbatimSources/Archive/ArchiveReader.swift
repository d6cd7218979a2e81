import CArchive
import Foundation

/// Reads the entries of an archive or compressed file with libarchive, one after another, without unpacking to disk.
///
/// A reader reads a file (``init(path:name:limits:budget:)``) or bytes in memory, such as an archive inside an archive
/// (``init(bytes:name:limits:budget:)``). What it reads depends on the name (``ContainerKind``): zip, tar (plain, gzip,
/// bzip2, xz), 7z and the like are archives of entries; a single `.gz`, `.bz2` or `.xz` file, and a WARC file
/// (compressed or not), are one stream of bytes, given as one entry named after the file less its compression suffix.
///
/// Every entry's data is counted against the ``Limits``: an entry over ``Limits/entryBytes`` is refused (the next
/// entry can still be read), and an archive that expands past ``Limits/ratio`` times the bytes read from it, or a
/// budget of ``Limits/totalBytes`` shared with the archives nested in it, stops with ``Failure/Kind/bomb``.
public final class ArchiveReader {
    /// The archive's name in messages: its path, or for a nested archive `outer.zip:inner.tar`.
    public let name: String
    public let kind: ContainerKind
    public let limits: Limits
    /// Bytes of entry data handed out, shared with the readers of archives nested in this one.
    public let budget: Budget

    private let handle: OpaquePointer
    /// The bytes read from, for an archive in memory: libarchive reads them in place until the reader is freed.
    private let memory: UnsafeMutableRawBufferPointer?
    /// The entry being read, and how many entries came before it.
    public private(set) var current: Entry?
    public private(set) var entriesRead = 0
    /// Bytes of entry data this reader handed out (after decompression).
    public private(set) var expandedBytes = 0

    /// Opens the file at `path`, named `name` in messages (the path itself by default).
    ///
    /// - Throws: ``Failure`` when the file cannot be opened or its format is not one libarchive can read.
    public convenience init(path: String, name: String? = nil, limits: Limits = Limits(), budget: Budget = Budget())
        throws(Failure) {
        try self.init(name: name ?? path, source: .file(path), limits: limits, budget: budget)
    }

    /// Opens an archive held in memory (an entry of another archive), named `name` (`outer.zip:inner.tar.gz`).
    public convenience init(bytes: [UInt8], name: String, limits: Limits = Limits(), budget: Budget = Budget())
        throws(Failure) {
        try self.init(name: name, source: .bytes(bytes), limits: limits, budget: budget)
    }

    private enum Source {
        case file(String)
        case bytes([UInt8])
    }

    private init(name: String, source: Source, limits: Limits, budget: Budget) throws(Failure) {
        self.name = name
        self.kind = ContainerKind.of(name) ?? .archive
        self.limits = limits
        self.budget = budget
        guard let handle = archive_read_new() else {
            throw Failure(name, .unreadable, "libarchive cannot start a reader")
        }
        self.handle = handle
        if case .bytes(let bytes) = source {
            let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 1)
            copy.copyBytes(from: bytes)
            memory = UnsafeMutableRawBufferPointer(rebasing: copy[0..<bytes.count])
        } else {
            memory = nil
        }
        // Every stored property is set: a throw from here on frees the handle and the copy in `deinit`.
        if let missing = ContainerKind.missingSupport(name) { throw Failure(name, .unsupported, missing) }
        Self.enableFormats(handle, kind: kind)
        let opened: Int32
        switch source {
        case .file(let path): opened = archive_read_open_filename(handle, path, 1 << 16)
        case .bytes: opened = archive_read_open_memory(handle, memory?.baseAddress, memory?.count ?? 0)
        }
        guard opened == ARCHIVE_OK || opened == ARCHIVE_WARN else { throw unopened }
    }

    deinit {
        archive_read_free(handle)
        if let memory, let base = memory.baseAddress { base.deallocate() }
    }

    /// libarchive's message for the last error, or `unknown error`.
    var errorText: String {
        guard let text = archive_error_string(handle) else { return "unknown error" }
        return String(decoding: UnsafeRawBufferPointer(start: text, count: strlen(text)), as: UTF8.self)
    }

    /// Bytes read from the archive itself (compressed), for progress and the expansion ratio.
    public var sourceBytesRead: Int { Int(max(0, archive_filter_bytes(handle, -1))) }

    /// Bytes the archive has expanded to: the data handed out, or the decompressed stream read (which counts the
    /// entries skipped too), whichever is more.
    var expansion: Int { max(expandedBytes, Int(max(0, archive_filter_bytes(handle, 0)))) }

    /// The next entry, or nil at the end of the archive; the previous entry's unread data is skipped.
    ///
    /// - Throws: ``Failure`` when the archive is corrupt or truncated (naming the entry after which it broke), or a
    ///   format or compression it needs is missing from libarchive.
    public func next() throws(Failure) -> Entry? {
        var entry: OpaquePointer?
        let status = archive_read_next_header(handle, &entry)
        if status == ARCHIVE_EOF { return nil }
        guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
            throw brokenHeader()
        }
        let read = Entry(entry, kind: kind, archiveName: name)
        current = read
        entriesRead += 1
        try checkExpansion()
        return read
    }

    /// The failure of an archive that cannot be opened: no format fits it, or its compressed stream is broken
    /// (`truncated gzip input`).
    private var unopened: Failure {
        let text = errorText
        if text.hasPrefix("Unrecognized") || text.isEmpty {
            return Failure(name, .unknownFormat, "not an archive libarchive can read (\(text))")
        }
        return Failure(name, .corrupt, "corrupt archive (\(text))")
    }

    /// The failure of a header that cannot be read: the format or compression missing, an archive that is not one, or
    /// a corrupt one (after the last entry read).
    private func brokenHeader() -> Failure {
        guard let last = current else { return unopened }
        return Failure(name, .corrupt, "corrupt archive after \(last.path) (\(errorText))")
    }

    /// The data of the current entry, at most `limit` bytes.
    ///
    /// - Throws: ``Failure/Kind/tooLarge`` when the entry is larger than `limit` (the rest of the archive can still be
    ///   read); ``Failure/Kind/bomb`` or ``Failure/Kind/corrupt`` when the archive must stop.
    public func readData(limit: Int) throws(Failure) -> [UInt8] {
        let entryName = current.map { "\(name):\($0.path)" } ?? name
        if let size = current?.size, size > limit { throw Failure(entryName, .tooLarge(size: size, limit: limit), "") }
        var bytes: [UInt8] = []
        if let size = current?.size { bytes.reserveCapacity(size) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try readChunk(&chunk)
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else {
                throw Failure(entryName, .tooLarge(size: bytes.count + count, limit: limit), "")
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Reads up to `chunk.count` bytes of the current entry into `chunk`; returns how many, 0 at its end.
    ///
    /// - Throws: ``Failure/Kind/bomb`` when the archive expands past its limits, ``Failure/Kind/corrupt`` when its data
    ///   is broken or truncated.
    public func readChunk(_ chunk: inout [UInt8]) throws(Failure) -> Int {
        let count = chunk.withUnsafeMutableBytes { buffer in
            archive_read_data(handle, buffer.baseAddress, buffer.count)
        }
        guard count >= 0 else {
            let entry = current.map { "\(name):\($0.path)" } ?? name
            if errorText.hasPrefix("Unsupported") { throw Failure(entry, .unsupported, errorText) }
            throw Failure(entry, .corrupt, "corrupt archive here (\(errorText))")
        }
        expandedBytes += count
        budget.expanded += count
        try checkExpansion()
        return count
    }

    /// Stops an archive that expands too much: past the budget shared with nested archives, or more than the limit's
    /// ratio to the bytes read from it once past ``Limits/ratioFloor`` (entries skipped unread count too).
    private func checkExpansion() throws(Failure) {
        if budget.expanded > limits.totalBytes {
            throw Failure(name, .bomb, "expands past \(Self.megabytes(limits.totalBytes)) of data; a decompression "
                + "bomb? The rest of it is not read")
        }
        let source = max(1, sourceBytesRead)
        let expansion = expansion
        if expansion > limits.ratioFloor, expansion / source > limits.ratio {
            throw Failure(name, .bomb, "expands \(expansion / source) times (\(Self.megabytes(expansion)) "
                + "from \(Self.megabytes(source))), past the limit of \(limits.ratio); a decompression bomb? The rest "
                + "of it is not read")
        }
    }

    /// `12.5 MB`: a byte count in megabytes with at most one decimal, kilobytes or bytes under that.
    static func megabytes(_ bytes: Int) -> String {
        if bytes >= 1_000_000 {
            let text = String(format: "%.1f", Double(bytes) / 1e6)
            return (text.hasSuffix(".0") ? String(text.dropLast(2)) : text) + " MB"
        }
        return bytes >= 1_000 ? "\(bytes / 1_000) kB" : "\(bytes) B"
    }
}
