import CArchive
import Foundation

/// What a file is to read it, by its name.
public enum ContainerKind: Sendable, Equatable {
    /// An archive of entries: zip, tar (plain or compressed), 7z.
    case archive
    /// One compressed file (`.gz`, `.bz2`, `.xz`): one entry, the file less its suffix.
    case compressed
    /// A WARC file of web records, compressed or not.
    case warc

    /// Name endings of archives of entries.
    static let archiveSuffixes = [
        ".zip", ".tar", ".tgz", ".tar.gz", ".tbz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz", ".7z",
    ]
    /// Name endings of single compressed files, and the compression libarchive needs for each.
    static let compressionSuffixes = [".gz", ".bz2", ".xz"]

    /// The kind of the file named `name`, nil when it is none of them.
    public static func of(_ name: String) -> ContainerKind? {
        let lower = name.lowercased()
        if lower.hasSuffix(".warc") || compressionSuffixes.contains(where: { lower.hasSuffix(".warc" + $0) }) {
            return .warc
        }
        if archiveSuffixes.contains(where: lower.hasSuffix) { return .archive }
        if compressionSuffixes.contains(where: lower.hasSuffix) { return .compressed }
        return nil
    }

    /// `news.txt` for `news.txt.gz`: the name less its compression suffix.
    public static func uncompressedName(_ name: String) -> String {
        let lower = name.lowercased()
        guard let suffix = compressionSuffixes.first(where: lower.hasSuffix) else { return name }
        let stem = String(name.dropLast(suffix.count))
        return stem.isEmpty ? name : stem
    }

    /// Whether the libarchive found at run time was built with the compression library `library`.
    static func linked(_ library: String) -> Bool {
        switch library {
        case "liblzma": archive_liblzma_version() != nil
        case "libbz2": archive_bzlib_version() != nil
        case "zlib": archive_zlib_version() != nil
        default: false
        }
    }

    /// Why the libarchive found at run time cannot read a file named `name`: the compression library its suffix
    /// needs was left out of libarchive's build. Nil when nothing is missing.
    static func missingSupport(_ name: String, linked: (String) -> Bool = linked) -> String? {
        let lower = name.lowercased()
        let needs: [(suffixes: [String], library: String)] = [
            ([".xz", ".txz", ".7z"], "liblzma"), ([".bz2", ".tbz", ".tbz2"], "libbz2"),
            ([".gz", ".tgz", ".zip"], "zlib"),
        ]
        for need in needs where need.suffixes.contains(where: lower.hasSuffix) && !linked(need.library) {
            let suffix = need.suffixes.first(where: lower.hasSuffix) ?? ""
            return "this libarchive cannot read \(suffix) files (it was built without \(need.library))"
        }
        return nil
    }
}

extension ArchiveReader {
    /// How much an archive may hand out.
    public struct Limits: Sendable {
        /// The largest archive inside an archive, in bytes: it is read into memory to be read in turn.
        public var nestedBytes: Int
        /// How deep archives may nest: an archive in an archive in an archive… is read down to this depth.
        public var depth: Int
        /// The most bytes of data an archive may expand to for each byte read from it, once past ``ratioFloor``.
        public var ratio: Int
        /// Bytes of data an archive hands out before its ratio is checked: small files compress well.
        public var ratioFloor: Int
        /// The most bytes of data an archive and the archives nested in it may hand out.
        public var totalBytes: Int

        public init(nestedBytes: Int = 1_000_000_000, depth: Int = 4, ratio: Int = 200, ratioFloor: Int = 10_000_000,
                    totalBytes: Int = 100_000_000_000) {
            self.nestedBytes = nestedBytes
            self.depth = depth
            self.ratio = ratio
            self.ratioFloor = ratioFloor
            self.totalBytes = totalBytes
        }
    }

    /// The bytes handed out by an archive and the archives nested in it, counted against ``Limits/totalBytes``.
    public final class Budget {
        public var expanded = 0
        public init() {}
    }

    /// Why an archive, or one of its entries, cannot be read: one line, `name: reason`.
    public struct Failure: Error, CustomStringConvertible, Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// The file is no archive libarchive knows.
            case unknownFormat
            /// A format or compression missing from libarchive.
            case unsupported
            /// Broken or truncated data: the archive stops here.
            case corrupt
            /// Expands past the limits: the archive stops here.
            case bomb
            /// One entry over the size limit, skipped: the archive goes on.
            case tooLarge(size: Int, limit: Int)
            /// The system cannot start a reader.
            case unreadable
        }

        /// The archive, or `archive:entry`.
        public var name: String
        public var kind: Kind
        public var reason: String

        init(_ name: String, _ kind: Kind, _ reason: String) {
            self.name = name
            self.kind = kind
            self.reason = reason
        }

        /// Whether the archive can be read on after this failure (only an entry was refused).
        public var skipsEntryOnly: Bool {
            if case .tooLarge = kind { true } else { false }
        }

        public var description: String { "\(name): \(reason)" }
    }

    /// An entry's header.
    public struct Entry: Sendable {
        /// The path inside the archive, as valid UTF-8 (invalid bytes shown as U+FFFD).
        public var path: String
        /// Why the path is not one to import: not UTF-8, `..` in it, absolute; nil when it is fine.
        public var pathProblem: String?
        /// The size the header declares, when it declares one.
        public var size: Int?
        public var isRegularFile: Bool
        public var isEncrypted: Bool

        init(_ entry: OpaquePointer, kind: ContainerKind, archiveName: String) {
            let raw = archive_entry_pathname_utf8(entry) ?? archive_entry_pathname(entry)
            let bytes = UnsafeRawBufferPointer(start: raw, count: raw.map { strlen($0) } ?? 0)
            if kind == .archive {
                path = String(decoding: bytes, as: UTF8.self)
                pathProblem = Self.problem(bytes, path)
            } else {
                // A raw stream has no name of its own (libarchive says `data`): it is the file less its suffix.
                path = ContainerKind.uncompressedName((archiveName as NSString).lastPathComponent)
                pathProblem = nil
            }
            size = archive_entry_size_is_set(entry) != 0 ? Int(archive_entry_size(entry)) : nil
            isRegularFile = kind != .archive || archive_entry_filetype(entry) == 0o100000
            isEncrypted = archive_entry_is_encrypted(entry) != 0
        }

        /// Why the entry path `bytes` is not one to import, or nil.
        static func problem(_ bytes: UnsafeRawBufferPointer, _ path: String) -> String? {
            if String(validating: bytes, as: UTF8.self) == nil { return "entry name is not valid UTF-8" }
            if path.isEmpty { return "entry without a name" }
            if path.hasPrefix("/") { return "entry name is an absolute path" }
            if path.split(separator: "/").contains("..") { return "entry name goes up a directory (..)" }
            return nil
        }

        /// The last part of the path: `b.txt` of `folder/b.txt`.
        public var baseName: String { path.split(separator: "/").last.map(String.init) ?? path }

        /// Whether a part of the path is hidden (`.DS_Store`, `__MACOSX/`): such entries are passed over unread.
        public var isHidden: Bool {
            path.split(separator: "/").contains { ($0.hasPrefix(".") && $0 != "." && $0 != "..") || $0 == "__MACOSX" }
        }
    }

    /// Turns on what libarchive reads for `kind`: every archive format, or one raw stream; every compression.
    static func enableFormats(_ handle: OpaquePointer, kind: ContainerKind) {
        archive_read_support_filter_all(handle)
        if kind == .archive {
            archive_read_support_format_all(handle)
        } else {
            archive_read_support_format_raw(handle)
        }
    }
}
