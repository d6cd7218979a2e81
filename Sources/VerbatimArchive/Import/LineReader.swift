import Foundation
import VerbatimSources

/// Reads a file line by line in chunks, so a large JSON Lines archive never sits in memory whole.
///
/// A line longer than the limit is not kept: the reader says how long it was and goes on after its newline, holding
/// at most the limit and one chunk in memory.
struct LineReader: ~Copyable {
    /// One line of the file.
    enum Line: Equatable {
        /// The line's bytes, without its newline.
        case text([UInt8])
        /// A line of `size` bytes, over the limit, skipped.
        case tooLong(size: Int)
    }

    /// Where the bytes come from: a file (closed with the reader), or the current entry of an archive.
    private enum Source {
        case file(Int32)
        case entry(ArchiveReader)
    }

    private let source: Source
    private let limit: Int
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next newline goes on: the bytes from `position` up to it hold none, so a line longer
    /// than a chunk is looked through once.
    private var searched = 0
    private var atEnd = false

    /// Opens the regular file `path`; lines of more than `limit` bytes are skipped.
    init(path: String, limit: Int = .max, chunkSize: Int = 1 << 20) throws(InputFile.Failure) {
        switch InputFile.open(path) {
        case .failure(let failure): throw failure
        case .success(let opened): source = .file(opened.descriptor)
        }
        self.limit = limit
        self.chunkSize = max(1, chunkSize)
    }

    /// Reads the current entry of `archive`; lines of more than `limit` bytes are skipped.
    init(entryOf archive: ArchiveReader, limit: Int = .max, chunkSize: Int = 1 << 20) {
        source = .entry(archive)
        self.limit = limit
        self.chunkSize = max(1, chunkSize)
    }

    deinit {
        if case .file(let descriptor) = source { close(descriptor) }
    }

    /// The bytes of memory the buffer has taken: about the limit and one chunk at most, however long a line is.
    var bufferCapacity: Int { buffer.capacity }

    /// The next line, or nil at the end of the file.
    ///
    /// - Throws: ``InputFile/Failure/system(errno:)`` when reading fails (an input/output error).
    mutating func next() throws(InputFile.Failure) -> Line? {
        while true {
            if let newline = buffer[min(max(position, searched), buffer.count)...].firstIndex(of: 0x0A) {
                let length = newline - position
                defer { position = newline + 1 }
                return length > limit ? .tooLong(size: length) : .text(Array(buffer[position..<newline]))
            }
            searched = buffer.count
            if buffer.count - position > limit { return .tooLong(size: try skipLine()) }
            if atEnd {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return .text(Array(buffer[position...]))
            }
            buffer.removeFirst(position)
            searched -= position
            position = 0
            if try readChunk() == 0 { atEnd = true }
        }
    }

    /// Drops the rest of a line over the limit, chunk by chunk, up to and including its newline; returns its length.
    private mutating func skipLine() throws(InputFile.Failure) -> Int {
        var length = 0
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                length += newline - position
                position = newline + 1
                return length
            }
            length += buffer.count - position
            buffer.removeAll(keepingCapacity: true)
            position = 0
            searched = 0
            if atEnd { return length }
            if try readChunk() == 0 { atEnd = true }
        }
    }

    /// Appends up to one chunk to the buffer; returns the bytes read, 0 at the end of the file.
    ///
    /// - Throws: ``InputFile/Failure/system(errno:)`` when reading the file fails, ``InputFile/Failure/archive(_:)``
    ///   when the archive does (corrupt, a decompression bomb).
    private mutating func readChunk() throws(InputFile.Failure) -> Int {
        if case .entry(let archive) = source {
            var chunk = [UInt8](repeating: 0, count: chunkSize)
            let n: Int
            do {
                n = try archive.readChunk(&chunk)
            } catch {
                throw .archive(error)
            }
            buffer.append(contentsOf: chunk[0..<n])
            return n
        }
        guard case .file(let descriptor) = source else { return 0 }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        while true {
            let n = buffer.withUnsafeMutableBytes { bytes in
                read(descriptor, bytes.baseAddress.map { $0 + start }, chunkSize)
            }
            let code = errno
            if n < 0, code == EINTR { continue }
            buffer.removeLast(chunkSize - max(0, n))
            if n < 0 { throw .system(errno: code) }
            return n
        }
    }
}
