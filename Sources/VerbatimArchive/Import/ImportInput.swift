import Foundation
import VerbatimSources
import VerbatimText

/// One thing found under the paths given to `verbatim import`.
enum ImportInput: Sendable {
    /// A plain-text article file, with the sidecar manifest of its directory, if any.
    case article(path: String, size: Int, manifest: Manifest?)
    /// An HTML page (`.html`, `.htm`, `.xhtml`), with the sidecar manifest of its directory, if any.
    case page(path: String, size: Int, manifest: Manifest?)
    /// An archive, a compressed file or a WARC file, read entry by entry (``ContainerKind``).
    case container(path: String, size: Int, manifest: Manifest?)
    /// A JSON Lines file of articles.
    case jsonLines(path: String, size: Int)
    /// A file of another kind in a directory (`.ann`, `.pdf`, images): skipped and counted.
    case skipped(path: String)
    /// A path that cannot be imported.
    case failed(path: String, reason: String)
    /// Something to tell about a path, as a warning: a directory not walked because nothing in it would be missed
    /// (a symbolic link back to a directory being walked, or to one walked already), or a manifest's row left out
    /// or naming no file (`MANIFEST.tsv:3`).
    case warning(path: String, message: String)

    /// Extensions of files that are never articles; in a directory they are skipped.
    static let otherKinds: Set<String> = [
        "ann", "pdf", "png", "jpg", "jpeg", "gif", "webp", "svg", "tif", "tiff", "bmp", "ico", "rar", "zst", "lz4",
        "tsv", "csv", "json", "xml", "yaml", "yml", "md", "py", "sh", "swift", "sqlite", "db", "css", "js",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "mp3", "mp4", "wav", "exe", "so", "o", "a", "dylib", "sql",
    ]

    /// Extensions of HTML pages.
    static let htmlKinds: Set<String> = ["html", "htm", "xhtml"]

    /// Everything under `paths`, directories walked depth first in name order, each directory once.
    ///
    /// Symbolic links are followed; one that leads back to a directory being walked is passed over with a warning,
    /// so a loop ends the walk of that branch. The walk keeps its own stack, so a deep tree cannot overflow the
    /// thread's. Nothing is opened here but directories: special files (FIFOs, sockets, devices) are refused by type.
    ///
    /// - Parameter manifest: a sidecar named on the command line; it applies to every file, before a directory's own.
    static func enumerate(_ paths: [String], manifest: Manifest?) -> [ImportInput] {
        var walk = DirectoryWalk(manifest: manifest)
        for path in paths {
            switch InputFile.status(path) {
            case .failure(.system(let code)):
                walk.inputs.append(.failed(path: path, reason: statusFailure(path, code)))
            case .failure(let failure):
                walk.inputs.append(.failed(path: path, reason: failure.description))
            case .success(let status):
                switch status.kind {
                case .directory:
                    walk.walk(path, status.identity)
                case .regular:
                    walk.inputs.append(classify(path, size: status.size, manifest: manifest, explicit: true))
                case .symbolicLink, .other:
                    walk.inputs.append(.failed(path: path, reason: InputFile.Failure.notRegularFile.description))
                }
            }
        }
        return walk.inputs
    }

    /// The input a regular file is, by its extension.
    static func classify(_ path: String, size: Int, manifest: Manifest?, explicit: Bool) -> ImportInput {
        let ext = (path as NSString).pathExtension.lowercased()
        if htmlKinds.contains(ext) { return .page(path: path, size: size, manifest: manifest) }
        if ContainerKind.of(path) != nil { return .container(path: path, size: size, manifest: manifest) }
        if ext == "jsonl" || ext == "ndjson" { return .jsonLines(path: path, size: size) }
        if otherKinds.contains(ext) {
            return explicit ? .failed(path: path, reason: "not an article file (.\(ext))") : .skipped(path: path)
        }
        return .article(path: path, size: size, manifest: manifest)
    }

    /// The problems of a manifest's rows as warnings on `path:line`.
    static func warnings(_ manifest: Manifest, _ problems: [Manifest.Problem]) -> [ImportInput] {
        problems.map { .warning(path: "\(manifest.path):\($0.line)", message: $0.reason) }
    }

    /// Why `stat` failed on `path` with `code`: a broken symbolic link, a loop of them, or the system's reason.
    static func statusFailure(_ path: String, _ code: Int32) -> String {
        if case .success(let link) = InputFile.linkStatus(path), link.kind == .symbolicLink {
            if code == ELOOP { return "symbolic link loop" }
            if code == ENOENT {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                return "broken symbolic link (to \(target))"
            }
        }
        if code == ENOENT { return "no such file or directory" }
        return InputFile.Failure.system(errno: code).description
    }
}

/// A depth-first walk in name order with a stack of its own, entering each directory once.
private struct DirectoryWalk {
    /// A directory being walked: its sorted entries and the next one to look at.
    struct Frame {
        var path: String
        var identity: InputFile.Status.Identity
        var names: [String]
        /// Entries whose names are not valid UTF-8, listed with U+FFFD in place of the invalid bytes.
        var undecodable: Set<String>
        var next = 0
        var manifest: Manifest?
        /// The directory's own manifest, and where its inputs start: the rows no file used are told when it ends.
        var sidecar: Manifest?
        var start: Int
    }

