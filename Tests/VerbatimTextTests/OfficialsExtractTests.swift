import Testing
@testable import VerbatimText

/// Officials, mentions and events.
struct OfficialsExtractTests {
    func officials(_ paragraphs: String...) -> [String] {
        Fixture.extractor.extract(Fixture.article(paragraphs)).officials.map {
            "\($0.name)|\($0.role)|\($0.country ?? "-")|\($0.organization ?? "-")|\($0.isFormer)"
        }
    }

    @Test func titleBeforeName() {
        #expect(officials("Russian ambassador to the United Nations Lev Orlov spoke first.")
            == ["Lev Orlov|ambassador|RUS|un|false"])
        #expect(officials("U.S. Secretary of State Mara Quill flew in.") == ["Mara Quill|secretary of state|USA|-|false"])
        #expect(officials("UN special envoy Lars Ekdahl met both sides.") == ["Lars Ekdahl|special envoy|-|un|false"])
        #expect(officials("NATO head Jonas Berg arrived.") == ["Jonas Berg|secretary general|-|nato|false"])
        #expect(officials("Sen. Ada Brisk objected.") == ["Ada Brisk|senator|-|-|false"])
        #expect(officials("The crowd cheered former President Tom Hale.") == ["Tom Hale|president|-|-|true"])
    }

    @Test func counterpartTakesTheOfficeOfThePersonDiscussed() {
        #expect(officials("Russian ambassador to the United Nations Lev Orlov spoke.", "Orlov said little.",
                          "His British counterpart Hugh Dane answered.")
            == ["Lev Orlov|ambassador|RUS|un|false", "Hugh Dane|ambassador|GBR|un|false"])
    }

    @Test func titleSetBeforeANameBetweenCommas() {
        #expect(officials("Russia's ambassador to the United Nations, Lev Orlov, said nothing.")
            == ["Lev Orlov|ambassador|RUS|un|false"])
        #expect(officials("The UN envoy for the region, Lars Ekdahl, urged calm.") == ["Lars Ekdahl|envoy|-|un|false"])
        // The country after `to` is the host.
        #expect(officials("Norway's ambassador to Russia, Ingrid Halvorsen, left Moscow.")
            == ["Ingrid Halvorsen|ambassador|NOR|-|false"])
        // Not an apposition: the name does not stand between commas.
        #expect(officials("After meeting the ambassador, Lev Orlov left.").isEmpty)
    }

    @Test func appositionAfterName() {
        #expect(officials("Lev Orlov, Russia's foreign minister, said nothing.") == ["Lev Orlov|foreign minister|RUS|-|false"])
    }

    @Test func officialRangeCoversTitleAndName() {
        let a = Fixture.article(["Talks stalled as His British counterpart Hugh Dane left, after Norwegian ambassador Ingrid Halvorsen spoke."])
        let e = Fixture.extractor.extract(a)
        #expect(e.officials.map { a.string($0.range) } == ["Norwegian ambassador Ingrid Halvorsen"])
    }

    @Test func mentionsOfPeopleCountriesOrganizationsAndPlaces() {
        let a = Fixture.article(["On Monday in Lindholm, Ingrid Halvorsen of NATO met Norway's envoy. The Norwegian side said March talks would go on."])
        let e = Fixture.extractor.extract(a)
        let m = e.mentions.map { "\($0.kind.rawValue):\($0.text)=\($0.key)" }
        #expect(m == ["place:Lindholm=Lindholm", "person:Ingrid Halvorsen=Ingrid Halvorsen", "organization:NATO=nato",
                      "country:Norway=NOR", "country:Norwegian=NOR"])
    }

    @Test func sentenceInitialWordsAreNotPeople() {
        let e = Fixture.extract("Earlier on Friday, Traffic resumed. Fishermen said the port was calm.")
        #expect(e.mentions.filter { $0.kind == .person }.isEmpty)
    }

    @Test func namesWithParticlesAndApostrophes() {
        let e = Fixture.extract("Envoy Jan de Vries met Liam O'Brien and Ewan McAllister.", "De Vries said little. Later de Vries left.")
        let people = e.mentions.filter { $0.kind == .person }.map(\.key)
        #expect(people == ["Jan de Vries", "Liam O'Brien", "Ewan McAllister", "Jan de Vries", "Jan de Vries"])
    }

    @Test func eventsWithPlaces() {
        let e = Fixture.extract("The peace talks in Geneva broke down after air strikes carried out around Lindholm.",
                                "New talks in Geneva and an offensive in Port Arvel followed.")
        #expect(e.events.map { "\($0.kind)@\($0.place ?? "-")|\($0.country ?? "-")" }
            == ["talks@Geneva|CHE", "air strike@Lindholm|NOR", "offensive@Port Arvel|FRA"])
    }

    @Test func partyTellsTheCountryNotTheOrganization() {
        #expect(officials("Democratic Senator Karl Moen spoke first.") == ["Karl Moen|senator|USA|-|false"])
    }

    @Test func institutionRunningIntoTheTitle() {
        #expect(officials("Russian Foreign Ministry spokesman Pavel Orlov spoke first.")
            == ["Pavel Orlov|foreign ministry spokesperson|RUS|rus-mfa|false"])
    }

    @Test func commonWordsBetweenCountryAndTitle() {
        #expect(officials("Former U.S. harbour director Karl Moen spoke first.")
            == ["Karl Moen|director|USA|-|true"])
    }

    @Test func placeGivesTheCountryOfAnOffice() {
        #expect(officials("Lindholm mayor Karl Moen spoke first.") == ["Karl Moen|mayor|NOR|-|false"])
    }
}
