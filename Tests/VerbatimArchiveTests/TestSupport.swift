import Foundation
import VerbatimArchive
import VerbatimText

/// A fresh temporary directory, removed by `cleanUp()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The bundled lexicon, loaded once for all tests.
let sharedLexicon: Lexicon = try! Lexicon.load()

/// An article in the seed layout, written for these tests.
let fisheriesArticle = """
    Iceland rejects Norwegian fishing plan

    Reykjavik says the quota proposal ignores its coastal communities.

    Northern Desk ,

    Icelandic Foreign Minister Anna Sigurdardottir
    
    Iceland on Tuesday rejected a Norwegian proposal on cod quotas in the North Atlantic.

    "This plan is not acceptable to us," Icelandic Foreign Minister Anna Sigurdardottir told reporters in Reykjavik.

    Sigurdardottir said her government would keep talking with Oslo.

    "We remain open to a fair deal," she added.
    """
