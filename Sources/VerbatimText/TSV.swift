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
    ///
    /// Works on the UTF-8 bytes: the lexicon is read at every start of the tool, so this must be quick.
    public init(text: String, path: String) throws {
        self.path = path
        var header: [String]?
        var rows: [[String]] = []
        let bytes = Array(text.utf8)
        func cell(_ start: Int, _ end: Int) -> String { Self.trimmed(bytes[start..<end]) }
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            // Blank lines and `#` comments.
            var first = lineStart
            while first < lineEnd, bytes[first] == 0x20 || bytes[first] == 0x09 || bytes[first] == 0x0D { first += 1 }
            if first == lineEnd || bytes[lineStart] == 0x23 { continue }
            var cells: [String] = []
            var cellStart = lineStart
            for k in lineStart...lineEnd where k == lineEnd || bytes[k] == 0x09 {
                cells.append(cell(cellStart, k))
                cellStart = k + 1
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
        cell.utf8.split(separator: UInt8(ascii: "|")).map(trimmed).filter { !$0.isEmpty }
    }

    /// `bytes` as text without the spaces, tabs and line ends around it (as bytes: Foundation's trimming costs more
    /// than the whole parse).
    static func trimmed<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> String {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
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