    let manifest: Manifest?
    var inputs: [ImportInput] = []
    private var stack: [Frame] = []
    /// Every directory entered, by device and inode, with the path it was first entered by.
    private var entered: [InputFile.Status.Identity: String] = [:]

    init(manifest: Manifest?) {
        self.manifest = manifest
    }

    mutating func walk(_ root: String, _ identity: InputFile.Status.Identity) {
        enter(root, identity, manifest: manifest)
        while let top = stack.indices.last {
            guard stack[top].next < stack[top].names.count else {
                let done = stack.removeLast()
                if let sidecar = done.sidecar { inputs += ImportInput.warnings(sidecar, sidecar.unusedRows(articles(from: done.start))) }
                continue
            }
            let name = stack[top].names[stack[top].next]
            stack[top].next += 1
            let path = (stack[top].path as NSString).appendingPathComponent(name)
            if stack[top].undecodable.contains(name) {
                inputs.append(.failed(path: path, reason: "file name is not valid UTF-8"))
                continue
            }
            visit(path, name: name, manifest: stack[top].manifest)
        }
    }

    private mutating func visit(_ path: String, name: String, manifest: Manifest?) {
        let status: InputFile.Status
        switch InputFile.status(path) {
        case .success(let found): status = found
        case .failure(.system(let code)):
            inputs.append(.failed(path: path, reason: ImportInput.statusFailure(path, code)))
            return
        case .failure(let failure):
            inputs.append(.failed(path: path, reason: failure.description))
            return
        }
        switch status.kind {
        case .directory:
            enter(path, status.identity, manifest: manifest)
        case _ where Manifest.sidecarNames.contains(name):
            break  // read when its directory was entered
        case .regular:
            inputs.append(ImportInput.classify(path, size: status.size, manifest: manifest, explicit: false))
        case .symbolicLink, .other:
            if case .skipped = ImportInput.classify(path, size: 0, manifest: nil, explicit: false) {
                inputs.append(.skipped(path: path))
            } else {
                inputs.append(.failed(path: path, reason: InputFile.Failure.notRegularFile.description))
            }
        }
    }

    /// Lists the directory `path` and pushes it on the stack, unless it is being walked or was walked already.
    private mutating func enter(_ path: String, _ identity: InputFile.Status.Identity, manifest: Manifest?) {
        if let ancestor = stack.first(where: { $0.identity == identity }) {
            inputs.append(.warning(path: path, message: "symbolic link loop (back to \(ancestor.path)); not followed"))
            return
        }
        if let first = entered[identity] {
            let reason = first == path ? "walked already" : "the same directory as \(first), walked already"
            inputs.append(.warning(path: path, message: reason))
            return
        }
        entered[identity] = path
        let listing: [(name: String, isUTF8: Bool)]
        switch Self.list(path) {
        case .success(let names): listing = names
        case .failure(let failure):
            let code = if case .system(let code) = failure { code } else { EIO }
            inputs.append(.failed(path: path, reason: "cannot be listed (\(InputFile.message(code)))"))
            return
        }
        let names = listing.map(\.name)
        var local = manifest
        var sidecar: Manifest?
        if manifest == nil, let name = Manifest.sidecarNames.first(where: names.contains) {
            let file = (path as NSString).appendingPathComponent(name)
            do {
                sidecar = try Manifest(contentsOf: URL(fileURLWithPath: file))
                local = sidecar
                inputs += ImportInput.warnings(sidecar!, sidecar!.problems)
            } catch let error as ManifestError {
                inputs.append(.failed(path: error.path, reason: error.reason))
            } catch {
                inputs.append(.failed(path: file, reason: "\(error)"))
            }
        }
        stack.append(Frame(
            path: path, identity: identity, names: names.filter { !$0.hasPrefix(".") }.sorted(),
            undecodable: Set(listing.filter { !$0.isUTF8 }.map(\.name)), manifest: local, sidecar: sidecar,
            start: inputs.count))
    }

    /// The article files among the inputs from position `start` on.
    private func articles(from start: Int) -> [String] {
        inputs[start...].compactMap { input -> String? in
            switch input {
            case .article(let path, _, _), .page(let path, _, _): path
            default: nil
            }
        }
    }

    /// The entries of a directory but `.` and `..`, or the system's error number.
    static func list(_ path: String) -> Result<[(name: String, isUTF8: Bool)], InputFile.Failure> {
        guard let directory = opendir(path) else { return .failure(.system(errno: errno)) }
        defer { closedir(directory) }
        var names: [(name: String, isUTF8: Bool)] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else { break }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix(while: { $0 != 0 })
                return (String(decoding: bytes, as: UTF8.self), String(validating: bytes, as: UTF8.self) != nil)
            }
            if name.0 != ".", name.0 != ".." { names.append(name) }
        }
        if errno != 0 { return .failure(.system(errno: errno)) }
        return .success(names)
    }
}
