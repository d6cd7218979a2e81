/// Reads the records of a WARC file (ISO 28500) one after another, from the decompressed stream an
/// ``ArchiveReader`` gives (a `.warc.gz` is a gzip member per record; libarchive reads them as one stream).
///
/// A record is a `WARC/1.0` line, header lines `Name: value`, a blank line, then `Content-Length` bytes of block.
/// Only the block of a record asked for is kept in memory; one over the limit is skipped chunk by chunk.
public final class WARCReader {
    private let reader: ArchiveReader
    private var buffer: [UInt8] = []
    private var position = 0
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)
    private var atEnd = false
    /// Records read so far.
    public private(set) var recordsRead = 0

    /// The largest header of a record, in bytes: more is not a WARC file.
    static let headerLimit = 1 << 16

    /// Reads the WARC stream of `reader`, which must be positioned on its one entry (``ArchiveReader/next()``).
    public init(_ reader: ArchiveReader) {
        self.reader = reader
    }

    /// What reading a record gives.
    public enum Next {
        /// A record and its block.
        case record(WARCRecord)
        /// A record whose block is over the limit, skipped: its header, and the block's size.
        case tooLarge(WARCRecord, size: Int)
    }

    /// The next record, with its block when `wanted` says so of its header and it is at most `limit` bytes; nil at
    /// the end of the file.
    ///
    /// - Throws: ``ArchiveReader/Failure`` when the stream is not WARC, is truncated, or its archive fails.
    public func next(limit: Int, wanted: (WARCRecord) -> Bool) throws(ArchiveReader.Failure) -> Next? {
        guard var record = try header() else { return nil }
        recordsRead += 1
        guard let length = record.contentLength else {
            throw failure("record \(recordsRead) has no valid Content-Length")
        }
        guard wanted(record) else {
            try skip(length)
            return .record(record)
        }
        guard length <= limit else {
            try skip(length)
            return .tooLarge(record, size: length)
        }
        record.block = try take(length)
        return .record(record)
    }

    /// The header of the next record, nil at the end of the stream.
    private func header() throws(ArchiveReader.Failure) -> WARCRecord? {
        var line: ArraySlice<UInt8>
        repeat {  // the blank lines that end the record before
            guard let next = try readLine() else { return nil }
            line = next
        } while line.isEmpty
        guard line.starts(with: Array("WARC/".utf8)) else {
            let start = String(decoding: line.prefix(20), as: UTF8.self)
            throw failure("not a WARC record after record \(recordsRead) (a line starts '\(start)')")
        }
        var record = WARCRecord(version: String(decoding: line, as: UTF8.self))
        var size = line.count
        while true {
            guard let field = try readLine() else {
                throw failure("truncated in the header of record \(recordsRead + 1)")
            }
            if field.isEmpty { return record }
            size += field.count
            guard size <= Self.headerLimit else { throw failure("record \(recordsRead + 1) has a header over 64 kB") }
            record.add(headerLine: field)
        }
    }

    /// The next line without its line break (CRLF or LF), nil at the end of the stream.
    private func readLine() throws(ArchiveReader.Failure) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var end = newline
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[position..<end]
                position = newline + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return buffer[position...]
            }
            guard buffer.count - position <= Self.headerLimit else { throw failure("a header line over 64 kB") }
            try fill()
        }
    }

    /// Reads one more chunk of the stream into the buffer, dropping what was used.
    private func fill() throws(ArchiveReader.Failure) {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        let count = try reader.readChunk(&chunk)
        if count == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[0..<count]) }
    }

    /// The next `count` bytes of the stream.
    private func take(_ count: Int) throws(ArchiveReader.Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        try advance(count) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Passes over the next `count` bytes of the stream.
    private func skip(_ count: Int) throws(ArchiveReader.Failure) {
        try advance(count) { _ in }
    }

    /// Goes `count` bytes on in the stream, handing each run of them in the buffer to `use`.
    private func advance(_ count: Int, _ use: (ArraySlice<UInt8>) -> Void) throws(ArchiveReader.Failure) {
        var left = count
        while left > 0 {
            if position == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                position = 0
                let read = try reader.readChunk(&chunk)
                guard read > 0 else { throw failure("record \(recordsRead) is truncated") }
                buffer.append(contentsOf: chunk[0..<read])
            }
            let n = min(left, buffer.count - position)
            use(buffer[position..<(position + n)])
            position += n
            left -= n
        }
    }

    private func failure(_ reason: String) -> ArchiveReader.Failure {
        ArchiveReader.Failure(reader.name, .corrupt, "corrupt WARC file: \(reason)")
    }
}
