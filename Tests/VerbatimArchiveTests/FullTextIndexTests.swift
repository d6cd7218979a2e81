import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

/// The full-text indexes: stemmed, over a statement's words, context, its article's title and its speaker's
/// description (migration 0009), and over the description alone (0012); kept in step when statements, titles or
/// descriptions change or go.
struct FullTextIndexTests {
    func archive(_ dir: TemporaryDirectory) throws -> Archive {
        try dir.write("in/desk_2023-05-02_ferry.txt", """
            Ferry link reopens

            Danish Transport Minister Erik Holm said on Tuesday that the ferry would sail again in June.

            "Passengers have waited long enough," Holm told reporters in Copenhagen.

            Ola Brandt, a harbour economist at the Nordic Policy Institute, said the sanctions had hurt trade.
            """)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }

    func matches(_ archive: Archive, _ query: String) throws -> [String] {
        try archive.read { db in
            try String.fetchAll(db, sql: """
                SELECT s.text FROM statements_fts f JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ?
                ORDER BY s.id
                """, arguments: [query])
        }
    }

    /// The statements whose speaker's description matches `query` in the description's own index.
    func described(_ archive: Archive, _ query: String) throws -> [String] {
        try archive.read { db in
            try String.fetchAll(db, sql: """
                SELECT s.text FROM speakers_fts f JOIN statements s ON s.id = f.rowid WHERE speakers_fts MATCH ?
                ORDER BY s.id
                """, arguments: [query])
        }
    }

    /// The people whose descriptions match `query`, by name.
    func describedPeople(_ archive: Archive, _ query: String) throws -> [String] {
        try archive.read { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT p.name FROM person_descriptions_fts f JOIN person_descriptions d ON d.id = f.rowid
                JOIN people p ON p.id = d.person_id WHERE person_descriptions_fts MATCH ? ORDER BY p.name
                """, arguments: [query])
        }
    }

    func integrity(_ archive: Archive) throws {
        try archive.write { db in
            try db.execute(sql: "INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)")
            try db.execute(sql: "INSERT INTO speakers_fts(speakers_fts, rank) VALUES ('integrity-check', 1)")
            try db.execute(sql: "INSERT INTO person_descriptions_fts(person_descriptions_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func wordsAreStemmedAndEachColumnIsSearchable() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        #expect(try matches(archive, "text : sanction") == ["the sanctions had hurt trade"])
        #expect(try matches(archive, "title : reopen").count == 3)
        #expect(try matches(archive, "speaker : (economist AND nordic)") == ["the sanctions had hurt trade"])
        #expect(try matches(archive, "speaker : NPI") == ["the sanctions had hurt trade"])
        #expect(try described(archive, "economist AND nordic") == ["the sanctions had hurt trade"])
        // Only the description: the minister's words name no economist.
        #expect(try described(archive, "ferry OR passeng OR sanction").isEmpty)
        try integrity(archive)
    }

    @Test func theIndexFollowsTitlesAndDeletes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        try archive.write { db in
            try db.execute(sql: "UPDATE articles SET title = 'Ferries sail again'")
        }
        #expect(try matches(archive, "title : reopen").isEmpty)
        #expect(try matches(archive, "title : ferri").count == 3)
        try integrity(archive)
        try archive.write { db in
            try db.execute(sql: "DELETE FROM statements WHERE text = 'the sanctions had hurt trade'")
        }
        #expect(try matches(archive, "sanction").isEmpty)
        #expect(try described(archive, "economist").isEmpty)
        try integrity(archive)
        try archive.write { db in
            try db.execute(sql: "UPDATE statements SET speaker_description = 'a ferry captain' WHERE speaker LIKE '%Holm'")
        }
        #expect(try described(archive, "captain").count == 2)
        // A person keeps each description they were given, and gains those of statements moved to them.
        #expect(try describedPeople(archive, "captain OR minist") == ["Erik Holm"])
        #expect(try describedPeople(archive, "economist") == ["Ola Brandt"])
        try archive.write { db in
            try db.execute(sql: "UPDATE statements SET person_id = (SELECT id FROM people WHERE name = 'Ola Brandt') WHERE speaker LIKE '%Holm'")
        }
        #expect(try describedPeople(archive, "captain") == ["Erik Holm", "Ola Brandt"])
        try integrity(archive)
        try archive.write { db in
            try db.execute(sql: "DELETE FROM articles")
        }
        #expect(try matches(archive, "ferry").isEmpty)
        #expect(try described(archive, "captain").isEmpty)
        try integrity(archive)
    }
}
