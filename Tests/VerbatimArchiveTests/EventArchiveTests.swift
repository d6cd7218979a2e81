import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

/// Events across articles: one record for the same kind at the same place in overlapping days.
@Suite struct EventArchiveTests {
    func archive(_ dir: TemporaryDirectory) throws -> Archive {
        try dir.write("in/desk_2023-03-01_talks.txt", """
            Strait talks open

            Peace talks in Geneva between Norway and Russia opened on Wednesday and will run until March 10.

            "We came to listen," said Norwegian Foreign Minister Lene Aas about the talks.
            """)
        try dir.write("in/desk_2023-03-03_talks.txt", """
            Strait talks stall

            The talks in Geneva stalled on Friday, diplomats said.
            """)
        try dir.write("in/desk_2023-06-20_talks.txt", """
            Strait talks again

            New talks in Geneva began on Tuesday after a summer of clashes.
            """)
        let archive = try Archive(path: dir.path("events.sqlite"), lexicon: sharedLexicon)
        try Importer(archive: archive, lexicon: sharedLexicon).run(paths: [dir.path("in")])
        return archive
    }

    @Test func theSameTalksInTwoArticlesAreOneEvent() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let rows = try archive(dir).read { db throws in
            try Row.fetchAll(db, sql: "SELECT kind, place, date, until, articles FROM v_events WHERE kind = 'talks' ORDER BY date")
        }
        #expect(rows.map { "\($0["place"] as String)|\($0["date"] as String)|\($0["until"] as String? ?? "-")|\($0["articles"] as Int)" } == [
            "Geneva|2023-03-01|2023-03-10|2",
            "Geneva|2023-06-20|-|1",
        ])
    }

    @Test func eventsFilterAndOneEventWithItsArticlesAndStatements() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        let march = try archive.events(EventFilter(kind: "talks", place: "Geneva", since: "2023-03-05", until: "2023-04-01"))
        #expect(march.rows.count == 1)
        let id = try #require(march.rows.first.flatMap { Int64.fromDatabaseValue($0[0]) })
        let event = try archive.event(id)
        #expect(event.articles.rows.count == 2)
        let speakers = event.statements.rows.map { ResultTable.plain($0[1]) }
        #expect(speakers == ["Lene Aas", "diplomats"])
        #expect(try archive.events(EventFilter(country: "Norway")).rows.count == 1)
    }

    @Test func whatWasSaidAboutAnEvent() throws {
        #expect(Question.parse("What was said about the Geneva talks?") == Question(speaker: nil, topic: "the Geneva talks"))
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let answer = try archive(dir).answer(Question.parse("what was said about the talks in Geneva")!)
        let speaker = answer.table.columns.firstIndex(of: "speaker")!
        #expect(Set(answer.table.rows.map { ResultTable.plain($0[speaker]) }) == ["Lene Aas", "diplomats"])
    }

    @Test func anUnknownKindOrEventIsNamed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try archive(dir)
        #expect { try archive.events(EventFilter(kind: "picnic")) } throws: { error in
            "\(error)".hasPrefix("no event of kind 'picnic'; the kinds are ")
        }
        #expect { try archive.event(999) } throws: { error in "\(error)" == "no event has id 999" }
    }
}
