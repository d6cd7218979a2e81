import Foundation

/// One thing found under the paths given to `verbatim import`.
enum ImportInput: Sendable {
    /// A plain-text article file, with the sidecar manifest of its directory, if any.
    case article(path: String, size: Int, manifest: Manifest?)
    /// A JSON Lines file of articles.
    case jsonLines(path: String, size: Int)
    /// A file of another kind in a directory (`.ann`, `.pdf`, images): skipped and counted.
    case skipped(path: String)
    /// A path that cannot be imported.
    case failed(path: String, reason: String)
    /// Something to tell about a path that is otherwise used (`MANIFEST.tsv:3`, a row left out).
    case warning(path: String, message: String)

    /// Extensions of files that are never articles; in a directory they are skipped.
    static let otherKinds: Set<String> = [
        "ann", "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg", "tif", "tiff", "bmp", "ico", "zip", "gz", "bz2",
        "xz", "tar", "7z", "tsv", "csv", "json", "xml", "yaml", "yml", "md", "py", "sh", "swift", "sqlite", "db",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "mp3", "mp4", "wav", "exe", "so", "o", "a", "dylib", "sql",
    ]

    /// Everything under `paths`, directories walked recursively in name order.
    ///
    /// - Parameter manifest: a sidecar named on the command line; it applies to every file, before a directory's own.
    static func enumerate(_ paths: [String], manifest: Manifest?) -> [ImportInput] {
        var inputs: [ImportInput] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                inputs.append(.failed(path: path, reason: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                walk(path, manifest: manifest, into: &inputs)
            } else {
                inputs.append(classify(path, manifest: manifest, explicit: true))
            }
        }
        return inputs
    }

    /// The files under `directory`, with the manifest that applies to them: `manifest` when given, else the
    /// directory's own sidecar, whose rows left out and rows naming no file under the directory are warnings.
    private static func walk(_ directory: String, manifest: Manifest?, into inputs: inout [ImportInput]) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            inputs.append(.failed(path: directory, reason: "cannot list the directory"))
            return
        }
        var local = manifest
        var sidecar: Manifest?
        if manifest == nil, let name = Manifest.sidecarNames.first(where: names.contains) {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            do {
                sidecar = try Manifest(contentsOf: url)
                local = sidecar
            } catch let error as ManifestError {
                inputs.append(.failed(path: error.path, reason: error.reason))
            } catch {
                inputs.append(.failed(path: url.path, reason: "\(error)"))
            }
        }
        sidecar.map { inputs += warnings($0, $0.problems) }
        let start = inputs.count
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, manifest: local, into: &inputs)
            } else if !Manifest.sidecarNames.contains(name) {
                inputs.append(classify(path, manifest: local, explicit: false))
            }
        }
        if let sidecar {
            let articles = inputs[start...].compactMap { input -> String? in
                if case .article(let path, _, _) = input { path } else { nil }
            }
            inputs += warnings(sidecar, sidecar.unusedRows(articles))
        }
    }

    /// The problems of a manifest's rows as warnings on `path:line`.
    static func warnings(_ manifest: Manifest, _ problems: [Manifest.Problem]) -> [ImportInput] {
        problems.map { .warning(path: "\(manifest.path):\($0.line)", message: $0.reason) }
    }

    private static func classify(_ path: String, manifest: Manifest?, explicit: Bool) -> ImportInput {
        let ext = (path as NSString).pathExtension.lowercased()
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        if ext == "jsonl" || ext == "ndjson" { return .jsonLines(path: path, size: size) }
        if otherKinds.contains(ext) {
            return explicit ? .failed(path: path, reason: "not an article file (.\(ext))") : .skipped(path: path)
        }
        return .article(path: path, size: size, manifest: manifest)
    }
}

/// Reads a file line by line in chunks, so a large JSON Lines archive never sits in memory whole.
///
/// A line longer than a chunk is looked through once: the search for its end goes on where the last one stopped.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next newline goes on: the bytes before it, from `position`, hold none.
    private var searched = 0
    private var atEnd = false

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ArchiveError("\(path): cannot be read")
        }
        self.handle = handle
    }

    /// The next line without its newline, or nil at the end of the file.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[max(position, searched)...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<newline])
                position = newline + 1
                return line
            }
            searched = buffer.count
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            buffer.removeFirst(position)
            searched -= position
            position = 0
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    func close() {
        try? handle.close()
    }
}
