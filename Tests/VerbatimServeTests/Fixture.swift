import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import VerbatimArchive
import VerbatimServe
import VerbatimText

/// Two short articles written for these tests: an Estonian and a French foreign minister on Russian drills and on
/// talks in Geneva; the first quotes markup, quotation marks and an ampersand that every page must show as text.
enum Articles {
    static let drills = """
        Estonia condemns Russian drills near its border

        Tallinn says the exercises threaten the region's security.

        By Test Desk ,

        Estonian Foreign Minister Kaia Rebane condemned Russia on Monday, saying the drills near the border were reckless.

        "These drills are a <script>alert('x')</script> provocation & we "will" say so," Estonian Foreign Minister Kaia Rebane told reporters in Tallinn.

        Rebane said the talks in Geneva next week would take up the border dispute.

        French Foreign Minister Luc Fontaine said France stood with Estonia. "Nobody should mistake restraint for weakness," Fontaine said.
        """

    static let geneva = """
        Geneva talks on the Baltic border end without a deal

        Diplomats say the sides remain far apart after two days.

        By Test Desk ,

        Estonian Foreign Minister Kaia Rebane said the talks in Geneva had ended without agreement.

        "We came to listen, and we listened," Rebane told reporters in Geneva. "Russia did not."

        French Foreign Minister Luc Fontaine criticized Russia for walking away from the talks.

        "The door remains open," Fontaine said.
        """
}

/// An archive of ``Articles`` with two saved queries (one that reads, one stored behind `save`'s back that would
/// delete), opened read-only and served; the ids of what its pages show.
final class Fixture: Sendable {
    let directory: URL
    let server: ArchiveServer
    let person: Int64, organization: Int64, event: Int64, article: Int64, scriptStatement: Int64

    /// The fixture all tests share: the archive is made once.
    static let shared: Fixture = {
        do { return try Fixture() } catch { fatalError("the test archive cannot be made: \(error)") }
    }()

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-serve-\(UUID().uuidString)")
        let input = directory.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Articles.drills.write(to: input.appendingPathComponent("desk_2021-03-04_drills.txt"), atomically: true, encoding: .utf8)
        try Articles.geneva.write(to: input.appendingPathComponent("desk_2021-05-10_geneva.txt"), atomically: true, encoding: .utf8)
        let path = directory.appendingPathComponent("serve.sqlite").path
        let lexicon = try Lexicon.load()
        let writable = try Archive(path: path, lexicon: lexicon)
        try Importer(archive: writable, lexicon: lexicon).run(paths: [input.path])
        try writable.save(SavedQuery(name: "by_country", description: "Statements of a country's speakers",
                                     sql: "SELECT speaker, text FROM v_statements WHERE speaker_country = :country ORDER BY id"))
        try writable.write { db in
            try db.execute(sql: """
                INSERT INTO saved_queries(name, description, sql, created_at)
                VALUES ('purge', 'stored without the check save makes', 'DELETE FROM statements', 'now')
                """)
        }
        let archive = try Archive(path: path, lexicon: lexicon, readOnly: true)
        server = try ArchiveServer(archive: archive)
        (person, organization, event, article, scriptStatement) = try archive.read { db in
            (try Int64.fetchOne(db, sql: "SELECT id FROM people WHERE name = 'Kaia Rebane'")!,
             try Int64.fetchOne(db, sql: "SELECT id FROM organizations WHERE key IS NOT NULL ORDER BY id LIMIT 1")!,
             try Int64.fetchOne(db, sql: "SELECT id FROM events ORDER BY id LIMIT 1")!,
             try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE title LIKE 'Estonia condemns%'")!,
             try Int64.fetchOne(db, sql: "SELECT id FROM statements WHERE text LIKE '%<script>%'")!)
        }
    }

    /// Runs `body` with a client of the server running on an ephemeral port of 127.0.0.1.
    func withClient<T: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        try await server.application(host: "127.0.0.1", port: 0).test(.live, body)
    }

    /// The count of statements in the archive.
    func statementCount() throws -> Int {
        try server.archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM statements")! }
    }
}

/// A response's status, content type and body, read as text.
struct Got: Sendable {
    let status: Int
    let type: String
    let body: String
    let timing: String?

    init(_ response: TestResponse) {
        status = response.status.code
        type = response.headers[.contentType] ?? ""
        body = String(buffer: response.body)
        timing = response.headers[.init("Server-Timing")!]
    }
}

extension TestClientProtocol {
    /// GET `uri`.
    func get(_ uri: String) async throws -> Got {
        Got(try await execute(uri: uri, method: .get))
    }
}
