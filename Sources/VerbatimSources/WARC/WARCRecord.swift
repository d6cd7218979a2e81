/// A WARC record: its named header fields and its block.
public struct WARCRecord: Sendable {
    /// The first line: `WARC/1.0`.
    public var version: String
    /// Header fields by lowercased name; a repeated field keeps its first value.
    public var fields: [String: String] = [:]
    /// The block: for a `response` record, the HTTP response as received.
    public var block: [UInt8] = []

    public init(version: String, fields: [String: String] = [:], block: [UInt8] = []) {
        self.version = version
        self.fields = fields
        self.block = block
    }

    /// Adds a header line `Name: value`; a line without a colon is passed over.
    mutating func add(headerLine line: ArraySlice<UInt8>) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = String(decoding: line[..<colon], as: UTF8.self).trimmed.lowercased()
        let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmed
        if fields[name] == nil { fields[name] = value }
    }

    /// `response`, `request`, `warcinfo`, `resource`, `metadata`, `revisit`, `conversion`…, in lower case.
    public var type: String { fields["warc-type"]?.lowercased() ?? "" }
    /// The URI the record is of.
    public var targetURI: String? { fields["warc-target-uri"].map { $0.trimmingAngleBrackets } }
    public var contentType: String? { fields["content-type"] }
    public var contentLength: Int? { fields["content-length"].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil } }

    /// Whether the record may hold a web page: a response (an HTTP message) or a resource whose type is HTML.
    public var mayBePage: Bool {
        switch type {
        case "response": contentType.map { $0.lowercased().contains("application/http") } ?? true
        case "resource": contentType.map(HTTPResponse.isHTML) ?? false
        default: false
        }
    }
}

extension String {
    /// The string without spaces and tabs at either end.
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// `<http://x>` as `http://x` (WARC/0.18 wrote URIs in angle brackets).
    var trimmingAngleBrackets: String {
        hasPrefix("<") && hasSuffix(">") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
