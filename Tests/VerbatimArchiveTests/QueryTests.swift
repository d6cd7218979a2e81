import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

@Suite struct QueryTests {
    /// An archive holding the fisheries article (published 2023-03-07) and a second article by other speakers.
    func archive(_ dir: TemporaryDirectory) throws -> Archive {
        try dir.write("in/desk_2023-03-07_cod.txt", fisheriesArticle)
        try dir.write("in/desk_2023-05-02_ferry.txt", """
            Ferry link reopens

            Danish Transport Minister Erik Holm said on Tuesday that the ferry would sail again in June.

            "Passengers have waited long enough," Holm told reporters in Copenhagen.
            """)
        let archive = try Archive(path: dir.path("q.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }

    func texts(_ table: ResultTable) -> [String] {
        let column = table.columns.firstIndex(of: "text")!
        return table.rows.map { ResultTable.plain($0[column]) }
    }

    /// A parse in one line: form, speaker, verb, addressee, topic and phrase, `-` for none.
    func shape(_ question: Question?) -> String {
        guard let q = question else { return "nil" }
        return [q.form.rawValue, q.speaker ?? "-", q.verb ?? "-", q.addressee ?? "-", q.topic ?? "-", q.phrase ?? "-"]
            .joined(separator: "|")
    }

    @Test func questionsOfTheFirstFormParse() {
        #expect(shape(Question.parse("What did Russia's UN envoy say about Aleppo?")) == "what|Russia's UN envoy|say|-|Aleppo|-")
        #expect(shape(Question.parse("what has Holm said")) == "what|Holm|said|-|-|-")
        #expect(shape(Question.parse("what did the French ambassador say regarding the talks"))
            == "what|the French ambassador|say|-|the talks|-")
        // Words after the verb are what the statements should be about, whatever marks them.
        #expect(shape(Question.parse("what did Holm say yesterday")) == "what|Holm|say|-|yesterday|-")
        #expect(shape(Question.parse("Who said “a fair deal”?")) == "who|-|-|-|-|a fair deal")
        #expect(shape(Question.parse("who said fair deal")) == "who|-|-|-|-|fair deal")
        // Who someone is, not what they said: a search for the words; nothing to search for is no question.
        #expect(shape(Question.parse("who is Holm")) == "what|-|-|-|who is Holm|-")
        #expect(shape(Question.parse("tell me about the Geneva talks")) == "what|-|-|-|tell me about the Geneva talks|-")
        #expect(Question.parse("what is this") == nil)
        #expect(Question.parse("who did what?") == nil)
    }

    /// Other verbs and shapes of asking what someone said: the speaker before the verb, the topic after its marker.
    @Test(arguments: [
        ("what did Marin announce about the air strikes", "what|Marin|announce|-|the air strikes|-"),
        ("What did Berger call for?", "what|Berger|call|-|-|-"),
        ("what did Berger call for in Homs", "what|Berger|call|-|in Homs|-"),
        ("what did Marin tell reporters about the pilots", "what|Marin|tell|reporters|the pilots|-"),
        ("what did Xi tell Trump about Taiwan", "what|Xi|tell|Trump|Taiwan|-"),
        ("why did Ward say the coalition would win", "why|Ward|say|-|the coalition would win|-"),
        ("what did Dumont say in response to the bombing", "what|Dumont|say|-|the bombing|-"),
        ("what did Marin claim Russia was doing", "what|Marin|claim|-|Russia was doing|-"),
        ("what did Ward tweet after the vote", "what|Ward|tweet|-|the vote|-"),
        ("what has the U.S. secretary of state warned about", "what|the U.S. secretary of state|warned|-|-|-"),
        ("what did the U.S. secretary of state say about Daesh", "what|the U.S. secretary of state|say|-|Daesh|-"),
        ("Why did Nikki Haley get emotional at the camp", "why|Nikki Haley|get|-|emotional at the camp|-"),
        ("why didn't the White House name a site", "why|the White House|name|-|a site|-"),
        ("under what conditions did Jim Mattis say talks could start", "what|Jim Mattis|say|-|talks could start|-"),
        ("what has Tehran said it will do", "what|Tehran|said|-|it will do|-"),
    ] as [(String, String)])
    func otherVerbsOfSayingParse(_ c: (String, String)) {
        #expect(shape(Question.parse(c.0)) == c.1)
    }

    /// The speaker is the noun phrase after the auxiliary: names, titles, institutions and descriptions, up to the
    /// first word that cannot be part of one (a participle, a negation), or the verb of saying a few plain words on.
    @Test(arguments: [
        ("what did the Economist Intelligence Unit analyst say about Ukraine", "the Economist Intelligence Unit analyst"),
        ("what did a senior law enforcement official say about the server", "a senior law enforcement official"),
        ("what did a US official briefed on the meeting say about the shoal", "a US official"),
        ("what did a Mexican official not authorized to speak say", "a Mexican official"),
        ("what did the top Democrat on the Senate Foreign Relations Committee say", "the top Democrat on the Senate Foreign Relations Committee"),
        ("what did the acting assistant secretary of state for South Asia say", "the acting assistant secretary of state for South Asia"),
        ("what did Megumi Yokota's mother say after meeting Trump", "Megumi Yokota's mother"),
        ("what did Afghanistan's envoy in Geneva say about the WTO", "Afghanistan's envoy in Geneva"),
    ] as [(String, String)])
    func speakerDescriptionsParse(_ c: (String, String)) {
        #expect(Question.parse(c.0)?.speaker == c.1)
    }

    @Test func whoAndWhichAskForTheSpeakerOfWords() {
        #expect(shape(Question.parse("who described the plan as reckless")) == "who|-|described|-|the plan as reckless|-")
        #expect(shape(Question.parse("who called for a ceasefire")) == "who|-|called|-|for a ceasefire|-")
        #expect(shape(Question.parse("who in the Bush administration said the facility would not work"))
            == "who|the Bush administration|said|-|the facility would not work|-")
        #expect(shape(Question.parse("who at the IMF warned about a backlash")) == "who|the IMF|warned|-|about a backlash|-")
        #expect(shape(Question.parse("which OECD economist said the shock could be absorbed"))
            == "which|OECD economist|said|-|the shock could be absorbed|-")
        #expect(shape(Question.parse("why is Clinton saying so little about Syria, according to a former adviser"))
            == "why|a former adviser|saying|-|Clinton so little about Syria|-")
    }

    @Test func howManyAndWhenTakeAnyVerb() {
        let count = Question.parse("how many comments did Ian Solomon make about the bank")
        #expect(shape(count) == "how many|Ian Solomon|make|-|the bank|-")
        #expect(count?.mode == .count)
        let latest = Question.parse("when did Obama last explain what he meant")
        #expect(shape(latest) == "when|Obama|explain|-|what he meant|-")
        #expect(latest?.mode == .latest)
        #expect(Question.parse("When did Putin praise Donald Trump")?.mode == .list)
    }

    @Test func moreFormsAndDateClausesParse() {
        var quotes = Question(speaker: "Holm", topic: "the ferry")
        quotes.quotesOnly = true
        #expect(Question.parse("quotes from Holm about the ferry") == quotes)
        #expect(Question.parse("Statements by Iceland") == Question(speaker: "Iceland"))
        var count = Question(speaker: "Holm", topic: "ferries")
        count.mode = .count
        count.form = .howMany
        #expect(Question.parse("how many statements did Holm make about ferries?") == count)
        var latest = Question(speaker: "Iceland", topic: "cod")
        latest.mode = .latest
        latest.form = .when
        #expect(Question.parse("when did Iceland last talk about cod") == latest)
        #expect(Question.parse("what did Holm say in May 2023")?.since == "2023-05-01")
        #expect(Question.parse("what did Holm say in May 2023")?.until == "2023-05-31")
        #expect(Question.parse("what did Holm say before 2023-03-01")?.until == "2023-02-28")
        let between = Question.parse("what did Holm say about the ferry between 2023-01-01 and 2023-06-30")
        #expect(between?.topic == "the ferry" && between?.since == "2023-01-01" && between?.until == "2023-06-30")
    }

    @Test func countsLatestAndDateRanges() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let count = try archive.answer(Question.parse("how many statements did Holm make")!)
        #expect(ResultTable.plain(count.table.rows[0][0]) == "2")
        let latest = try archive.answer(Question.parse("when did Iceland last talk about cod")!)
        #expect(latest.table.rows.count == 1)
        #expect(try archive.answer(Question.parse("what did Holm say in March 2023")!).table.rows.isEmpty)
        #expect(try archive.answer(Question.parse("what did Holm say since 2023-05-01")!).table.rows.count == 2)
    }

    @Test func answersForMachinesCarryTheExportsFieldsWithScoreAndContext() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let answer = try archive(dir).answer(Question.parse("what did Holm say")!, allColumns: true)
        #expect(answer.table.columns == Archive.exportColumns + ["speaker_description", "title", "source", "score"])
        #expect(answer.table.rows.count == 2)
    }

    @Test func aSeatSpeaksForItselfAndThroughSpokespeopleNotForEveryOfficial() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        try dir.write("in/desk_2023-04-02_kremlin.txt", """
            Kremlin dismisses report

            The Kremlin said on Monday the report was baseless.

            "We have nothing to add," Kremlin spokesman Pavel Orlov told reporters.

            Russian Foreign Minister Lev Ilyin said the talks would go on.
            """)
        let archive = try Archive(path: dir.path("seat.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        let answer = try archive.answer(Question.parse("what did the Kremlin say")!)
        let speaker = answer.table.columns.firstIndex(of: "speaker")!
        #expect(Set(answer.table.rows.map { ResultTable.plain($0[speaker]) }) == ["Russia", "Pavel Orlov"])
    }

    @Test func aSpeakerNoOneMatchesIsNamedWithTheClosestNames() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        #expect { try archive.answer(Question(speaker: "Sigurdardotir")) } throws: { error in
            "\(error)".hasPrefix("no one in the archive matches 'Sigurdardotir'; the closest names are Anna Sigurdardottir")
        }
    }

    @Test func askByOfficeFindsTheOfficeHolderOnly() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let answer = try archive.answer(Question.parse("what did the Icelandic foreign minister say")!)
        #expect(texts(answer.table).contains("This plan is not acceptable to us"))
        #expect(!texts(answer.table).contains("Passengers have waited long enough"))
        let speakers = Set(answer.table.rows.map { ResultTable.plain($0[answer.table.columns.firstIndex(of: "speaker")!]) })
        #expect(speakers == ["Anna Sigurdardottir"])
    }

    @Test func askBySurnameWithTopic() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let answer = try archive.answer(Question.parse("what did Holm say about Copenhagen")!)
        #expect(texts(answer.table) == ["Passengers have waited long enough"])
        #expect(answer.explanation.prefix(2) == ["parse: form what; speaker 'Holm'; verb 'say'; topic 'Copenhagen'",
                                                 "speaker 'Holm': person: Erik Holm"])
    }

    @Test func statementsFilterByCountryDateAndAbout() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let danish = try archive.statements(StatementFilter(country: "Denmark"))
        #expect(Set(texts(danish)).contains("Passengers have waited long enough"))
        #expect(!texts(danish).contains("This plan is not acceptable to us"))
        let since = try archive.statements(StatementFilter(since: "2023-04-01"))
        #expect(!since.rows.isEmpty)
        #expect(since.rows.allSatisfy { ResultTable.plain($0[0]) == "2023-05-02" })
        let about = try archive.statements(StatementFilter(about: "fair deal"))
        #expect(texts(about) == ["We remain open to a fair deal"])
        #expect(throws: ArchiveError.self) { try archive.statements(StatementFilter(country: "Atlantis")) }
    }

    @Test func aTopicsListedStatementsComeNewestFirstAsSQLitesWalkGivesThem() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        #expect(Archive.ids(in: "12,345,6789") == [12, 345, 6789])
        #expect(Archive.ids(in: "") == [])
        try archive.read { db in
            let all = try Int64.fetchAll(db, sql: "SELECT id FROM statements ORDER BY id")
            #expect(all.count >= 4)
            // Listed in an order of their own, one twice, as a topic's links and words may list them.
            let listed = Array(all.reversed()) + [all[0]]
            let json = "[" + listed.map(String.init).joined(separator: ",") + "]"
            for limit in [nil, 1, 3] {
                let walked = try Archive.statementIDs(
                    db, [SQLCondition("+v.id IN (SELECT value FROM json_each(?))", [json])], limit: limit)
                #expect(try Archive.newestFirst(db, among: listed, limit: limit) == walked)
                #expect(walked.count == min(limit ?? all.count, all.count))
            }
            // The newer article's statements first.
            let newest = try Archive.newestFirst(db, among: all, limit: 1)
            #expect(try String.fetchOne(db, sql: "SELECT published_on FROM statements WHERE id = ?", arguments: [newest[0]])
                    == "2023-05-02")
        }
    }

    @Test func exportHasTheScorersColumnsInOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        var rows: [[String: Any]] = []
        try archive.exportStatements { columns, row in
            let line = ResultTable.jsonObject(columns, row)
            rows.append(try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])
        }
        #expect(!rows.isEmpty)
        let quote = try #require(rows.first { $0["text"] as? String == "This plan is not acceptable to us" })
        #expect(quote["article"] as? String == "desk_2023-03-07_cod.txt")
        #expect(quote["kind"] as? String == "direct")
        #expect(quote["speaker"] as? String == "Anna Sigurdardottir")
        #expect(quote["speaker_role"] as? String == "foreign minister")
        #expect(quote["speaker_country"] as? String == "ISL")
        #expect(quote["published_on"] as? String == "2023-03-07")
        #expect(quote["speaker_start"] is Int)
    }

    @Test func renderingFormats() {
        let table = ResultTable(columns: ["a", "b"], rows: [["x, \"y\"".databaseValue, .null]])
        #expect(table.rendered(.csv) == "a,b\n\"x, \"\"y\"\"\",\n")
        #expect(table.rendered(.jsonl) == "{\"a\":\"x, \\\"y\\\"\",\"b\":null}\n")
        #expect(table.rendered(.json) == "[{\"a\":\"x, \\\"y\\\"\",\"b\":null}]\n")
        #expect(table.rendered(.markdown) == "| a | b |\n| --- | --- |\n| x, \"y\" |  |\n")
        #expect(table.rendered(.table) == "a       b\n------  -\nx, \"y\"\n(1 row)\n")
    }

    @Test func migrationsDirectoryCanBeReplaced() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let bundled = try #require(Archive.bundledMigrations)
        try FileManager.default.createDirectory(atPath: dir.path("m"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) {
            try FileManager.default.copyItem(atPath: bundled.appendingPathComponent(name).path, toPath: dir.path("m/\(name)"))
        }
        try dir.write("m/9000_local.sql", "CREATE TABLE local_notes (id INTEGER PRIMARY KEY, note TEXT);")
        let archive = try Archive(path: dir.path("a.sqlite"), migrations: dir.url.appendingPathComponent("m"),
                                  lexicon: sharedLexicon)
        #expect(try archive.read { db in try db.tableExists("local_notes") })
        // The bundled migrations do not know 9000_local: that file now counts as from a newer Verbatim.
        #expect(throws: ArchiveError.self) { try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon) }
        #expect(throws: ArchiveError.self) {
            try Archive(path: dir.path("b.sqlite"), migrations: dir.url.appendingPathComponent("none"), lexicon: sharedLexicon)
        }
    }

    /// An archive whose schema stops before migration `first` (`"0004"`), holding what importing `files` into a
    /// current archive stores, column for column: as an older Verbatim would have written it.
    private func archiveBefore(_ first: String, _ files: [String: String], in dir: TemporaryDirectory) throws -> String {
        let bundled = try #require(Archive.bundledMigrations)
        try FileManager.default.createDirectory(atPath: dir.path("old"), withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled.path) where name < first {
            try FileManager.default.copyItem(atPath: bundled.appendingPathComponent(name).path, toPath: dir.path("old/\(name)"))
        }
        for (name, text) in files { try dir.write("in/\(name)", text) }
        let current = try Archive(path: dir.path("current.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: current, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        let old = try Archive(path: dir.path("old.sqlite"), migrations: dir.url.appendingPathComponent("old"), lexicon: sharedLexicon)
        try old.writer.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS current", arguments: [dir.path("current.sqlite")])
            try db.inTransaction {
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")  // tables are copied in name order
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                      AND name NOT LIKE 'statements_fts%' AND name != 'grdb_migrations' ORDER BY name
                    """)
                for table in tables {
                    let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table])
                        .map { "\"\($0)\"" }.joined(separator: ", ")
                    try db.execute(sql: "INSERT OR REPLACE INTO main.\(table)(\(columns)) SELECT \(columns) FROM current.\(table)")
                }
                try db.execute(sql: "INSERT INTO statements_fts(rowid, text, context) SELECT id, text, context FROM statements")
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE current")
        }
        return dir.path("old.sqlite")
    }

    @Test func anArchiveFromBeforeTheFastInsertsMigrationKeepsEverything() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let path = try archiveBefore("0004", ["desk_2023-03-07_cod.txt": fisheriesArticle], in: dir)
        let before = try Archive(path: dir.path("current.sqlite"), lexicon: sharedLexicon).statements(StatementFilter())
        let archive = try Archive(path: path, lexicon: sharedLexicon)
        let after = try archive.statements(StatementFilter())
        #expect(after.rows.count == before.rows.count && after.rows.count == 4)
        #expect(after.rows.map { $0.map(ResultTable.plain) } == before.rows.map { $0.map(ResultTable.plain) })
        try archive.read { db in
            // Migration 0005: every statement carries its article's date.
            #expect(try Int.fetchOne(db, sql: """
                SELECT count(*) FROM statements s JOIN articles a ON a.id = s.article_id
                WHERE s.published_on = a.published_on AND s.published_on = '2023-03-07'
                """) == 4)
            // No CHECK … IN (…) is left, and the full-text index still finds the words.
            let checks = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK (% IN (%'")
            #expect(checks.count == 3, "\(checks)")  // the small gazetteer tables and offices keep theirs
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'acceptable'") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") == 12)
        }
        #expect(try archive.answer(Question.parse("what did Sigurdardottir say")!).table.rows.count == 3)
    }

    @Test func whoAndPeopleListOfficesWithTheirDates() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let who = try archive.who("the Icelandic foreign minister")
        #expect(who.rows.map { ResultTable.plain($0[0]) } == ["Anna Sigurdardottir"])
        #expect(who.rows.first.map { ResultTable.plain($0[who.columns.firstIndex(of: "first_seen")!]) } == "2023-03-07")
        let danes = try archive.officials(country: "Danish")
        #expect(danes.rows.map { ResultTable.plain($0[0]) + "|" + ResultTable.plain($0[1]) } == ["Erik Holm|transport minister"])
        #expect {
            try archive.who("Nobody Atall")
        } throws: { error in
            "\(error)".hasPrefix("no one in the archive matches 'Nobody Atall'")
        }
    }
}
