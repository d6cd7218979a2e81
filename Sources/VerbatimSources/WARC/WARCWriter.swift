import Foundation

/// Writes WARC records as a crawler does: what tests and tools need to make WARC inputs of an import.
public enum WARCWriter {
    /// One record: its header fields, a blank line, the block, and the two line breaks that end it.
    public static func record(_ type: String, uri: String? = nil, contentType: String? = nil, _ block: [UInt8])
        -> [UInt8] {
        var header = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\n"
        header += "WARC-Date: 2017-10-19T08:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { header += "Content-Type: \(contentType)\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A `response` record of an HTTP response with `status`, header lines `headers` and `body`.
    public static func response(_ uri: String, status: Int = 200,
                                headers: [String] = ["Content-Type: text/html; charset=utf-8"], _ body: [UInt8])
        -> [UInt8] {
        let statusLine = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Other")"
        let head = ([statusLine] + headers).joined(separator: "\r\n") + "\r\n\r\n"
        return record("response", uri: uri, contentType: "application/http; msgtype=response", Array(head.utf8) + body)
    }

    /// Writes `records` as the file `path`: one gzip member per record when it ends in `.gz`, as `.warc.gz` files
    /// are.
    public static func write(_ path: String, _ records: [[UInt8]]) throws {
        guard path.hasSuffix(".gz") else {
            return try Data(records.flatMap { $0 }).write(to: URL(fileURLWithPath: path))
        }
        var bytes: [UInt8] = []
        let member = path + ".member.gz"
        defer { try? FileManager.default.removeItem(atPath: member) }
        for record in records {
            try ArchiveWriter.write(member, format: .gzip, [("record", record)])
            bytes += try [UInt8](Data(contentsOf: URL(fileURLWithPath: member)))
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
