import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

@Suite struct ArchiveTests {
    @Test func newArchiveHasTheSchemaForeignKeysAndWAL() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try archive.read { db throws in
            for table in ["sources", "articles", "countries", "country_aliases", "organizations", "organization_aliases",
                          "people", "offices", "mentions", "events", "event_articles", "statements", "statement_topics",
                          "statements_fts", "saved_queries"] {
                #expect(try db.tableExists(table), "table \(table)")
            }
            #expect(try db.viewExists("v_statements"))
            #expect(try db.viewExists("v_officials"))
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
        }
    }

    @Test func everyForeignKeyIsIndexed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try archive.read { db throws in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                  AND name NOT LIKE 'statements_fts%' AND name NOT LIKE 'grdb_%'
                """)
            for table in tables {
                let keys = try Row.fetchAll(db, sql: "SELECT \"from\" FROM pragma_foreign_key_list(?)", arguments: [table])
                for key in keys {
                    let column: String = key[0]
                    // An index whose first column is the foreign key's column.
                    let indexed = try Bool.fetchOne(db, sql: """
                        SELECT 1 FROM pragma_index_list(?1) l
                        WHERE (SELECT name FROM pragma_index_info(l.name) WHERE seqno = 0) = ?2
                        """, arguments: [table, column]) ?? false
                    #expect(indexed, "\(table).\(column) has no index")
                }
            }
        }
    }

    @Test func officeLookupsOfAnImportReadOneIndexInOrderOnAFreshArchive() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try archive.read { db throws in
            // Each lookup with arguments of the right kinds, and the index terms its plan must show.
            let lookups: [(sql: String, arguments: StatementArguments, search: String)] = [
                (OfficeLookup.identity, [1, "ambassador", nil, nil, false],
                 "offices_identity (person_id=? AND role=? AND <expr>=? AND <expr>=? AND is_former=?)"),
                (OfficeLookup.roleCountry, [1, false, "ambassador"], "offices_person_seen (person_id=? AND is_former=?)"),
            ]
            for (sql, arguments, search) in lookups {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                    .map { $0["detail"] as String }
                    .filter { ($0.hasPrefix("SEARCH") || $0.hasPrefix("SCAN") || $0.hasPrefix("USE TEMP")) && $0 != "SCAN CONSTANT ROW" }
                #expect(!plan.isEmpty, "no plan for \(sql)")
                for step in plan {
                    #expect(step == "SEARCH offices USING INDEX \(search)" || step == "SEARCH offices USING COVERING INDEX \(search)",
                            "\(step) in \(sql)")
                }
            }
        }
    }

    @Test func archiveFromNewerVerbatimIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("a.sqlite")
        let archive = try Archive(path: path, lexicon: sharedLexicon)
        try archive.write { db throws in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('9999_from_the_future')")
        }
        #expect {
            try Archive(path: path, lexicon: sharedLexicon)
        } throws: { error in
            "\(error)".contains("newer Verbatim") && "\(error)".hasPrefix(path)
        }
    }

    @Test func fileThatIsNotADatabaseIsNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = try dir.write("notes.sqlite", String(repeating: "not a database ", count: 100))
        #expect {
            try Archive(path: path, lexicon: sharedLexicon)
        } throws: { error in
            "\(error)".hasPrefix("\(path): cannot be opened")
        }
    }

    @Test func reopeningKeepsData() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("a.sqlite")
        try Archive(path: path, lexicon: sharedLexicon).write { db throws in
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('probe', 'kept')")
        }
        let value = try Archive(path: path, lexicon: sharedLexicon).read { db throws in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'probe'")
        }
        #expect(value == "kept")
    }

    @Test func aReadOnlyArchiveWritesNothingAndStillMigrates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = dir.path("a.sqlite")
        try Archive(path: path, lexicon: sharedLexicon).write { db throws in
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('probe', 'kept')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let reader = try Archive(path: path, lexicon: sharedLexicon, readOnly: true)
        #expect(try reader.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'probe'") } == "kept")
        #expect(throws: (any Error).self) {
            try reader.write { db in try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('other', 'x')") }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // An archive a migration behind is brought up to date even when opened to read.
        let bundled = try #require(Archive.bundledMigrations)
        try FileManager.default.createDirectory(atPath: dir.path("m"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) {
            try FileManager.default.copyItem(atPath: bundled.appendingPathComponent(name).path, toPath: dir.path("m/\(name)"))
        }
        try dir.write("m/9000_local.sql", "CREATE TABLE local_notes (id INTEGER PRIMARY KEY, note TEXT);")
        let migrated = try Archive(path: path, migrations: dir.url.appendingPathComponent("m"), lexicon: sharedLexicon,
                                   readOnly: true)
        #expect(try migrated.read { db in try db.tableExists("local_notes") })
        #expect(throws: ArchiveError.self) { try Archive(path: dir.path("none.sqlite"), lexicon: sharedLexicon, readOnly: true) }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(String(repeating: "a", count: 1000).utf8)
            == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
