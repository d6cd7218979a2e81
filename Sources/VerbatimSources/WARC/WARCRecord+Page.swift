extension WARCRecord {
    /// What a record gives an import.
    public enum Content: Sendable {
        /// An HTML page: its bytes, the charset its HTTP header names, and the URI it was fetched from.
        case page(bytes: [UInt8], charset: String?, uri: String?)
        /// Not a page (another record type, a redirect, an image…): why, in a few words.
        case other(String)
    }

    /// The page this record holds, if it holds one: a `response` record with a successful HTTP response whose
    /// `Content-Type` is HTML (its HTTP header stripped, a gzip `Content-Encoding` undone), or a `resource` record of
    /// type HTML.
    public var content: Content { content(limit: 20_000_000) }

    /// ``content``, a gzip-encoded body expanding to at most `limit` bytes.
    public func content(limit: Int) -> Content {
        switch type {
        case "response":
            guard let response = HTTPResponse(block: block) else { return .other("not an HTTP response") }
            guard (200..<300).contains(response.status) else { return .other("HTTP status \(response.status)") }
            guard let contentType = response.contentType, HTTPResponse.isHTML(contentType) else {
                return .other(response.contentType.map { "not HTML (\($0))" } ?? "no Content-Type")
            }
            switch response.fields["content-encoding"]?.lowercased() {
            case nil, "identity":
                return .page(bytes: response.body, charset: response.charset, uri: targetURI)
            case "gzip", "x-gzip":
                guard let body = Self.gunzipped(response.body, limit: limit) else {
                    return .other("a gzip body that cannot be read")
                }
                return .page(bytes: body, charset: response.charset, uri: targetURI)
            case let coding?:
                return .other("compressed body (Content-Encoding: \(coding))")
            }
        case "resource":
            guard let contentType, HTTPResponse.isHTML(contentType) else { return .other("not HTML") }
            return .page(bytes: block, charset: HTTPResponse.charset(in: contentType), uri: targetURI)
        default:
            return .other("a \(type.isEmpty ? "untyped" : type) record")
        }
    }

    /// The gzip data `bytes` decompressed (bytes that are not gzip as they are), nil when broken or larger than
    /// `limit`.
    static func gunzipped(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
        guard let reader = try? ArchiveReader(bytes: bytes, name: "body.gz"), (try? reader.next()) != nil else {
            return nil
        }
        return try? reader.readData(limit: limit)
    }
}
