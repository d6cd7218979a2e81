import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

/// Statement acts in the archive: stored with their targets, shown in `v_statements`, and filtered by.
@Suite struct StatementActArchiveTests {
    func archive(_ dir: TemporaryDirectory) throws -> Archive {
        try dir.write("in/desk_2023-04-11_strait.txt", """
            Envoys trade blame over strait closure

            Norwegian Foreign Minister Lene Aas criticized the Russian navy over the closure of the strait.

            Russia rejected the accusations on Tuesday.

            "We demand that Norway stop the patrols at once," Russian envoy Pavel Orlov said.

            Aas said she welcomed Sweden's offer to mediate.
            """)
        let archive = try Archive(path: dir.path("acts.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }

    func speakers(_ table: ResultTable) -> [String] {
        let column = table.columns.firstIndex(of: "speaker")!
        return table.rows.map { ResultTable.plain($0[column]) }
    }

    @Test func everyStatementHasItsMainActInTheView() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let rows = try archive(dir).read { db throws in
            try Row.fetchAll(db, sql: "SELECT speaker, act, act_target FROM v_statements ORDER BY start")
        }
        #expect(rows.map { "\($0["speaker"] as String? ?? "-")|\($0["act"] as String? ?? "-")|\($0["act_target"] as String? ?? "-")" } == [
            "Lene Aas|criticize|Russia",
            "Russia|reject|-",
            "Pavel Orlov|demand|Norway",
            // `Aas said she welcomed …` holds two statements: what she said, and her welcoming, each a support.
            "Lene Aas|support|Sweden",
            "Lene Aas|support|Sweden",
        ])
    }

    @Test func statementsFilterByActAndTarget() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        #expect(speakers(try archive.statements(StatementFilter(act: "criticize", target: "Russia"))) == ["Lene Aas"])
        #expect(speakers(try archive.statements(StatementFilter(act: "111"))) == ["Lene Aas"])
        #expect(speakers(try archive.statements(StatementFilter(target: "Norway"))) == ["Pavel Orlov"])
        #expect(try archive.statements(StatementFilter(act: "demand", target: "Russia")).rows.isEmpty)
    }

    @Test func whoCriticizedParsesAndAnswers() throws {
        var criticized = Question(speaker: nil, topic: "the strait", act: "criticize", target: "Russia")
        criticized.form = .who
        #expect(Question.parse("Who criticized Russia about the strait?") == criticized)
        var condemned = Question(speaker: nil, act: "condemn", target: "the attack")
        condemned.form = .who
        #expect(Question.parse("who condemned the attack") == condemned)
        // What the target is accused of or criticized for is the topic; a name with `of` in it stays whole.
        for (text, target, topic) in [("who accused Oslo of blocking the strait", "Oslo", "blocking the strait"),
                                      ("who criticized the Bank of England for raising rates", "the Bank of England", "raising rates"),
                                      ("who criticized the Bank of England", "the Bank of England", nil)] {
            #expect(Question.parse(text)?.target == target)
            #expect(Question.parse(text)?.topic == topic)
        }
        // Verbs of more words, and other words for an act.
        for (text, act, target) in [("who hit back at Oslo over the strait", "criticize", "Oslo"),
                                    ("who pushed back against the plan", "reject", "the plan"),
                                    ("who slammed Russia", "criticize", "Russia")] {
            #expect(Question.parse(text)?.act == act)
            #expect(Question.parse(text)?.target == target)
        }
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let answer = try archive.answer(Question.parse("who criticized Russia")!)
        let speaker = answer.table.columns.firstIndex(of: "speaker")!
        #expect(answer.table.rows.map { ResultTable.plain($0[speaker]) } == ["Lene Aas"])
    }

    @Test func anUnknownActOrTargetIsNamedInTheError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        #expect { try archive.statements(StatementFilter(act: "applaud loudly")) } throws: { error in
            "\(error)".hasPrefix("no act 'applaud loudly'; the acts are ")
        }
        #expect { try archive.statements(StatementFilter(target: "Atlantis")) } throws: { error in
            "\(error)" == "no country, organization or person in the archive matches 'Atlantis'"
        }
    }

    @Test func theActTaxonomyIsInTheArchive() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let row = try archive(dir).read { db throws in
            try Row.fetchOne(db, sql: "SELECT cameo, cameo_root FROM acts WHERE act = 'criticize'")
        }
        #expect(row?["cameo"] == "111")
        #expect(row?["cameo_root"] == "11")
    }
}
