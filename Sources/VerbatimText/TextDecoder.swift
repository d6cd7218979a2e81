/// Turns the bytes of an article file into text.
///
/// - UTF-8 is read as is (a byte-order mark dropped).
/// - UTF-16 with a byte-order mark (`FF FE` little-endian, `FE FF` big-endian) is decoded; unpaired surrogates become
///   U+FFFD.
/// - Bytes that are not valid UTF-8 are decoded as Windows-1252, the encoding of many older archives (“smart quotes”
///   as bytes 0x93 and 0x94), only when the whole file reads cleanly as it: no valid UTF-8 multi-byte sequence, and
///   every byte above 0x7F one that Windows-1252 defines.
/// - Otherwise a file that is mostly UTF-8 (it has valid multi-byte sequences, or its invalid bytes are few: at most
///   4, or one in a hundred) keeps its text, each invalid sequence replaced by U+FFFD where it stands.
///
/// The decoded value says how many bytes were replaced, so that the caller can warn. Empty and blank files, binary
/// data (NUL bytes, or more than one control character in twenty), HTML pages and text in another encoding are
/// refused. The bytes are scanned once, eight at a time where they are plain ASCII.
public enum TextDecoder {
    /// The encodings an article file may be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16LittleEndian = "UTF-16LE"
        case utf16BigEndian = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    /// The decoded text, the encoding it was read in, and how many bytes were replaced by U+FFFD.
    public struct Decoded: Sendable, Equatable {
        public var text: String
        public var encoding: Encoding
        /// Bytes that were not valid in ``encoding``, replaced by U+FFFD (one for each invalid sequence).
        public var replacedBytes: Int

        /// What the reader of an import should know: a guessed encoding or replaced bytes; nil for valid UTF-8 or
        /// UTF-16.
        public var warning: String? {
            if encoding == .windows1252 { return "not valid UTF-8; decoded as Windows-1252" }
            guard replacedBytes > 0 else { return nil }
            let bytes = replacedBytes == 1 ? "byte" : "bytes"
            let name = encoding == .utf8 ? "UTF-8" : "UTF-16"
            return "\(replacedBytes) invalid \(name) \(bytes) replaced by U+FFFD"
        }
    }

    /// Why bytes are not an article's text.
    public enum Failure: Error, Equatable, CustomStringConvertible, Sendable {
        case empty
        /// Only spaces, tabs and line breaks.
        case blank
        case binary
        /// An HTML page (`<!DOCTYPE html`, `<html`, `<head`, `<body`), which would be stored with its markup.
        case html
        /// Neither UTF-8, UTF-16 with a byte-order mark, nor Windows-1252: `invalid` of `total` bytes are not UTF-8.
        case unknownEncoding(invalid: Int, total: Int)

        public var description: String {
            switch self {
            case .empty: "empty file"
            case .blank: "only whitespace, no text"
            case .binary: "binary data, not text"
            case .html: "an HTML page, not plain text"
            case .unknownEncoding(let invalid, let total):
                "not text in UTF-8, UTF-16 or Windows-1252 (\(invalid) of \(total) bytes are not UTF-8)"
            }
        }
    }

