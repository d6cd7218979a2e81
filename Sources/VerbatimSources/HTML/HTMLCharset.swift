import Foundation

/// The encoding to read an HTML page in: the charset it was served with, else its `<meta charset>`, else UTF-8 when
/// its bytes are valid UTF-8, else Windows-1252 (what browsers assume of Western pages that say nothing).
enum HTMLCharset {
    /// The bytes to hand libxml2 and the encoding to read them in: UTF-8 and Windows-1252 pages are decoded here and
    /// handed over as valid UTF-8 (an invalid UTF-8 sequence becomes U+FFFD; a byte Windows-1252 leaves undefined, the
    /// control character of its value, as browsers do), since iconv stops at the first byte it cannot convert and
    /// the rest of the page would be lost; pages in other charsets go to iconv as they are.
    static func prepared(_ bytes: [UInt8], declared: String?) -> (bytes: [UInt8], encoding: String) {
        switch encoding(of: bytes, declared: declared) {
        case "UTF-8":
            return (isUTF8(bytes) ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8), "UTF-8")
        case "windows-1252":
            let text = String(bytes: bytes, encoding: .windowsCP1252)
                ?? String(bytes: bytes, encoding: .isoLatin1) ?? ""
            return (Array(text.utf8), "UTF-8")
        case let other:
            return (bytes, other)
        }
    }

    /// The name libxml2 (through iconv) reads the page `bytes` in.
    static func encoding(of bytes: [UInt8], declared: String?) -> String {
        if let declared, let name = normalized(declared) { return name }
        if let meta = metaCharset(bytes), let name = normalized(meta) { return name }
        return isUTF8(bytes) ? "UTF-8" : "windows-1252"
    }

    /// What the charset `name` is read as: ISO-8859-1 and ASCII as Windows-1252 (as the HTML standard says),
    /// UTF-8 under one spelling; nil for an empty name.
    static func normalized(_ name: String) -> String? {
        let lower = name.lowercased().filter { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        switch lower {
        case "", "-": return nil
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252",
             "x-cp1252", "iso_8859-1":
            return "windows-1252"
        default: return lower
        }
    }

    /// The charset a `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` names in
    /// the first 2 kB of the page.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(2048).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let key = Array("charset".utf8)
        var i = 0
        while i + key.count < head.count {
            guard head[i..<(i + key.count)].elementsEqual(key) else {
                i += 1
                continue
            }
            var j = i + key.count
            while j < head.count, head[j] == 0x20 { j += 1 }
            guard j < head.count, head[j] == UInt8(ascii: "=") else {
                i = j
                continue
            }
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
            let start = j
            while j < head.count, isNameByte(head[j]) { j += 1 }
            return j > start ? String(decoding: head[start..<j], as: UTF8.self) : nil
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    /// Whether `bytes` are valid UTF-8.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
