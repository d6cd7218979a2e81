import Foundation
import VerbatimText

/// A sidecar table of article metadata: TSV or CSV with a `file` column and any of `date`, `source`, `title`, `url`.
///
/// Rows are found by the article's base file name, with or without its extension.
public struct Manifest: Sendable {
    /// Metadata for one file.
    public struct Entry: Sendable, Equatable {
        public var date: String?
        public var source: String?
        public var title: String?
        public var url: String?
    }

    /// The manifest file.
    public let path: String
    private var entries: [String: Entry] = [:]

    /// The file names a `MANIFEST.tsv` or `manifest.csv` inside a directory may have.
    public static let sidecarNames = ["MANIFEST.tsv", "manifest.tsv", "MANIFEST.csv", "manifest.csv"]

    /// Reads the manifest at `url`; `.csv` files are comma-separated, others tab-separated.
    ///
    /// - Throws: ``ArchiveError`` naming the file when it cannot be read or has no `file` column.
    public init(contentsOf url: URL) throws {
        switch Self.load(url.path) {
        case .success(let manifest): self = manifest
        case .failure(let failure): throw ArchiveError("\(url.path): \(failure)")
        }
    }

    private init(path: String, entries: [String: Entry]) {
        self.path = path
        self.entries = entries
    }

    /// Why a manifest cannot be used; its description is the `reason` of a `path: reason` line.
    enum Failure: Error, CustomStringConvertible {
        case unreadable(InputFile.Failure)
        case empty
        case noFileColumn

        var description: String {
            switch self {
            case .unreadable(let failure): failure.description
            case .empty: "manifest is empty"
            case .noFileColumn: "manifest has no 'file' column"
            }
        }
    }

    /// The manifest at `path`, or why it cannot be used.
    static func load(_ path: String) -> Result<Manifest, Failure> {
        let text: String
        switch InputFile.read(path).flatMap({ TextDecoder.decode($0).mapError { .notText($0) } }) {
        case .success(let decoded): text = decoded.text
        case .failure(.notText(.empty)), .failure(.notText(.blank)): return .failure(.empty)
        case .failure(let failure): return .failure(.unreadable(failure))
        }
        let rows = (path as NSString).pathExtension.lowercased() == "csv" ? csvRows(text) : tsvRows(text)
        guard let header = rows.first else { return .failure(.empty) }
        let columns = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let file = columns.firstIndex(of: "file") ?? columns.firstIndex(of: "filename") else {
            return .failure(.noFileColumn)
        }
        func index(_ name: String) -> Int? { columns.firstIndex(of: name) }
        let (date, source, title, link) = (
            index("date") ?? index("published_on") ?? index("publication_date"), index("source") ?? index("publisher"),
            index("title"), index("url")
        )
        var entries: [String: Entry] = [:]
        for row in rows.dropFirst() where row.count > file {
            func cell(_ i: Int?) -> String? {
                guard let i, i < row.count else { return nil }
                let value = row[i].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            let name = (row[file] as NSString).lastPathComponent
            let entry = Entry(date: cell(date), source: cell(source), title: cell(title), url: cell(link))
            entries[name] = entry
            let stem = (name as NSString).deletingPathExtension
            if entries[stem] == nil { entries[stem] = entry }
        }
        return .success(Manifest(path: path, entries: entries))
    }

    /// The entry for the file at `path`, looked up by base name, then by base name without extension.
    public func entry(for path: String) -> Entry? {
        let name = (path as NSString).lastPathComponent
        return entries[name] ?? entries[(name as NSString).deletingPathExtension]
    }

    static func tsvRows(_ text: String) -> [[String]] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// Rows of RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
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
                rows.append(row)
                row = []
                field = ""
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
    }
}
