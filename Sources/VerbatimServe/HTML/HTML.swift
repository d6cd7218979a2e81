import Foundation

/// HTML text: every string from the archive or the request goes through ``escape(_:)`` before it is written into a
/// page, in text and in attribute values alike.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as character references, so that it shows as written wherever
    /// it stands in a page (text or a quoted attribute value).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link to `href` (escaped) showing `text` (escaped).
    static func link(_ href: String, _ text: String, class name: String? = nil) -> String {
        "<a href=\"\(escape(href))\"" + (name.map { " class=\"\($0)\"" } ?? "") + ">\(escape(text))</a>"
    }

    /// `value` encoded for a URL's path segment or query value: everything but unreserved characters is
    /// percent-encoded.
    static func urlComponent(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `path` with `parameters` as its query string (none when empty), values percent-encoded.
    static func url(_ path: String, _ parameters: [(String, String)]) -> String {
        guard !parameters.isEmpty else { return path }
        return path + "?" + parameters.map { urlComponent($0.0) + "=" + urlComponent($0.1) }.joined(separator: "&")
    }

    /// A table of `columns` (escaped header cells) and rows of HTML cells as given (each escaped by its maker).
    static func table(_ columns: [String], _ rows: [[String]], class name: String = "rows") -> String {
        var out = "<table class=\"\(name)\"><thead><tr>"
        for column in columns { out += "<th>\(escape(column))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// A number with thousands separators (`12,345`).
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
