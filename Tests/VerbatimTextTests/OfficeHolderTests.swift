import Foundation
import Testing
@testable import VerbatimText

/// Known office holders (`office_holders.tsv`): who takes which office on an article's day, and when the title the
/// article writes wins.
struct OfficeHolderTests {
    /// The shipped lexicon with holders of its own instead of the shipped ones (people of no country's history).
    static let extractor: Extractor = {
        var lexicon = try! Lexicon.load(parts: Lexicon.Parts.all.subtracting(.holders))
        func holder(_ name: String, _ aliases: [String], _ role: String, _ country: String?, _ org: String?,
                    _ start: String, _ end: String?) -> Lexicon.OfficeHolder {
            Lexicon.OfficeHolder(name: name, aliases: aliases, role: role, country: country, organization: org,
                                 start: start, end: end)
        }
        lexicon.officeHolders = [
            holder("Per Vik", ["Peder Vik"], "foreign minister", "NOR", nil, "2015-03-01", "2019-06-30"),
            holder("Per Vik", [], "prime minister", "NOR", nil, "2019-07-01", nil),
            holder("Ada Brisk", [], "prime minister", "RUS", nil, "2012-01-01", "2020-12-31"),
            holder("Lou Pan", [], "finance minister", "CHN", nil, "2013-01-01", "2016-12-31"),
            holder("Tom W. Hale", [], "president", "USA", nil, "2001-01-20", "2009-01-20"),
            holder("Tom H. W. Hale", [], "president", "USA", nil, "1989-01-20", "1993-01-20"),
            holder("Mara Quill", ["Lady Quill"], "attorney general", "GBR", nil, "2001-06-01", "2007-06-27"),
            holder("Sam Reed", [], "chair", nil, "sec", "2003-02-18", "2005-06-30"),
        ]
        return Extractor(lexicon: lexicon)
    }()

    /// `name|role|country|organization` of each official the article on `day` shows.
    func officials(_ day: String?, _ paragraphs: String...) -> [String] {
        var article = Fixture.article(paragraphs)
        article.publishedOn = day
        return Self.extractor.extract(article).officials.map {
            "\($0.name)|\($0.role)|\($0.country ?? "-")|\($0.organization ?? "-")"
        }
    }

    /// A name alone, a bare title, a title of the same kind in another country's words, and a title that disagrees.
    @Test(arguments: [
        ("Per Vik said the talks would go on.", "2017-05-02", ["Per Vik|foreign minister|NOR|-"]),
        ("Peder Vik said the talks would go on.", "2017-05-02", ["Peder Vik|foreign minister|NOR|-"]),
        ("Per Vik said the talks would go on.", "2020-01-10", ["Per Vik|prime minister|NOR|-"]),
        ("Per Vik said the talks would go on.", "2014-01-10", []),
        ("Prime Minister Ada Brisk said the talks would go on.", "2017-05-02", ["Ada Brisk|prime minister|RUS|-"]),
        ("Minister Per Vik said the talks would go on.", "2017-05-02", ["Per Vik|foreign minister|NOR|-"]),
        ("Foreign Secretary Per Vik said the talks would go on.", "2017-05-02", ["Per Vik|foreign secretary|NOR|-"]),
        ("Defence Minister Per Vik said the talks would go on.", "2017-05-02", ["Per Vik|defense minister|-|-"]),
        ("Former Prime Minister Ada Brisk said the talks would go on.", "2017-05-02", ["Ada Brisk|prime minister|-|-"]),
        ("Per Vik, the former chief executive of the Harbour Trust, said the talks would go on.", "2017-05-02",
         ["Per Vik|chief executive|-|-", "Per Vik|foreign minister|NOR|-"]),
        ("British Foreign Secretary Per Vik said the talks would go on.", "2017-05-02", ["Per Vik|foreign secretary|GBR|-"]),
    ] as [(String, String, [String])])
    func aNamedHolderTakesTheOfficeOfTheDay(_ c: (String, String, [String])) {
        #expect(officials(c.1, c.0) == c.2)
    }

