import Foundation
import Testing
@testable import VerbatimSources

/// A fresh temporary directory for one test, removed by `cleanUp()`.
struct Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-sources-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

/// Every entry of `reader`: its path and data (nil when its data could not be read), or the failure that stopped it.
func readAll(_ reader: ArchiveReader, limit: Int = 1 << 20) -> (entries: [(String, [UInt8]?)], failure: ArchiveReader.Failure?) {
    var entries: [(String, [UInt8]?)] = []
    do {
        while let entry = try reader.next() {
            do {
                entries.append((entry.path, try reader.readData(limit: limit)))
            } catch where error.skipsEntryOnly {
                entries.append((entry.path, nil))
            }
        }
    } catch {
        return (entries, error)
    }
    return (entries, nil)
}

@Suite struct ArchiveReaderTests {
    static let files: [(String, [UInt8])] = [
        ("news/a.txt", Array("Port talks\n\nThe minister said the port would reopen.\n".utf8)),
        ("news/sub/b.txt", Array("Fish quotas\n\n“No deal,” said Lars Berg.\n".utf8)),
    ]

    @Test(arguments: [ArchiveWriter.Format.zip, .tar, .tarGzip, .tarBzip2, .tarXz, .sevenZip])
    func everyArchiveFormatGivesItsEntriesInOrder(_ format: ArchiveWriter.Format) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("news" + format.suffix)
        try ArchiveWriter.write(path, format: format, Self.files)
        let reader = try ArchiveReader(path: path)
        #expect(reader.kind == .archive)
        let (entries, failure) = readAll(reader)
        #expect(failure == nil)
        #expect(entries.map(\.0) == Self.files.map(\.0))
        #expect(entries.map(\.1) == Self.files.map(\.1))
        #expect(reader.sourceBytesRead > 0)
    }

    @Test(arguments: [ArchiveWriter.Format.gzip, .bzip2, .xz])
    func aCompressedFileIsOneEntryNamedWithoutItsSuffix(_ format: ArchiveWriter.Format) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("story.txt" + format.suffix)
        try ArchiveWriter.write(path, format: format, [Self.files[0]])
        let reader = try ArchiveReader(path: path)
        #expect(reader.kind == .compressed)
        let (entries, failure) = readAll(reader)
        #expect(failure == nil)
        #expect(entries.map(\.0) == ["story.txt"])
        #expect(entries.map(\.1) == [Self.files[0].1])
    }

    @Test func anArchiveInMemoryIsReadLikeAFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("inner.tar.gz")
        try ArchiveWriter.write(path, format: .tarGzip, Self.files)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let reader = try ArchiveReader(bytes: bytes, name: "outer.zip:inner.tar.gz")
        let (entries, failure) = readAll(reader)
        #expect(failure == nil)
        #expect(entries.map(\.0) == Self.files.map(\.0))
    }

    @Test func anEntryOverTheLimitIsRefusedAndTheNextOneRead() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("big.zip")
        try ArchiveWriter.write(path, format: .zip, [("big.txt", Array(repeating: 0x61, count: 5_000))] + Self.files)
        let reader = try ArchiveReader(path: path)
        _ = try reader.next()
        #expect(throws: ArchiveReader.Failure.self) { try reader.readData(limit: 1_000) }
        do {
            _ = try reader.readData(limit: 1_000)
        } catch {
            #expect(error.description == "\(path):big.txt: ")
            #expect(error.kind == .tooLarge(size: 5_000, limit: 1_000))
        }
        #expect(try reader.next()?.path == "news/a.txt")
    }

    /// A tar cut short inside its third entry: the first two are read, then the failure names the third.
    @Test func aTruncatedArchiveFailsAtTheEntryWhereItBreaks() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("cut.tar")
        let third = ("news/c.txt", Array(repeating: UInt8(ascii: "c"), count: 4_000))
        try ArchiveWriter.write(path, format: .tar, Self.files + [third])
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: third.1.prefix(100)) })
        try Data(bytes[..<(start + 1_000)]).write(to: URL(fileURLWithPath: path))
        let (entries, failure) = readAll(try ArchiveReader(path: path))
        #expect(entries.count == 2)
        #expect(failure?.kind == .corrupt)
        #expect(failure?.description == "\(path):news/c.txt: corrupt archive here (Truncated tar archive)")
    }

    @Test func bytesThatAreNoArchiveAreAnUnknownFormat() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("notes.zip")
        try Data("These are plain notes, not an archive.\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: ArchiveReader.Failure.self) { try ArchiveReader(path: path).next() }
        do {
            _ = try ArchiveReader(path: path).next()
        } catch {
            #expect(error.kind == .unknownFormat)
            #expect(error.description == "\(path): not an archive libarchive can read (Unrecognized archive format)")
        }
    }

    /// A gzip of zeros expands a thousand times: past the ratio, the archive stops.
    @Test func aDecompressionBombStopsItsArchive() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("zeros.txt.gz")
        try ArchiveWriter.write(path, format: .gzip, [("zeros.txt", [UInt8](repeating: 0, count: 4_000_000))])
        let limits = ArchiveReader.Limits(ratio: 100, ratioFloor: 1_000_000)
        let (entries, failure) = readAll(try ArchiveReader(path: path, limits: limits), limit: 10_000_000)
        #expect(entries.isEmpty)
        #expect(failure?.kind == .bomb)
        #expect(failure?.reason.contains("past the limit of 100; a decompression bomb? The rest of it is not read") == true)
    }

    /// Entries passed over unread are decompressed all the same: they count towards the ratio.
    @Test func aBombIsStoppedEvenWhenItsEntriesAreSkipped() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("zeros.tar.gz")
        try ArchiveWriter.write(path, format: .tarGzip, [("zeros.bin", [UInt8](repeating: 0, count: 4_000_000)),
                                                         ("after.txt", Array("text".utf8))])
        let reader = try ArchiveReader(path: path, limits: ArchiveReader.Limits(ratio: 100, ratioFloor: 1_000_000))
        #expect(try reader.next()?.path == "zeros.bin")
        #expect(throws: ArchiveReader.Failure.self) { try reader.next() }
        #expect(reader.expandedBytes == 0)
    }

    @Test func theTotalBudgetIsSharedWithNestedArchives() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("many.tar")
        try ArchiveWriter.write(path, format: .tar, (0..<5).map { ("f\($0).txt", [UInt8](repeating: 0x61, count: 1_000)) })
        let budget = ArchiveReader.Budget()
        budget.expanded = 2_500
        let (entries, failure) = readAll(try ArchiveReader(path: path, limits: ArchiveReader.Limits(totalBytes: 4_000), budget: budget))
        #expect(entries.count == 1)
        #expect(failure?.description == "\(path): expands past 4 kB of data; a decompression bomb? The rest of it is not read")
    }

    @Test(arguments: [
        ("../up.txt", "entry name goes up a directory (..)"),
        ("a/../../up.txt", "entry name goes up a directory (..)"),
        ("/etc/abs.txt", "entry name is an absolute path"),
    ])
    func unsafeEntryNamesAreFlagged(_ name: String, _ problem: String) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("names.tar")
        let writer = try ArchiveWriter(path: path, format: .tar)
        try writer.add(name, Array("text".utf8))
        try writer.close()
        let entry = try #require(try ArchiveReader(path: path).next())
        #expect(entry.pathProblem == problem)
    }

    @Test func anEntryNameThatIsNotUTF8IsFlagged() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("names.tar")
        let writer = try ArchiveWriter(path: path, format: .tar)
        try writer.add(nameBytes: Array("bad".utf8) + [0xFF] + Array(".txt".utf8), Array("text".utf8))
        try writer.close()
        let entry = try #require(try ArchiveReader(path: path).next())
        #expect(entry.pathProblem == "entry name is not valid UTF-8")
        #expect(entry.path == "bad\u{FFFD}.txt")
    }

    @Test(arguments: [
        ("a.zip", ContainerKind.archive), ("a.tgz", .archive), ("a.tar.xz", .archive), ("a.7z", .archive),
        ("a.txt.gz", .compressed), ("a.bz2", .compressed), ("crawl.warc", .warc), ("crawl.warc.gz", .warc),
    ])
    func kindsByName(_ name: String, _ kind: ContainerKind) {
        #expect(ContainerKind.of(name) == kind)
    }

    /// A libarchive built without a compression library refuses the files that need it, in one line.
    @Test(arguments: [
        ("news.tar.xz", "this libarchive cannot read .xz files (it was built without liblzma)"),
        ("crawl.warc.xz", "this libarchive cannot read .xz files (it was built without liblzma)"),
        ("news.7z", "this libarchive cannot read .7z files (it was built without liblzma)"),
        ("news.zip", nil), ("news.tar.gz", nil),
    ] as [(String, String?)])
    func aCompressionLeftOutOfLibarchiveIsNamed(_ name: String, _ reason: String?) {
        #expect(ContainerKind.missingSupport(name, linked: { $0 != "liblzma" }) == reason)
    }

    @Test func thisLibarchiveReadsEveryCompression() {
        for name in ["a.xz", "a.bz2", "a.gz", "a.7z", "a.zip"] { #expect(ContainerKind.missingSupport(name) == nil) }
    }

    @Test func otherNamesAreNoContainers() {
        #expect(ContainerKind.of("a.txt") == nil)
        #expect(ContainerKind.of("a.html") == nil)
    }
}
