import Foundation
import GRDB

/// How rows are printed.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading in a terminal, long cells shortened.
    case table
    /// One JSON array of objects.
    case json
    /// One JSON object per line.
    case jsonl
    /// RFC 4180 CSV with a header row.
    case csv
    /// A GitHub-flavoured Markdown table.
    case markdown
}

/// Rows with named columns, as a query returns them, ready to print in any ``OutputFormat``.
public struct ResultTable: Sendable {
    public var columns: [String]
    public var rows: [[DatabaseValue]]

    public init(columns: [String], rows: [[DatabaseValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Runs `sql` with `arguments` and keeps every row.
    public static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> ResultTable {
        let statement = try db.makeStatement(sql: sql)
        statement.arguments = arguments
        return try fetch(statement)
    }

    /// Runs a compiled statement with the arguments it holds and keeps every row.
    static func fetch(_ statement: Statement) throws -> ResultTable {
        let columns = statement.columnNames
        var rows: [[DatabaseValue]] = []
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            rows.append(row.databaseValues.map { $0 })
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// The whole table in `format`, ending with a newline (nothing for an empty JSON Lines table).
    public func rendered(_ format: OutputFormat) -> String {
        var out = ""
        switch format {
        case .table:
            out = renderTable()
        case .json:
            out = "[" + rows.map { Self.jsonObject(columns, $0) }.joined(separator: ",\n ") + "]\n"
        case .jsonl:
            for row in rows { out += Self.jsonObject(columns, row) + "\n" }
        case .csv:
            out = Self.csvLine(columns) + "\n"
            for row in rows { out += Self.csvLine(row.map(Self.plain)) + "\n" }
        case .markdown:
            out = "| " + columns.joined(separator: " | ") + " |\n"
            out += "|" + columns.map { _ in " --- |" }.joined() + "\n"
            for row in rows {
                out += "| " + row.map { Self.oneLine(Self.plain($0)).replacingOccurrences(of: "|", with: "\\|") }
                    .joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// `text` with its line breaks as spaces; most cells have none, and are returned as they are.
    static func oneLine(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "\n")) ? text.replacingOccurrences(of: "\n", with: " ") : text
    }

    private func renderTable() -> String {
        let limit = 72
        let cells = rows.map { $0.map { Self.shorten(Self.oneLine(Self.plain($0)), limit) } }
        var widths = columns.map { $0.count }
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ items: [String]) -> String {
            var text = zip(items, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
                .joined(separator: "  ")
            // Padding only: a regular expression here would cost more than the query (ICU compiles it per process).
            while text.utf8.last == UInt8(ascii: " ") { text.removeLast() }
            return text
        }
        var out = line(columns) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in cells { out += line(row) + "\n" }
        out += "(\(rows.count) row\(rows.count == 1 ? "" : "s"))\n"
        return out
    }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A value as plain text: empty for NULL.
    public static func plain(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: ""
        case .int64(let v): String(v)
        case .double(let v): String(v)
        case .string(let v): v
        case .blob(let v): "<\(v.count) bytes>"
        }
    }

    /// One JSON object with the columns as keys, in order.
    public static func jsonObject(_ columns: [String], _ row: [DatabaseValue]) -> String {
        var out = "{"
        for (i, column) in columns.enumerated() {
            if i > 0 { out += "," }
            out += jsonString(column) + ":" + jsonValue(row[i])
        }
        return out + "}"
    }

    static func jsonValue(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "null"
        case .int64(let v): String(v)
        case .double(let v): v.isFinite ? String(v) : "null"
        case .string(let v): jsonString(v)
        case .blob(let v): jsonString(v.base64EncodedString())
        }
    }

    /// `text` as a JSON string literal.
    public static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Cells as one CSV line, quoted where needed.
    public static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            if cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return cell
        }.joined(separator: ",")
    }
}
