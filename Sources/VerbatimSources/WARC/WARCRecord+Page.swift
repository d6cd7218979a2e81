extension WARCRecord {
    /// What a record gives an import.
    public enum Content: Sendable {
        /// An HTML page: its bytes, the charset its HTTP header names, and the URI it was fetched from.
        case page(bytes: [UInt8], charset: String?, uri: String?)
        /// Not a page (another record type, a redirect, an image…): why, in a few words.
        case other(String)
    }

    /// The page this record holds, if it holds one: a `response` record with a successful HTTP response whose
    /// `Content-Type` is HTML (its HTTP header stripped), or a `resource` record of type HTML.
    public var content: Content {
        switch type {
        case "response":
            guard let response = HTTPResponse(block: block) else { return .other("not an HTTP response") }
            guard (200..<300).contains(response.status) else { return .other("HTTP status \(response.status)") }
            guard let contentType = response.contentType, HTTPResponse.isHTML(contentType) else {
                return .other(response.contentType.map { "not HTML (\($0))" } ?? "no Content-Type")
            }
            if let coding = response.fields["content-encoding"]?.lowercased(), coding != "identity" {
                return .other("compressed body (Content-Encoding: \(coding))")
            }
            return .page(bytes: response.body, charset: response.charset, uri: targetURI)
        case "resource":
            guard let contentType, HTTPResponse.isHTML(contentType) else { return .other("not HTML") }
            return .page(bytes: block, charset: HTTPResponse.charset(in: contentType), uri: targetURI)
        default:
            return .other("a \(type.isEmpty ? "untyped" : type) record")
        }
    }
}
