import Foundation
import VerbatimArchive

/// The parameters of a request's query string, decoded, in order, with the checks pages share.
struct QueryParameters: Sendable {
    /// Name and value pairs as given, percent-decoded, `+` as a space.
    let pairs: [(String, String)]

    /// The longest query string a request may have, in bytes.
    static let maxLength = 4_096

    /// The parameters of `query` (a URL's query string, without `?`).
    ///
    /// - Throws: ``PageError`` (400) when a name or value is not valid percent-encoded UTF-8.
    init(_ query: String?) throws {
        var pairs: [(String, String)] = []
        for part in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) throws -> String {
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                guard let value = spaced.removingPercentEncoding else {
                    throw PageError.badRequest("the query string's '\(text)' is not valid percent-encoded UTF-8")
                }
                return value
            }
            pairs.append((try decoded(halves[0]), halves.count > 1 ? try decoded(halves[1]) : ""))
        }
        self.pairs = pairs
    }

    /// The first value of `name`, trimmed; nil when absent or blank.
    subscript(_ name: String) -> String? {
        guard let value = pairs.first(where: { $0.0 == name })?.1.trimmingCharacters(in: .whitespacesAndNewlines),
              !value.isEmpty else { return nil }
        return value
    }

    /// Every non-blank value of `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.0 == name }.map { $0.1.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The output a request asks for.
    enum Format: String, Sendable {
        case html, json, csv
    }

    /// `format`: `html` (the default) or `json`, and `csv` where `csv` is allowed.
    func format(csv: Bool = false) throws -> Format {
        guard let value = self["format"] else { return .html }
        guard let format = Format(rawValue: value), format != .csv || csv else {
            throw PageError.badRequest("format must be html or json\(csv ? " or csv" : ""), not '\(value)'")
        }
        return format
    }

    /// A positive integer parameter at most `max`, or `fallback` when absent.
    func positive(_ name: String, default fallback: Int, max: Int) throws -> Int {
        guard let value = self[name] else { return fallback }
        guard let n = Int(value), n >= 1 else {
            throw PageError.badRequest("\(name) must be a positive whole number, not '\(value)'")
        }
        guard n <= max else { throw PageError.badRequest("\(name) must be at most \(max), not \(n)") }
        return n
    }

    /// The page of a list from `name` (default `page`) and `size`: 50 rows unless `size` says (at most 200).
    func paging(_ name: String = "page") throws -> Paging {
        Paging(page: try positive(name, default: 1, max: Paging.maxPage),
               size: try positive("size", default: Paging.defaultSize, max: Paging.maxSize))
    }

    /// An ISO date parameter (`since`, `until`), or nil when absent.
    func date(_ name: String) throws -> String? {
        guard let value = self[name] else { return nil }
        if let problem = ISODate.problem(value) { throw PageError.badRequest("\(name): \(problem)") }
        return value
    }

    /// The parameters with `name` set to `value` (replacing its values; removed when nil), the others as given.
    func with(_ name: String, _ value: String?) -> [(String, String)] {
        var out = pairs.filter { $0.0 != name }
        if let value { out.append((name, value)) }
        return out
    }
}
