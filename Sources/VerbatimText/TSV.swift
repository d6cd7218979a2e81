import Foundation

/// A tab-separated table read from one of the lexicon files in `data/`.
///
/// The first line that is not blank and not a `#` comment is the header. Every later line is a row; cells are
/// trimmed, and a row shorter than the header reads as empty cells. Lists inside a cell are separated by `|`.
public struct TSVTable: Sendable {
    /// The file the table was read from, for error messages.
    public let path: String
    /// The column names, in order.
    public let columns: [String]
    /// The rows, each as many cells as there are columns.
    public let rows: [[String]]

    /// Reads and parses the table at `url`.
    ///
    /// - Throws: ``LexiconError`` naming the file when it is missing, not UTF-8, or has no header.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError(path: url.path, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError(path: url.path, reason: "is not UTF-8")
        }
        try self.init(text: text, path: url.path)
    }

    /// Parses `text` as a table; `path` only names it in errors.
    public init(text: String, path: String) throws {
        self.path = path
        var header: [String]?
        var rows: [[String]] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) || line.hasPrefix("#") { continue }
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if header == nil {
                header = cells
                continue
            }
            let width = header!.count
            if cells.count < width { cells += Array(repeating: "", count: width - cells.count) }
            if cells.count > width { cells = Array(cells.prefix(width)) }
            rows.append(cells)
        }
        guard let header else { throw LexiconError(path: path, reason: "has no header line") }
        self.columns = header
        self.rows = rows
    }

    /// The index of column `name`.
    ///
    /// - Throws: ``LexiconError`` naming the file and the missing column.
    public func column(_ name: String) throws -> Int {
        guard let index = columns.firstIndex(of: name) else {
            throw LexiconError(path: path, reason: "has no column '\(name)'")
        }
        return index
    }

    /// Splits a list cell (`a|b|c`) into its non-empty items.
    public static func list(_ cell: String) -> [String] {
        cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// A lexicon file that cannot be used, with the file and the reason.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    /// The offending file.
    public let path: String
    /// Why it cannot be used.
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}
