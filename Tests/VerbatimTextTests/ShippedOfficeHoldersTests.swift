import Testing
@testable import VerbatimText

/// `data/office_holders.tsv` as shipped: every row well formed and naming what the other gazetteers know.
struct ShippedOfficeHoldersTests {
    static let lexicon = try! Lexicon.load()

    @Test func everyRowNamesKnownRolesCountriesAndOrganizations() {
        let holders = Self.lexicon.officeHolders
        #expect(holders.count > 5000)
        let roles = Set(Self.lexicon.offices.map(\.role))
        let countries = Set(Self.lexicon.countries.map(\.alpha3))
        let organizations = Set(Self.lexicon.organizations.map(\.key))
        for h in holders {
            #expect(roles.contains(h.role), "\(h.name): role \(h.role)")
            #expect(h.country.map(countries.contains) ?? true, "\(h.name): country \(h.country ?? "")")
            #expect(h.organization.map(organizations.contains) ?? true, "\(h.name): organization \(h.organization ?? "")")
            #expect(h.country != nil || h.organization != nil, "\(h.name): neither country nor organization")
            #expect(h.start >= "1900-01-01" && h.start <= "2025-12-31", "\(h.name): start \(h.start)")
            #expect((h.end ?? "9999") >= "1990-01-01", "\(h.name): ended before 1990")
            #expect(h.aliases.allSatisfy { $0.contains(" ") || $0.contains("-") }, "\(h.name): a one-word alias")
        }
    }

    /// One person's terms in one office do not overlap, and no row is there twice.
    @Test func termsOfOneOfficeDoNotOverlap() {
        var terms: [String: [(String, String)]] = [:]
        for h in Self.lexicon.officeHolders {
            terms[[h.name, h.role, h.country ?? "", h.organization ?? ""].joined(separator: "|"), default: []]
                .append((h.start, h.end ?? "9999-12-31"))
        }
        for (key, list) in terms {
            let sorted = list.sorted { $0.0 < $1.0 }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(a.1 <= b.0, "\(key): \(a) overlaps \(b)")
            }
        }
    }

    /// A few offices every reader knows, on a day of their terms.
    @Test(arguments: [
        ("Sergei Lavrov", "2017-06-01", "foreign minister|RUS|"), ("Angela Merkel", "2010-06-01", "chancellor|DEU|"),
        ("Ban Ki-moon", "2010-06-01", "secretary general||un"), ("Nikki Haley", "2017-06-01", "ambassador|USA|un"),
        ("Xi Jinping", "2017-06-01", "president|CHN|"), ("Theresa May", "2017-06-01", "prime minister|GBR|"),
        ("Francis", "2016-04-18", "pope|VAT|"), ("John Paul II", "2004-06-01", "pope|VAT|"),
    ])
    func aKnownOffice(_ c: (String, String, String)) {
        let offices = Self.lexicon.officeHolders.filter { $0.name == c.0 && $0.holds(on: c.1) }
            .map { "\($0.role)|\($0.country ?? "")|\($0.organization ?? "")" }
        #expect(offices.contains(c.2), "\(c.0) on \(c.1): \(offices)")
    }

    /// The pope heads the Holy See, whatever the story's dateline: a known holder's country, not the home country.
    @Test func thePopeIsTheHolySees() {
        let article = ArticleParser.parse("Pope meets senator\n\nOSLO (Reuters) - Pope Francis said Norway and Norwegian voters were not discussed.")
        var dated = article
        dated.publishedOn = "2016-04-18"
        #expect(Extractor(lexicon: Self.lexicon).extract(dated).officials.map { "\($0.name)|\($0.role)|\($0.country ?? "-")" }
            == ["Francis|pope|VAT"])
    }
}
