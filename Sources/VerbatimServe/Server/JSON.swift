import GRDB
import VerbatimArchive

/// A JSON value, as the pages' `?format=json` answers give their data.
indirect enum JSON: Sendable {
    case object([(String, JSON)])
    case array([JSON])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    /// A table as an array of objects, the columns as keys in order.
    case table(ResultTable)
    /// A page of a list: `page`, `size`, `has_more` and its `rows`.
    case listing(Listing)

    /// A string, or null for nil.
    static func string(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }

    /// The first row of `table` as an object, or null when it has none.
    static func row(_ table: ResultTable) -> JSON {
        guard let row = table.rows.first else { return .null }
        return .raw(ResultTable.jsonObject(table.columns, row))
    }

    /// JSON text made already.
    case raw(String)

    /// The value as JSON text.
    var rendered: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                out += ResultTable.jsonString(key) + ":"
                value.write(to: &out)
            }
            out += "}"
        case .array(let values):
            out += "["
            for (i, value) in values.enumerated() {
                if i > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .string(let text): out += ResultTable.jsonString(text)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .raw(let text): out += text
        case .table(let table):
            out += "[" + table.rows.map { ResultTable.jsonObject(table.columns, $0) }.joined(separator: ",") + "]"
        case .listing(let listing):
            JSON.object([
                ("page", .int(listing.paging.page)), ("size", .int(listing.paging.size)),
                ("has_more", .bool(listing.hasMore)), ("rows", .table(listing.table)),
            ]).write(to: &out)
        }
    }
}
