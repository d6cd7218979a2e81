import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

@Suite struct ImporterTests {
    /// Runs an import and collects what it reported.
    func importPaths(_ paths: [String], into archive: Archive, options: ImportOptions = ImportOptions())
        throws -> (ImportSummary, failures: [String], warnings: [String])
    {
        var failures: [String] = []
        var warnings: [String] = []
        let summary = try Importer(archive: archive, lexicon: sharedLexicon, options: options).run(paths: paths) {
            switch $0 {
            case .failure(let path, let reason): failures.append("\(path): \(reason)")
            case .warning(let path, let message): warnings.append("\(path): \(message)")
            case .progress, .waiting, .resuming: break
            }
        }
        return (summary, failures, warnings)
    }

    @Test func mixedDirectoryStoresTheGoodArticlesAndNamesTheBadOnes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/good.txt", fisheriesArticle)
        // Windows-1252: “Fair,” he said. — with 0x93/0x94 quotes.
        let cp1252: [UInt8] = Array("Old archive piece\n\n".utf8) + [0x93] + Array("We want a fair deal,".utf8) + [0x94]
            + Array(" said Lars Berg, the Danish fisheries minister.\n".utf8)
        try dir.write("in/old.txt", cp1252)
        try dir.write("in/photo.dat", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
        try dir.write("in/empty.txt", "")
        try dir.write("in/notes.ann", "T1\tSource 0 4\tNone\n")
        try dir.write("in/feed.jsonl", """
            {"id": "feed-1", "title": "Minister visits Tromso", "text": "The minister said the port would reopen.", "date": "2021-06-01", "source": "Coast Wire"}
            {"id": "feed-2", "title": broken
            """)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let (summary, failures, warnings) = try importPaths([dir.path("in")], into: archive)
        #expect(summary.imported == 3)
        #expect(summary.failed == 3)
        #expect(summary.skipped == 1)
        #expect(failures == [
            "\(dir.path("in/empty.txt")): empty file",
            "\(dir.path("in/feed.jsonl")):2: malformed JSON line",
            "\(dir.path("in/photo.dat")): binary data, not text",
        ])
        #expect(warnings == ["\(dir.path("in/old.txt")): not valid UTF-8; decoded as Windows-1252"])
        let old = try archive.read { db throws in
            try String.fetchOne(db, sql: "SELECT text FROM articles WHERE name = 'old.txt'")
        }
        #expect(old == "Old archive piece\n\n“We want a fair deal,” said Lars Berg, the Danish fisheries minister.\n")
        let feed = try archive.read { db throws in
            try Row.fetchOne(db, sql: """
                SELECT a.title, a.published_on, s.name AS source, a.origin FROM articles a JOIN sources s ON s.id = a.source_id
                WHERE a.name = 'feed-1'
                """)
        }
        #expect(feed?["title"] == "Minister visits Tromso")
        #expect(feed?["published_on"] == "2021-06-01")
        #expect(feed?["source"] == "Coast Wire")
        #expect(feed?["origin"] == "\(dir.path("in/feed.jsonl"))#feed-1")
    }

    @Test func aSpeakersOfficeIsTheNewestOnTheArticlesDay() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        // The office, then the surname alone, a new office, the surname alone again, the last three on the same day.
        try dir.write("in/a1_2016-03-01.txt",
                      "Minister speaks\n\n\"We will keep talking,\" Czech Foreign Minister Marek Dvorsky said.\n")
        try dir.write("in/a2_2016-05-02.txt", "Talks resume\n\n\"The door is open,\" Dvorsky said.\n")
        try dir.write("in/a3_2016-05-02.txt",
                      "Envoy named\n\n\"I am honoured,\" Slovak Ambassador Marek Dvorsky said.\n")
        try dir.write("in/a4_2016-05-02.txt", "Envoy speaks\n\n\"The door is still open,\" Dvorsky said.\n")
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        _ = try importPaths([dir.path("in")], into: archive)
        let rows = try archive.read { db throws in
            try Row.fetchAll(db, sql: """
                SELECT a.name, p.name AS person, o.role, o.country_code AS office_country, s.country_code
                FROM statements s JOIN articles a ON a.id = s.article_id
                LEFT JOIN people p ON p.id = s.person_id LEFT JOIN offices o ON o.id = s.office_id
                ORDER BY a.name
                """)
        }
        #expect(rows.map { $0["name"] as String } == [
            "a1_2016-03-01.txt", "a2_2016-05-02.txt", "a3_2016-05-02.txt", "a4_2016-05-02.txt",
        ])
        #expect(rows.map { $0["person"] as String? } == Array(repeating: "Marek Dvorsky", count: 4))
        // The second and fourth statements: the office newest on their day, which the third article, of the same
        // day, added; the same in any order of import.
        #expect(rows.map { $0["role"] as String? } == ["foreign minister", "ambassador", "ambassador", "ambassador"])
        #expect(rows.map { $0["country_code"] as String? } == ["CZE", "SVK", "SVK", "SVK"])
    }

    /// A statement whose article gives its speaker only a former office shows it as former (migration 0010).
    @Test func aFormerOfficeShowsAsFormer() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/b1_2016-03-01.txt",
                      "Trial nears\n\n\"The case is weak,\" said former federal prosecutor Marek Dvorsky.\n")
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        _ = try importPaths([dir.path("in")], into: archive)
        let roles = try archive.read { db in try String?.fetchAll(db, sql: "SELECT speaker_role FROM v_statements") }
        #expect(roles == ["former prosecutor"])
    }

    /// A son named for his father is another person once an article names both (`Karl Moen` and `Karl Moen Jr.`);
    /// otherwise the suffix is one man's name written two ways. The same in either order of import.
    @Test(arguments: [false, true])
    func aSonIsNotHisFather(_ reversed: Bool) throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let files = [
            ("a1_2016-03-01.txt", "Vote due\n\n\"We will vote,\" Karl Moen said on Monday.\n"),
            ("a2_2016-03-02.txt", "Vote done\n\n\"We voted,\" Karl Moen Jr. said on Tuesday.\n"),
            ("a3_2016-03-03.txt", "Court rules\n\n\"It is settled,\" Ida Holm Jr. said.\n"),
            ("a4_2016-03-04.txt", "Court again\n\n\"It is final,\" Ida Holm said.\n"),
            ("a5_2016-03-05.txt", "Family\n\nKarl Moen Jr. met Karl Moen on Friday.\n"),
        ]
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        for (name, text) in reversed ? files.reversed() : files {
            try dir.write("in/\(name)", text)
            _ = try importPaths([dir.path("in/\(name)")], into: archive)
        }
        let people = try archive.read { db in
            try String.fetchAll(db, sql: """
                SELECT p.name || '|' || ifnull(t.name, '-') FROM people p LEFT JOIN people t ON t.id = p.alias_of
                ORDER BY p.name
                """)
        }
        #expect(people == ["Ida Holm|-", "Ida Holm Jr.|Ida Holm", "Karl Moen|-", "Karl Moen Jr.|-"])
    }

    /// The place an office is of shows in both views (migration 0011): `London's mayor` is London's.
    @Test func anOfficesPlaceShows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/b1_2016-03-01.txt",
                      "Visit off\n\nLondon's mayor, Marek Dvorsky, said the visit should be cancelled.\n")
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        _ = try importPaths([dir.path("in")], into: archive)
        let (spoken, held) = try archive.read { db in
            (try String.fetchAll(db, sql: "SELECT ifnull(speaker_role, '-') || '|' || ifnull(speaker_country, '-') || '|' || ifnull(speaker_place, '-') FROM v_statements"),
             try String.fetchAll(db, sql: "SELECT role || '|' || ifnull(place, '-') FROM v_officials"))
        }
        #expect(spoken == ["mayor|GBR|London"])
        #expect(held == ["mayor|London"])
    }

    @Test func importingTheSameContentTwiceStoresItOnce() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("a/one.txt", fisheriesArticle)
        try dir.write("a/copy-of-one.txt", fisheriesArticle)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let first = try importPaths([dir.path("a")], into: archive).0
        #expect(first.imported == 1)
        #expect(first.duplicates == 1)
        let counts = { try archive.read { db throws in
            try [Int.fetchOne(db, sql: "SELECT count(*) FROM articles")!, Int.fetchOne(db, sql: "SELECT count(*) FROM statements")!]
        } }
        let before = try counts()
        let second = try importPaths([dir.path("a")], into: archive).0
        #expect(second.imported == 0)
        #expect(second.duplicates == 2)
        #expect(try counts() == before)
    }

    @Test func anImportBuildsTheIndexesItDeferredAndMendsThoseAStoppedOneLeft() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("a/one.txt", fisheriesArticle)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let indexes = { try archive.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        } }
        let before = try indexes()
        #expect(before.contains { $0.hasPrefix("CREATE INDEX statements_published ON statements") })
        _ = try importPaths([dir.path("a")], into: archive)
        #expect(try indexes() == before)
        #expect(try archive.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM deferred_indexes") } == 0)
        // The full-text settings of the import are undone: FTS5's own again.
        let setting = { (key: String) in try archive.read { db in
            try Int.fetchOne(db, sql: "SELECT v FROM statements_fts_config WHERE k = ?", arguments: [key])
        } }
        let hashSize = { try setting("hashsize") }
        #expect(try hashSize() == 1 << 20)
        #expect(try setting("automerge") == 4)
        // An import stopped after dropping its indexes (here, one that set bulk load up and went no further) leaves
        // them listed, with the settings to restore; the next import builds and restores them.
        try archive.setBulkLoad(true)
        #expect(try hashSize() == 32 << 20)
        #expect(try setting("automerge") == 16)
        #expect(try indexes().count < before.count - 10)
        #expect(try archive.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM deferred_indexes WHERE name LIKE 'statements_fts %' ORDER BY name")
        } == ["statements_fts automerge", "statements_fts hashsize"])
        try dir.write("b/two.txt", "Cod talks\n\n\"We will not move,\" said Erik Holm, the Danish transport minister.\n")
        #expect(try importPaths([dir.path("b")], into: archive).0.imported == 1)
        #expect(try indexes() == before)
        #expect(try hashSize() == 1 << 20)
        #expect(try setting("automerge") == 4)
        #expect(try archive.answer(Question.parse("what did Holm say")!).table.rows.count == 1)
    }

    @Test func datesComeFromTheOptionTheManifestOrTheFileName() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("m/in-manifest.txt", "Title A\n\nA said the day was fine.\n")
        try dir.write("m/herald_2019-04-02_story.txt", "Title B\n\nB said the night was fine.\n")
        try dir.write("m/MANIFEST.tsv", "file\tdate\tsource\turl\nin-manifest.txt\t2018-01-05\tHerald\thttps://example.org/a\n")
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        _ = try importPaths([dir.path("m")], into: archive)
        let rows = try archive.read { db throws in
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.published_on, s.name AS source, a.url FROM articles a LEFT JOIN sources s ON s.id = a.source_id
                ORDER BY a.name
                """)
        }
        #expect(rows.map { $0["name"] as String } == ["herald_2019-04-02_story.txt", "in-manifest.txt"])
        #expect(rows.map { $0["published_on"] as String? } == ["2019-04-02", "2018-01-05"])
        #expect(rows[1]["source"] == "Herald")
        #expect(rows[1]["url"] == "https://example.org/a")

        let other = try Archive(path: dir.path("b.sqlite"), lexicon: sharedLexicon)
        _ = try importPaths([dir.path("m/herald_2019-04-02_story.txt")], into: other,
                            options: ImportOptions(date: "2020-12-31", source: "Given"))
        let row = try other.read { db throws in
            try Row.fetchOne(db, sql: "SELECT published_on, (SELECT name FROM sources) AS source FROM articles")
        }
        #expect(row?["published_on"] == "2020-12-31")
        #expect(row?["source"] == "Given")
    }

    @Test func missingPathIsReportedAndTheRestImports() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let good = try dir.write("good.txt", fisheriesArticle)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let (summary, failures, _) = try importPaths([dir.path("nope.txt"), good], into: archive)
        #expect(summary.imported == 1)
        #expect(failures == ["\(dir.path("nope.txt")): no such file or directory"])
    }

    @Test func storedOffsetsPointAtTheStatementInTheText() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("good.txt", "Zoë’s café row\n\n" + fisheriesArticle)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        _ = try importPaths([file], into: archive)
        try archive.read { db throws in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.text, substr(a.text, s.start + 1, s."end" - s.start) AS span,
                       s.speaker_mention, substr(a.text, s.speaker_start + 1, s.speaker_end - s.speaker_start) AS mention
                FROM statements s JOIN articles a ON a.id = s.article_id
                """)
            #expect(rows.count >= 2)
            for row in rows {
                #expect(row["text"] as String == row["span"] as String)
                if let mention = row["speaker_mention"] as String? {
                    #expect(mention == row["mention"] as String)
                }
            }
            let direct = try String.fetchAll(db, sql: "SELECT text FROM statements WHERE kind = 'direct' ORDER BY start")
            #expect(direct.contains("This plan is not acceptable to us"))
            #expect(direct.contains("We remain open to a fair deal"))
        }
    }

    @Test func isoDatesAreRecognized() {
        #expect(Importer.isoDate("2016-02-05") == "2016-02-05")
        #expect(Importer.isoDate("2016-02-05T10:00:00Z") == "2016-02-05")
        #expect(Importer.isoDate("2004-2005") == nil)
        #expect(Importer.isoDate("2016-13-05") == nil)
        #expect(Importer.isoDate("2017-02-30T10:00:00Z") == nil)
        #expect(Importer.isoDate("2016-02-29T10:00:00Z") == "2016-02-29")
        #expect(Importer.dateInFileName("nyt_2016-10-02_talks.txt") == "2016-10-02")
        #expect(Importer.dateInFileName("story-12016-10-02.txt") == nil)
        #expect(Importer.dateInFileName("desk_2017-02-30_then_2017-03-01.txt") == "2017-03-01")
    }

    /// Dates and why each is not a calendar day written YYYY-MM-DD (nil: it is one).
    static let dates: [(text: String, problem: String?)] = [
        ("2016-02-29", nil), ("2000-02-29", nil), ("2017-12-31", nil), ("2017-04-30", nil),
        ("2017-02-30", "'2017-02-30' is not a calendar date (February 2017 has 28 days)"),
        ("2017-02-29", "'2017-02-29' is not a calendar date (February 2017 has 28 days)"),
        ("2016-02-30", "'2016-02-30' is not a calendar date (February 2016 has 29 days)"),
        ("1900-02-29", "'1900-02-29' is not a calendar date (February 1900 has 28 days)"),
        ("2017-04-31", "'2017-04-31' is not a calendar date (April 2017 has 30 days)"),
        ("2017-01-00", "'2017-01-00' is not a calendar date (January 2017 has 31 days)"),
        ("2017-13-01", "'2017-13-01' is not a calendar date (there is no month 13)"),
        ("2017-00-10", "'2017-00-10' is not a calendar date (there is no month 0)"),
        ("17-2-3", "'17-2-3' is not a date as YYYY-MM-DD"),
        ("2017-1-01", "'2017-1-01' is not a date as YYYY-MM-DD"),
        ("2016-02-05T10:00:00Z", "'2016-02-05T10:00:00Z' is not a date as YYYY-MM-DD"),
        ("yesterday", "'yesterday' is not a date as YYYY-MM-DD"),
    ]

    @Test(arguments: dates)
    func calendarDatesAreTold(text: String, problem: String?) {
        #expect(ISODate.problem(text) == problem)
        #expect(ISODate.day(text) == (problem == nil ? text : nil))
    }

    @Test func aJSONLineDateThatIsNotADayIsLeftOutWithAWarning() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let feed = try dir.write("feed.jsonl", """
            {"id": "a", "title": "Talks", "text": "The minister said the port would reopen.", "date": "2017-02-30"}
            {"id": "b", "title": "Talks again", "text": "The mayor said the port would close.", "date": "2016-02-29T08:00:00Z"}
            """)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let (summary, failures, warnings) = try importPaths([feed], into: archive, options: ImportOptions(date: "2017-03-01"))
        #expect(summary.imported == 2 && failures.isEmpty)
        #expect(warnings == ["\(feed):1: the date '2017-02-30' is not a calendar date (February 2017 has 28 days); it is left out"])
        let dates = try archive.read { db throws in
            try String.fetchAll(db, sql: "SELECT published_on FROM articles ORDER BY name")
        }
        #expect(dates == ["2017-03-01", "2016-02-29"])
    }

    @Test func anImportDateThatIsNotADayIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("a.txt", fisheriesArticle)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        #expect { try importPaths([file], into: archive, options: ImportOptions(date: "2017-02-30")) } throws: { error in
            "\(error)" == "import date '2017-02-30' is not a calendar date (February 2017 has 28 days)"
        }
        #expect(try archive.read { db throws in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") } == 0)
    }

    @Test func linesLongerThanAChunkAreReadWhole() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let long = [UInt8](repeating: 0x78, count: 2_500_000)
        let file = try dir.write("lines.jsonl", Array("a\n".utf8) + long + Array("\n\nb".utf8))
        var reader = try LineReader(path: file)
        #expect(try reader.next() == .text(Array("a".utf8)))
        #expect(try reader.next() == .text(long))
        #expect(try reader.next() == .text([]))
        #expect(try reader.next() == .text(Array("b".utf8)))
        #expect(try reader.next() == nil)
    }

    @Test func manifestCSVHandlesQuotedFields() {
        let rows = Manifest.csvRows("file,title\n\"a.txt\",\"Talks, again \"\"soon\"\"\"\n\nc.txt,\"Two\nlines\"\nb.txt,Plain\n")
        #expect(rows.map(\.cells) == [["file", "title"], ["a.txt", "Talks, again \"soon\""], ["c.txt", "Two\nlines"], ["b.txt", "Plain"]])
        #expect(rows.map(\.line) == [1, 2, 4, 6])
    }

    @Test func aManifestThatCannotBeUsedIsNamedOnceWithItsReason() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/a.txt", fisheriesArticle)
        try dir.write("in/MANIFEST.tsv", "title\tdate\nIceland\t2017-03-01\n")
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let (summary, failures, _) = try importPaths([dir.path("in")], into: archive)
        #expect(summary.imported == 1)
        #expect(failures == ["\(dir.path("in/MANIFEST.tsv")): manifest has no 'file' column"])
    }

    @Test func manifestRowsThatCannotBeUsedAreWarnedAboutWithTheirLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/a.txt", "Talks resume\n\nThe minister said the port would reopen.\n")
        try dir.write("in/b.txt", "Talks end\n\nThe mayor said the port would close.\n")
        try dir.write("in/sub/c_2018-05-06.txt", "Talks again\n\nThe envoy said the port would stay open.\n")
        let manifest = try dir.write("in/MANIFEST.tsv", """
            source\tdate\tfile
            Herald\t2017-01-02\ta.txt

            Gazette
            Gazette\t2017-01-03\t
            Courier\t2017-02-30\tb.txt
            Other\t2017-01-04\ta.txt
            Post\t2017-01-05\tsub/c_2018-05-06.txt
            Times\t2017-01-06\tmissing.txt

            """)
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let (summary, failures, warnings) = try importPaths([dir.path("in")], into: archive)
        #expect(summary.imported == 3 && failures.isEmpty)
        #expect(warnings == [
            "\(manifest):4: the row has no cell in the file column (column 3); it is left out",
            "\(manifest):5: the row's file name is empty; it is left out",
            "\(manifest):6: the date '2017-02-30' is not a calendar date (February 2017 has 28 days); it is left out",
            "\(manifest):7: 'a.txt' is listed already on line 2; this row is left out",
            "\(manifest):9: there is no file 'missing.txt' under the manifest's directory",
        ])
        let rows = try archive.read { db throws in
            try Row.fetchAll(db, sql: """
                SELECT a.name, a.published_on, s.name AS source FROM articles a JOIN sources s ON s.id = a.source_id
                ORDER BY a.name
                """)
        }
        #expect(rows.map { $0["name"] as String } == ["a.txt", "b.txt", "c_2018-05-06.txt"])
        #expect(rows.map { $0["published_on"] as String? } == ["2017-01-02", nil, "2017-01-05"])
        #expect(rows.map { $0["source"] as String } == ["Herald", "Courier", "Post"])
    }

    @Test func aManifestGivenForTheImportWarnsAboutItsBadRowsButNotAboutFilesItDoesNotImport() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let file = try dir.write("in/a.txt", "Talks resume\n\nThe minister said the port would reopen.\n")
        let manifest = try dir.write("list.csv", "file,date\na.txt,2017-01-02\nb.txt,2017-02-30\nc.txt,2017-01-03\n")
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        let (summary, _, warnings) = try importPaths([file], into: archive,
                                                     options: ImportOptions(manifest: URL(fileURLWithPath: manifest)))
        #expect(summary.imported == 1)
        #expect(warnings == [
            "\(manifest):3: the date '2017-02-30' is not a calendar date (February 2017 has 28 days); it is left out",
        ])
        #expect(try archive.read { db throws in try String.fetchOne(db, sql: "SELECT published_on FROM articles") } == "2017-01-02")
    }
}