    /// Decodes `bytes`.
    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return decodeUTF16(bytes, bigEndian: false) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return decodeUTF16(bytes, bigEndian: true) }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes.withUnsafeBufferPointer { all in
            let body = UnsafeBufferPointer(rebasing: all[start...])
            let scan = Scan(body)
            if let failure = scan.failure(isHTML: isHTMLPage(body)) { return .failure(failure) }
            if scan.invalid == 0 {
                return .success(Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8, replacedBytes: 0))
            }
            if scan.multiByte == 0, scan.undefinedInWindows1252 == 0 {
                return .success(Decoded(text: windows1252(body), encoding: .windows1252, replacedBytes: 0))
            }
            if scan.multiByte > 0 || scan.invalid <= max(4, body.count / 100) {
                // The standard library replaces each maximal invalid subsequence by one U+FFFD, as Unicode advises.
                return .success(Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8,
                                        replacedBytes: scan.invalid))
            }
            return .failure(.unknownEncoding(invalid: scan.invalid, total: body.count))
        }
    }

    /// Why `text`, decoded already (a JSON line's), is not an article's text: empty, blank, binary (NUL or many
    /// control characters) or an HTML page; nil when it is one.
    public static func check(_ text: String) -> Failure? {
        var text = text
        return text.withUTF8 { Scan($0).failure(isHTML: isHTMLPage($0)) }
    }

    /// Whether `text` is an HTML page: after a byte-order mark, whitespace, an XML declaration and comments, it starts
    /// with `<!DOCTYPE html`, `<html`, `<head` or `<body` (in any case). Only the first kilobyte is looked at.
    public static func isHTMLPage(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isHTMLPage(UnsafeBufferPointer(rebasing: $0.prefix(1024))) }
    }

    static func isHTMLPage(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let limit = min(bytes.count, 1024)
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        func skip(to closing: [UInt8]) -> Bool {
            while i + closing.count <= limit {
                if closing.indices.allSatisfy({ bytes[i + $0] == closing[$0] }) {
                    i += closing.count
                    return true
                }
                i += 1
            }
            return false
        }
        while true {
            while i < limit, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            if starts(bytes, at: i, with: "<?xml") {
                guard skip(to: Array("?>".utf8)) else { return false }
            } else if starts(bytes, at: i, with: "<!--") {
                guard skip(to: Array("-->".utf8)) else { return false }
            } else {
                break
            }
        }
        for tag in ["<!doctype html", "<html", "<head", "<body"] where starts(bytes, at: i, with: tag) {
            // `<header>` is not `<head`: the name must end there.
            let end = i + tag.utf8.count
            guard end < bytes.count else { return true }
            let next = bytes[end]
            if next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x0A || next == 0x0D
                || next == 0x09 {
                return true
            }
        }
        return false
    }

    /// Whether `bytes` at `index` start with the lowercase ASCII `prefix`, in any case.
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, with prefix: String) -> Bool {
        var i = index
        for expected in prefix.utf8 {
            guard i < bytes.count else { return false }
            let b = bytes[i]
            let lower = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b
            guard lower == expected else { return false }
            i += 1
        }
        return true
    }

    /// Decodes UTF-16 after its byte-order mark; unpaired surrogates and an odd last byte are replaced by U+FFFD.
    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> Result<Decoded, Failure> {
        let count = (bytes.count - 2) / 2
        var units = [UInt16](repeating: 0, count: count)
        for i in 0..<count {
            let a = UInt16(bytes[2 + 2 * i])
            let b = UInt16(bytes[3 + 2 * i])
            units[i] = bigEndian ? a << 8 | b : b << 8 | a
        }
        var replaced = bytes.count % 2
        var i = 0
        while i < count {
            let unit = units[i]
            if unit & 0xFC00 == 0xD800, i + 1 < count, units[i + 1] & 0xFC00 == 0xDC00 {
                i += 2
                continue
            }
            if unit & 0xF800 == 0xD800 { replaced += 2 }
            i += 1
        }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 { text.unicodeScalars.append("\u{FFFD}") }
        if count == 0, replaced == 0 { return .failure(.empty) }
        let failure = text.withUTF8 { utf8 in Scan(utf8).failure(isHTML: isHTMLPage(utf8)) }
        if let failure { return .failure(failure) }
        return .success(Decoded(text: text, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian,
                                replacedBytes: replaced))
    }

    /// Decodes bytes as Windows-1252; the five bytes it leaves undefined become U+FFFD.
    private static func windows1252(_ body: UnsafeBufferPointer<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(body.count + body.count / 8)
        for byte in body {
            if byte < 0x80 {
                utf8.append(byte)
                continue
            }
            let table = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt16(byte)
            let value = table == 0 ? 0xFFFD : table
            if value < 0x800 {
                utf8.append(0xC0 | UInt8(value >> 6))
            } else {
                utf8.append(0xE0 | UInt8(value >> 12))
                utf8.append(0x80 | UInt8((value >> 6) & 0x3F))
            }
            utf8.append(0x80 | UInt8(value & 0x3F))
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Code points of Windows-1252 bytes 0x80–0x9F; 0 where the byte is undefined.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]
}

extension TextDecoder {
    /// What one pass over the bytes found: NUL bytes, control characters, text, valid and invalid UTF-8.
    struct Scan {
        var nul = false
        /// Control characters other than tab, line feed, form feed and carriage return.
        var controls = 0
        /// Whether any byte is not a space, tab or line break.
        var hasText = false
        /// Valid UTF-8 sequences of two to four bytes.
        var multiByte = 0
        /// Bytes in invalid UTF-8 sequences.
        var invalid = 0
        /// Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
        var undefinedInWindows1252 = 0
        let count: Int

        init(_ p: UnsafeBufferPointer<UInt8>) {
            count = p.count
            var i = 0
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let spaces: UInt64 = 0x2020_2020_2020_2020
            while i < count {
                if i + 8 <= count, let base = p.baseAddress {
                    // Eight ASCII bytes, none below 0x20 (which includes line breaks): nothing to count.
                    let x = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if x & highs == 0, (x &- ones &* 0x20) & ~x & highs == 0 {
                        if x != spaces { hasText = true }
                        i += 8
                        continue
                    }
                }
                let b = p[i]
                if b < 0x80 {
                    if b < 0x20 {
                        if b == 0 { nul = true }
                        if b != 0x09, b != 0x0A, b != 0x0C, b != 0x0D { controls += 1 }
                    } else if b != 0x20 {
                        hasText = true
                    }
                    i += 1
                    continue
                }
                hasText = true
                let length = Self.sequence(p, at: i)
                if length > 0 {
                    multiByte += 1
                    i += length
                } else {
                    // An invalid sequence: its maximal valid prefix, at least one byte.
                    let bad = max(1, -length)
                    for j in i..<(i + bad) where Self.isUndefinedInWindows1252(p[j]) { undefinedInWindows1252 += 1 }
                    invalid += bad
                    i += bad
                }
            }
        }

        /// The length of the valid UTF-8 sequence starting at `i` with a byte above 0x7F, or minus the length of its
        /// longest valid prefix (Unicode's table 3-7 of well-formed sequences).
        static func sequence(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
            let b = p[i]
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return -1
            }
            guard i + 1 < p.count, p[i + 1] >= low, p[i + 1] <= high else { return -1 }
            var j = i + 2
            while j < i + length {
                guard j < p.count, p[j] & 0xC0 == 0x80 else { return -(j - i) }
                j += 1
            }
            return length
        }

        static func isUndefinedInWindows1252(_ byte: UInt8) -> Bool {
            byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
        }

        /// Why these bytes are refused before any decoding, if they are.
        func failure(isHTML: Bool) -> Failure? {
            if count == 0 { return .empty }
            if nul || controls * 20 > count { return .binary }
            if !hasText { return .blank }
            if isHTML { return .html }
            return nil
        }
    }
}
