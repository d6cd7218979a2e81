import Foundation
import VerbatimText

/// A sidecar table of article metadata: TSV or CSV with a `file` column and any of `date`, `source`, `title`, `url`.
///
/// Rows are found by the article's base file name, with or without its extension. A row that cannot be used as it
/// is — too few cells to reach the file column, an empty file name, a file listed already (the first row stands) —
/// is left out, and a date that is not a calendar date is left out of its row; each is one of ``problems``.
public struct Manifest: Sendable {
    /// Metadata for one file.
    public struct Entry: Sendable, Equatable {
        /// The calendar day, `YYYY-MM-DD` (a date with a time, `2016-02-05T10:00:00Z`, keeps its day).
        public var date: String?
        public var source: String?
        public var title: String?
        public var url: String?
    }

    /// A row left out, or used without a cell, and why.
    public struct Problem: Sendable, Equatable {
        /// The line the row starts on, from 1.
        public var line: Int
        public var reason: String
    }

    /// The manifest file.
    public let path: String
    /// The rows used, in file order: their line, file name as written, and metadata.
    private var rows: [(line: Int, file: String, entry: Entry)] = []
    /// The row of each base file name, and the first row of each base name without its extension.
    private var byName: [String: Int] = [:]
    private var byStem: [String: Int] = [:]
    /// The rows left out or used without a cell, in file order.
    public private(set) var problems: [Problem] = []

    /// The file names a `MANIFEST.tsv` or `manifest.csv` inside a directory may have.
    public static let sidecarNames = ["MANIFEST.tsv", "manifest.tsv", "MANIFEST.csv", "manifest.csv"]

    /// Reads the manifest at `url`; `.csv` files are comma-separated, others tab-separated.
    ///
    /// - Throws: ``ManifestError`` when the file cannot be read, is empty or has no `file` column.
    public init(contentsOf url: URL) throws {
        // Read as an article is: a FIFO or a huge file is refused, not waited on or read whole.
        switch InputFile.read(url.path) {
        case .success(let bytes): try self.init(bytes: bytes, path: url.path)
        case .failure(let failure): throw ManifestError(path: url.path, reason: failure.description)
        }
    }

    /// Reads the manifest `bytes`, named `path` in messages (`news.zip:MANIFEST.tsv` for one inside an archive);
    /// a `path` ending in `.csv` is comma-separated, others tab-separated.
    ///
    /// - Throws: ``ManifestError`` when the bytes are not text, are empty or have no `file` column.
    public init(bytes: [UInt8], path: String) throws {
        self.path = path
        let text: String
        switch TextDecoder.decode(bytes) {
        case .success(let decoded): text = decoded.text
        case .failure(.empty), .failure(.blank): throw ManifestError(path: path, reason: "manifest is empty")
        case .failure(let failure): throw ManifestError(path: path, reason: failure.description)
        }
        let table = path.lowercased().hasSuffix(".csv") ? Self.csvRows(text) : Self.tsvRows(text)
        guard let header = table.first?.cells else { throw ManifestError(path: path, reason: "manifest is empty") }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let file = columns.firstIndex(of: "file") ?? columns.firstIndex(of: "filename") else {
            throw ManifestError(path: path, reason: "manifest has no 'file' column")
        }
        func index(_ name: String) -> Int? { columns.firstIndex(of: name) }
        let (date, source, title, link) = (
            index("date") ?? index("published_on") ?? index("publication_date"), index("source") ?? index("publisher"),
            index("title"), index("url")
        )
        for (line, row) in table.dropFirst() {
            func cell(_ i: Int?) -> String? {
                guard let i, i < row.count else { return nil }
                let value = row[i].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            guard row.count > file else {
                problems.append(Problem(line: line, reason: "the row has no cell in the file column (column \(file + 1)); it is left out"))
                continue
            }
            guard let written = cell(file) else {
                problems.append(Problem(line: line, reason: "the row's file name is empty; it is left out"))
                continue
            }
            let name = (written as NSString).lastPathComponent
            if let first = byName[name] {
                problems.append(Problem(line: line, reason: "'\(written)' is listed already on line \(rows[first].line); this row is left out"))
                continue
            }
            var entry = Entry(date: nil, source: cell(source), title: cell(title), url: cell(link))
            if let given = cell(date) {
                if let problem = ISODate.problem(given, allowingTime: true) {
                    problems.append(Problem(line: line, reason: "the date \(problem); it is left out"))
                } else {
                    entry.date = ISODate.day(given, allowingTime: true)
                }
            }
            rows.append((line, written, entry))
            byName[name] = rows.count - 1
            let stem = (name as NSString).deletingPathExtension
            if byStem[stem] == nil { byStem[stem] = rows.count - 1 }
        }
    }

    /// The entry for the file at `path`, looked up by base name, then by base name without extension.
    public func entry(for path: String) -> Entry? {
        row(for: path).map { rows[$0].entry }
    }

    /// The rows that none of `paths` uses, as problems: each names a file that is not among them.
    public func unusedRows(_ paths: [String]) -> [Problem] {
        let used = Set(paths.compactMap(row(for:)))
        return rows.indices.filter { !used.contains($0) }.map {
            Problem(line: rows[$0].line, reason: "there is no file '\(rows[$0].file)' under the manifest's directory")
        }
    }

    private func row(for path: String) -> Int? {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return byName[name] ?? byStem[name] ?? byName[stem] ?? byStem[stem]
    }

    /// Rows of tab-separated cells with the line each is on; blank rows are left out.
    static func tsvRows(_ text: String) -> [(line: Int, cells: [String])] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated()
            .map { (line: $0.offset + 1, cells: $0.element.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)) }
            .filter { !isBlank($0.cells) }
    }

    /// Rows of RFC 4180 CSV with the line each starts on: quoted fields may hold commas, newlines and doubled
    /// quotes. Blank rows are left out.
    static func csvRows(_ text: String) -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var rowLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if c == "\n" { line += 1 }
            if quoted {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append((rowLine, row))
                row = []
                field = ""
                rowLine = line
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append((rowLine, row))
        }
        return rows.filter { !isBlank($0.cells) }
    }

    /// Whether every cell of a row is empty or spaces.
    private static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { $0.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
    }
}

/// A manifest that cannot be used at all, with its path and why.
public struct ManifestError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String

    public var description: String { "\(path): \(reason)" }
}
