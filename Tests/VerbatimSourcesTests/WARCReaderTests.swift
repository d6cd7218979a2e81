import Foundation
import Testing
@testable import VerbatimSources

/// WARC files written record by record, as a crawler writes them.
typealias WARC = WARCWriter

@Suite struct WARCReaderTests {
    static let page = Array(Pages.breaks.utf8)

    static let records: [[UInt8]] = [
        WARC.record("warcinfo", contentType: "application/warc-fields", Array("software: test\r\n".utf8)),
        WARC.record("request", uri: "https://harbour.example/2016/05/02/port", contentType: "application/http; msgtype=request",
                    Array("GET /2016/05/02/port HTTP/1.1\r\nHost: harbour.example\r\n\r\n".utf8)),
        WARC.response("https://harbour.example/2016/05/02/port", page),
        WARC.response("https://harbour.example/logo.png", headers: ["Content-Type: image/png"], [0x89, 0x50, 0x4E, 0x47]),
        WARC.response("https://harbour.example/gone", status: 404, page),
        WARC.response("https://harbour.example/chunked", headers: ["Content-Type: text/html; charset=windows-1252",
                                                                   "Transfer-Encoding: chunked"],
                      Array("10\r\n".utf8) + page.prefix(16) + Array("\r\n\(String(page.count - 16, radix: 16))\r\n".utf8)
                        + page.dropFirst(16) + Array("\r\n0\r\n\r\n".utf8)),
        WARC.record("resource", uri: "https://harbour.example/saved", contentType: "text/html", page),
        WARC.record("metadata", uri: "https://harbour.example/2016/05/02/port", contentType: "application/warc-fields",
                    Array("fetchTimeMs: 120\r\n".utf8)),
    ]

    /// What each record gives: a page's URI and charset, or why it is not a page.
    static func contents(_ path: String) throws -> [String] {
        let reader = try ArchiveReader(path: path)
        #expect(reader.kind == .warc)
        _ = try reader.next()
        let warc = WARCReader(reader)
        var seen: [String] = []
        while let next = try warc.next(limit: 1 << 20, wanted: { _ in true }) {
            guard case .record(let record) = next else { Issue.record("a record over the limit"); continue }
            switch record.content {
            case .page(let bytes, let charset, let uri):
                #expect(bytes == page)
                seen.append("page \(uri ?? "-") \(charset ?? "-")")
            case .other(let why): seen.append(why)
            }
        }
        return seen
    }

    @Test(arguments: ["crawl.warc", "crawl.warc.gz"])
    func recordsGivePagesOrSayWhyNot(_ name: String) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try WARC.write(scratch.file(name), Self.records)
        #expect(try Self.contents(scratch.file(name)) == [
            "a warcinfo record", "a request record", "page https://harbour.example/2016/05/02/port utf-8",
            "not HTML (image/png)", "HTTP status 404", "page https://harbour.example/chunked windows-1252",
            "page https://harbour.example/saved -", "a metadata record",
        ])
    }

    @Test func aGzipBodyIsDecompressed() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        try ArchiveWriter.write(scratch.file("body.gz"), format: .gzip, [("body", Self.page)])
        let gzipped = try [UInt8](Data(contentsOf: URL(fileURLWithPath: scratch.file("body.gz"))))
        let block = WARCWriter.response("https://a.example/p", headers: ["Content-Type: text/html", "Content-Encoding: gzip"], gzipped)
        try Data(block).write(to: URL(fileURLWithPath: scratch.file("one.warc")))
        let reader = try ArchiveReader(path: scratch.file("one.warc"))
        _ = try reader.next()
        guard case .record(let record)? = try WARCReader(reader).next(limit: 1 << 20, wanted: { _ in true }),
              case .page(let bytes, _, _) = record.content else {
            Issue.record("no page")
            return
        }
        #expect(bytes == Self.page)
        // A body that is not gzip after all, as some servers send, is read as it is; one past the limit is not.
        #expect(WARCRecord.gunzipped(Array("not gzip".utf8), limit: 100) == Array("not gzip".utf8))
        #expect(WARCRecord.gunzipped(gzipped, limit: 100) == nil)
    }

    @Test func aRecordOverTheLimitIsSkippedAndTheNextRead() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("crawl.warc")
        try WARC.write(path, [WARC.response("https://a.example/big", Array(repeating: 0x61, count: 5_000)),
                              WARC.response("https://a.example/small", Self.page)])
        let reader = try ArchiveReader(path: path)
        _ = try reader.next()
        let warc = WARCReader(reader)
        guard case .tooLarge(let record, let size)? = try warc.next(limit: 2_000, wanted: { _ in true }) else {
            Issue.record("the first record is read")
            return
        }
        #expect(record.targetURI == "https://a.example/big")
        #expect(size == 5_000 + "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".utf8.count)
        guard case .record(let small)? = try warc.next(limit: 2_000, wanted: { _ in true }) else {
            Issue.record("the second record is not read")
            return
        }
        #expect(small.targetURI == "https://a.example/small")
    }

    @Test func aTruncatedRecordStopsTheFile() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("cut.warc")
        let bytes = Self.records.prefix(3).flatMap { $0 }
        try Data(bytes.dropLast(100)).write(to: URL(fileURLWithPath: path))
        let reader = try ArchiveReader(path: path)
        _ = try reader.next()
        let warc = WARCReader(reader)
        var read = 0
        do {
            while try warc.next(limit: 1 << 20, wanted: { _ in true }) != nil { read += 1 }
            Issue.record("no failure")
        } catch {
            #expect(error.description == "\(path): corrupt WARC file: record 3 is truncated")
        }
        #expect(read == 2)
    }

    @Test func textThatIsNotWARCIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let path = scratch.file("notes.warc")
        try Data("Just some notes\nabout the crawl.\n".utf8).write(to: URL(fileURLWithPath: path))
        let reader = try ArchiveReader(path: path)
        _ = try reader.next()
        #expect(throws: ArchiveReader.Failure.self) { try WARCReader(reader).next(limit: 1 << 20, wanted: { _ in true }) }
    }
}
