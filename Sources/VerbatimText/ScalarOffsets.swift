/// Converts UTF-8 byte offsets in a text to Unicode scalar offsets, the unit the archive stores (so that
/// `substr(text, start + 1, end - start)` in sqlite3 returns the span).
public struct ScalarOffsets: Sendable {
    /// For each UTF-8 offset, the number of scalars before it; one entry more than the text has bytes.
    private let table: [Int32]

    public init(_ text: String) {
        var table = [Int32]()
        table.reserveCapacity(text.utf8.count + 1)
        var scalars: Int32 = 0
        for byte in text.utf8 {
            // Every byte that is not a continuation byte starts a scalar.
            if byte & 0xC0 != 0x80 { scalars += 1 }
            table.append(scalars - (byte & 0xC0 != 0x80 ? 1 : 0))
        }
        table.append(scalars)
        self.table = table
    }

    /// The scalar offset of UTF-8 offset `byte` (clamped to the text).
    public func scalar(_ byte: Int) -> Int {
        Int(table[max(0, min(byte, table.count - 1))])
    }

    /// The scalar range of a UTF-8 range.
    public func scalars(_ range: Range<Int>) -> Range<Int> {
        scalar(range.lowerBound)..<scalar(range.upperBound)
    }
}
