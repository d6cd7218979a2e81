import Foundation
import GRDB
import Testing
import VerbatimArchive

/// The same files give the same archive whatever the order and the number of imports: the same people, offices and
/// speakers (ids aside).
@Suite struct ImportOrderTests {
    /// Articles of our own in which order matters to a writer that decides as it goes: a surname before the full name,
    /// two people of one surname, spellings with diacritics and initials, an office named without its country first.
    static let articles: [(name: String, text: String)] = [
        ("a01_2019-04-01.txt", "Harbour dispute\n\n“The fleet stays,” President Halvorsen said.\n"),
        ("a02_2019-04-02.txt", "Talks begin\n\n“We want a deal,” Norwegian President Ingrid Halvorsen said in Oslo.\n"),
        ("a03_2019-04-03.txt", "Quota row\n\nHalvorsen said the quotas were unfair.\n"),
        ("a04_2019-04-03.txt", "Envoy speaks\n\n“Our door is open,” French ambassador François Lemaire said.\n"),
        ("a05_2019-04-04.txt", "Envoy again\n\nFrench ambassador Francois P. Lemaire said the talks would resume.\n"),
        ("a06_2019-04-05.txt", "Brothers\n\nPer Halvorsen, a fisherman, said the nets were empty.\n"),
        ("a07_2019-04-06.txt", "Minister\n\n“Prices will fall,” Swedish Trade Minister Lars Berg said.\n"),
        ("a08_2019-04-06.txt", "Minister moves\n\n“I am proud,” Swedish Ambassador Lars Berg said on his new post.\n"),
        ("a09_2019-04-07.txt", "Berg speaks\n\nBerg said the embassy would stay open.\n"),
        ("a10_2019-04-08.txt", "Lemaire leaves\n\nLemaire said he would leave Oslo in May.\n"),
        ("undated.txt", "Berg at home\n\nLars Berg said the harbour would stay open.\n"),
    ]

    /// People, offices (with their holder's name) and each statement's speaker, office and country, by content.
    static func contents(_ archive: Archive) throws -> [String] {
        try archive.read { db in
            let people = try String.fetchAll(db, sql: """
                SELECT 'person ' || p.name || ifnull(' = ' || a.name, '') FROM people p LEFT JOIN people a ON a.id = p.alias_of
                """)
            let offices = try String.fetchAll(db, sql: """
                SELECT 'office ' || p.name || ' ' || o.role || ' ' || ifnull(o.country_code, '-') || ' ' || o.is_former
                       || ' ' || ifnull(o.first_seen_on, '') || ' ' || ifnull(o.last_seen_on, '')
                FROM offices o JOIN people p ON p.id = o.person_id
                """)
            let speakers = try String.fetchAll(db, sql: """
                SELECT 'statement ' || a.name || ' ' || s.start || ' ' || ifnull(p.name, '-') || ' '
                       || ifnull(o.role, '-') || ' ' || ifnull(s.country_code, '-')
                FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN people p ON p.id = s.person_id
                LEFT JOIN offices o ON o.id = s.office_id
                """)
            return (people + offices + speakers).sorted()
        }
    }

    /// Imports the articles in `runs`, each a list of positions in ``articles``, one import a run.
    static func importing(_ runs: [[Int]]) throws -> [String] {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let archive = try Archive(path: dir.path("a.sqlite"), lexicon: sharedLexicon)
        for run in runs {
            let paths = try run.map { try dir.write("in/\(articles[$0].name)", articles[$0].text) }
            try Importer(archive: archive, lexicon: sharedLexicon, options: ImportOptions(batchSize: 2)).run(paths: paths)
        }
        return try contents(archive)
    }

    @Test func oneRunThreeRunsAndReverseOrderGiveTheSameArchive() throws {
        let all = Array(Self.articles.indices)
        let once = try Self.importing([all])
        #expect(try Self.importing([Array(all.reversed())]) == once)
        #expect(try Self.importing([[10, 9, 8, 7], [3, 4, 5, 6], [0, 1, 2]]) == once)
        #expect(try Self.importing([[0, 1, 2], [3, 4, 5], [6, 7, 8, 9, 10]]) == once)
    }

    @Test func aSurnameStandsForThePersonTheArchiveMakesClear() throws {
        let once = try Self.importing([Array(Self.articles.indices)])
        // Halvorsen is the president (her office says so), not the fisherman; Lemaire and Berg have one candidate.
        #expect(once.contains("person Halvorsen = Ingrid Halvorsen"))
        #expect(once.contains("person Lemaire = Francois P. Lemaire"))
        #expect(once.contains("person Berg = Lars Berg"))
        #expect(once.contains("statement a03_2019-04-03.txt 26 Ingrid Halvorsen president NOR"))
        // Berg on 7 April: of the two offices of 6 April, the first by role (their dates tie), in any order of import.
        #expect(once.filter { $0.hasPrefix("statement a09") } == ["statement a09_2019-04-07.txt 23 Lars Berg ambassador SWE"])
        // An undated article takes no office seen in dated ones (it could be any year's), but the country stays.
        #expect(once.filter { $0.hasPrefix("statement undated") } == ["statement undated.txt 29 Lars Berg - SWE"])
    }
}