    /// `Republican President X`: a known holder's office is the state's, not the party's.
    @Test func aPartyBeforeAHoldersTitle() {
        #expect(officials("2003-04-01", "Republican President Tom Hale said the talks would go on.")
            == ["Tom Hale|president|USA|-"])
    }

    /// Initials aside, the day tells two holders of one name apart.
    @Test(arguments: [("2003-04-01", "president|USA"), ("1991-04-01", "president|USA"), ("1996-04-01", nil)])
    func theDayTellsNamesalikeApart(_ c: (String, String?)) {
        let found = officials(c.0, "Tom Hale said the talks would go on.")
        #expect(found == (c.1.map { ["Tom Hale|\($0)|-"] } ?? []))
    }

    /// A lone family name is the holder only when the article names the holder's country; it then takes the full
    /// name, and is the person named in full before. (Family names come first in Chinese names.)
    @Test func aLoneFamilyNameNeedsTheCountry() {
        #expect(officials("2015-02-02", "Lou said on Monday in Beijing that the budget would hold.")
            == ["Lou Pan|finance minister|CHN|-"])
        #expect(officials("2015-02-02", "Lou said on Monday that the budget would hold.") == [])
        var article = Fixture.article([
            "Lou Pan spoke in China on Monday.", "Lou said the budget would hold.",
        ])
        article.publishedOn = "2015-02-02"
        let e = Self.extractor.extract(article)
        #expect(e.statements.map { $0.speaker?.name } == ["Lou Pan"])
        #expect(e.statements.first?.speaker?.role == "finance minister")
    }

    /// `Lady Quill`: an alias with a form of address.
    @Test func aFormOfAddressWithTheFamilyName() {
        #expect(officials("2004-03-01", "Lady Quill said on Monday in London that the inquiry would report.")
            == ["Mara Quill|attorney general|GBR|-"])
    }

    /// With no day, a name takes a holder's office through a title that agrees with one of its offices, or alone
    /// when it held one office only, an organization's, and the article names the organization.
    @Test func anArticleWithNoDay() {
        #expect(officials(nil, "Ada Brisk said the talks would go on.") == [])
        #expect(officials(nil, "Ada Brisk said in Moscow that the talks would go on.") == [])
        #expect(officials(nil, "Per Vik said in Oslo that the talks would go on.") == [])
        #expect(officials(nil, "Sam Reed said the SEC would be sensitive.") == ["Sam Reed|chair|USA|sec"])
        #expect(officials(nil, "Sam Reed said the rules would be sensitive.") == [])
        #expect(officials(nil, "The prime minister spoke first.", "Ada Brisk said the talks would go on.") == [])
        #expect(officials(nil, "The finance minister spoke in Beijing.", "Lou said the budget would hold.")
            == ["Lou Pan|finance minister|CHN|-"])
        #expect(officials(nil, "Officials spoke in Beijing.", "Lou said the budget would hold.") == [])
        #expect(officials(nil, "Prime Minister Ada Brisk said the talks would go on.") == ["Ada Brisk|prime minister|RUS|-"])
        #expect(officials(nil, "Per Vik said the talks would go on.") == [])
        #expect(officials(nil, "Foreign Minister Per Vik said the talks would go on.")
            == ["Per Vik|foreign minister|NOR|-"])
    }

    /// The speaker of a statement carries the office.
    @Test func theSpeakerCarriesTheOffice() {
        var article = Fixture.article(["\"The talks will go on,\" Per Vik said."])
        article.publishedOn = "2018-01-01"
        let s = Self.extractor.extract(article).statements.first?.speaker
        #expect(s?.role == "foreign minister")
        #expect(s?.country == "NOR")
    }

    /// Days as the file may write them.
    @Test(arguments: [
        ("2017", false, "2017-01-01"), ("2017", true, "2017-12-31"), ("2017-05", true, "2017-05-31"),
        ("2017-05-09", true, "2017-05-09"), ("2017-13", false, nil), ("17-05-09", false, nil), ("2017-5-9", false, nil),
        ("", false, nil), ("2017-05-09-01", false, nil),
    ] as [(String, Bool, String?)])
    func days(_ c: (String, Bool, String?)) {
        #expect(Lexicon.day(c.0, last: c.1) == c.2)
    }

    /// A wrong row names the file and the holder.
    @Test(arguments: [
        ("Ann Lee\t\tfarmer\tNOR\t\t2001\t", "'Ann Lee' (farmer): the role is not one of offices.tsv"),
        ("Ann Lee\t\tpresident\tXXX\t\t2001\t", "'Ann Lee' (president): unknown country 'XXX'"),
        ("Ann Lee\t\tpresident\t\t\t2001\t", "'Ann Lee' (president): names neither a country nor an organization"),
        ("Ann Lee\t\tpresident\tNOR\t\t2001\t2000", "'Ann Lee' (president): ends before it starts"),
        ("Ann Lee\t\tpresident\tNOR\t\tsoon\t", "'Ann Lee' (president): start 'soon' is not a date"),
        ("Ann Lee\tLee\tpresident\tNOR\t\t2001\t",
         "'Ann Lee' (president): alias 'Lee' is a single word, which would take anyone of that name"),
    ])
    func aWrongRowIsNamed(_ c: (String, String)) throws {
        let table = try TSVTable(text: "name\taliases\trole\tcountry\torganization\tstart\tend\n" + c.0, path: "h.tsv")
        #expect(throws: LexiconError.self) {
            try Lexicon.officeHolders(table, roles: ["president"], countries: ["NOR"], organizations: [])
        }
        do {
            _ = try Lexicon.officeHolders(table, roles: ["president"], countries: ["NOR"], organizations: [])
        } catch {
            #expect("\(error)" == "h.tsv: " + c.1)
        }
    }
}