@Suite struct PersonIdentityTests {
    @Test func spellingsWithDiacriticsOrAMiddleInitialAreOnePerson() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("a/desk_2023-01-02_a.txt", "Talks\n\nFrench ambassador François Lemaire said the talks would resume.\n")
        try dir.write("a/desk_2023-02-03_b.txt", "More talks\n\nFrench ambassador Francois Lemaire said the talks had resumed.\n")
        try dir.write("a/desk_2023-03-04_c.txt", "Even more\n\nFrench ambassador Francois P. Lemaire said the talks were over.\n")
        try dir.write("a/desk_2023-04-05_d.txt", "Later\n\nLemaire said the talks would never resume.\n")
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("a")])
        try archive.read { db throws in
            // The spelling with the initial stands for the person; the one without it, with diacritics (the better
            // of two spellings), and the surname alone stand for them.
            #expect(try String.fetchAll(db, sql: "SELECT name FROM people WHERE alias_of IS NULL") == ["Francois P. Lemaire"])
            #expect(try String.fetchAll(db, sql: """
                SELECT s.name || ' → ' || p.name FROM people s JOIN people p ON p.id = s.alias_of ORDER BY s.name
                """) == ["François Lemaire → Francois P. Lemaire", "Lemaire → Francois P. Lemaire"])
            let office = try Row.fetchOne(db, sql: "SELECT role, country, first_seen, last_seen FROM v_officials")
            #expect(office?["role"] == "ambassador")
            #expect(office?["first_seen"] == "2023-01-02")
            #expect(office?["last_seen"] == "2023-03-04")
            #expect(try Int.fetchOne(db, sql: "SELECT count(DISTINCT person_id) FROM statements") == 1)
        }
    }

    @Test func sameSurnameInDifferentCountriesStaysTwoPeople() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("b/desk_2023-01-02_a.txt", "Talks\n\nNorwegian Foreign Minister Erik Park said the talks would resume.\n")
        try dir.write("b/desk_2023-01-03_b.txt", "Trade\n\nSouth Korean Trade Minister Park Min-ho said exports would rise.\n")
        let archive = try Archive(path: dir.path("b.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("b")])
        let people = try archive.read { db in
            try String.fetchAll(db, sql: "SELECT p.name || '|' || o.country_code FROM people p JOIN offices o ON o.person_id = p.id ORDER BY p.name")
        }
        #expect(people == ["Erik Park|NOR", "Park Min-ho|KOR"])
    }

    @Test func matchNameDropsInitialsAndSuffixes() {
        #expect(PersonName.matchName("john f. kerry") == ("john kerry", "f"))
        #expect(PersonName.matchName("george h. w. bush") == ("george bush", "hw"))
        #expect(PersonName.matchName("martin luther king jr.") == ("martin luther king", ""))
        #expect(PersonName.generation("martin luther king jr.") == "jr")
        #expect(PersonName.generation("john kerry") == "")
    }
}
