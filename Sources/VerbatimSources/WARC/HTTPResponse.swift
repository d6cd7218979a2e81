/// An HTTP response as a WARC `response` record holds it: status line, header fields, body.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header fields by lowercased name; a repeated field keeps its first value.
    public var fields: [String: String]
    /// The body, chunked transfer coding undone.
    public var body: [UInt8]

    /// Parses `block`; nil when it does not start with an HTTP status line and a header ended by a blank line.
    public init?(block: [UInt8]) {
        guard block.starts(with: Array("HTTP/".utf8)) else { return nil }
        var fields: [String: String] = [:]
        var position = 0
        var status: Int?
        while position < block.count {
            guard let newline = block[position...].firstIndex(of: 0x0A) else { return nil }
            var line = block[position..<newline]
            if line.last == 0x0D { line = line.dropLast() }
            position = newline + 1
            if status == nil {
                // `HTTP/1.1 200 OK`
                let code = line.split(separator: 0x20).dropFirst().first
                status = code.flatMap { Int(String(decoding: $0, as: UTF8.self)) }
                guard status != nil else { return nil }
                continue
            }
            if line.isEmpty { break }
            var record = WARCRecord(version: "")
            record.add(headerLine: line)
            for (name, value) in record.fields where fields[name] == nil { fields[name] = value }
        }
        guard let status else { return nil }
        self.status = status
        self.fields = fields
        let rest = Array(block[min(position, block.count)...])
        let chunked = fields["transfer-encoding"]?.lowercased().contains("chunked") ?? false
        body = chunked ? Self.unchunked(rest) : rest
    }

    public var contentType: String? { fields["content-type"] }

    /// The charset the `Content-Type` names (`text/html; charset=windows-1252`), lowercased.
    public var charset: String? { contentType.flatMap(Self.charset(in:)) }

    /// Whether a `Content-Type` value is an HTML page.
    public static func isHTML(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.hasPrefix("text/html") || type.hasPrefix("application/xhtml+xml")
    }

    /// The `charset` parameter of a `Content-Type` value, lowercased and unquoted.
    public static func charset(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, String(parts[0]).trimmed.lowercased() == "charset" else { continue }
            let value = String(parts[1]).trimmed.lowercased().filter { $0 != "\"" && $0 != "'" }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The body of a chunked transfer coding: each chunk's hexadecimal size line, then its bytes. What cannot be
    /// read as chunks is kept as it is.
    static func unchunked(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var position = 0
        while position < bytes.count {
            guard let newline = bytes[position...].firstIndex(of: 0x0A) else { return bytes }
            let sizeText = String(decoding: bytes[position..<newline], as: UTF8.self)
                .split(separator: ";").first.map { String($0).trimmingCharacters(in: [" ", "\r", "\t"]) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return bytes }
            if size == 0 { return out }
            let start = newline + 1
            guard start + size <= bytes.count else { return bytes }
            out += bytes[start..<(start + size)]
            position = start + size
            while position < bytes.count, bytes[position] == 0x0D || bytes[position] == 0x0A { position += 1 }
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop(while: set.contains).reversed().drop(while: set.contains).reversed())
    }
}
