/// Turns the bytes of an article file into text.
///
/// UTF-8 is read as is (a byte-order mark dropped). Bytes that are not valid UTF-8 but read as Windows-1252, the
/// encoding of many older archives (“smart quotes” as bytes 0x93 and 0x94), are decoded as such, with a warning.
/// Empty files and binary data are refused.
public enum TextDecoder {
    /// The decoded text, and whether it was decoded as Windows-1252.
    public struct Decoded: Sendable {
        public var text: String
        public var isWindows1252: Bool
    }

    /// Why bytes are not an article's text.
    public enum Failure: Error, Equatable, CustomStringConvertible, Sendable {
        case empty
        case binary

        public var description: String {
            switch self {
            case .empty: "empty file"
            case .binary: "binary data, not text"
            }
        }
    }

    /// Decodes `bytes`.
    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, Failure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        var controls = 0
        for byte in body {
            if byte == 0 { return .failure(.binary) }
            if byte < 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09, byte != 0x0C { controls += 1 }
        }
        if controls * 20 > body.count { return .failure(.binary) }
        if let text = String(validating: body, as: UTF8.self) {
            return .success(Decoded(text: text, isWindows1252: false))
        }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            if byte >= 0x80, byte < 0xA0 {
                let value = windows1252[Int(byte - 0x80)]
                // The five bytes Windows-1252 leaves undefined are kept as the C1 controls they are in Latin-1.
                scalars.append(Unicode.Scalar(value == 0 ? UInt32(byte) : UInt32(value))!)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return .success(Decoded(text: String(scalars), isWindows1252: true))
    }

    /// Code points of Windows-1252 bytes 0x80–0x9F; 0 where the byte is undefined.
    private static let windows1252: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]
}
