import Testing
@testable import VerbatimText

/// Speakers and offices that the shipped gazetteer names: institutions in any case, a country's bodies, places in
/// titles. Short articles of our own.
struct ShippedGazetteerSourceTests {
    static let extractor = Extractor(lexicon: try! Lexicon.load())

    func extract(_ paragraphs: String...) -> Extraction {
        Self.extractor.extract(Fixture.article(paragraphs))
    }

    @Test func aCountrysInstitutionWithAPossessiveInAnyCase() {
        for text in ["Russia's foreign ministry said on Friday that the talks would resume.",
                     "Russia's Foreign Ministry said on Friday that the talks would resume."] {
            #expect(Fixture.speakerSummary(extract(text)) == [
                "indirect|organization|Ministry of Foreign Affairs of the Russian Federation|that the talks would resume",
            ])
        }
    }

    @Test func aCountrysBodyTheGazetteerDoesNotKnow() {
        let e = extract("Peru's fisheries ministry said on Friday that the quotas would stand.")
        #expect(e.statements.map { "\($0.speaker?.kind.rawValue ?? "-")|\($0.speaker?.name ?? "-")|\($0.speaker?.country ?? "-")" }
            == ["anonymous|Peru's fisheries ministry|PER"])
    }

    @Test func aTitleThatStartsInsideAnInstitutionsName() {
        let e = extract("“Talks are the only way,” Chinese foreign ministry spokesman Li Wen told a regular briefing in Beijing.")
        #expect(Fixture.summary(e) == ["direct|Li Wen|Talks are the only way|quote.trailing-attribution"])
        #expect(e.officials.map { "\($0.role)|\($0.country ?? "-")|\($0.organization ?? "-")" }
            == ["foreign ministry spokesperson|CHN|china-mfa"])
    }

    @Test func aPlaceInATitleMakesTheOfficeThatPlaces() {
        let e = extract("Ohio Secretary of State Ada Brisk said the rolls were secure.",
                        "U.S. Secretary of State Mara Quill said the talks would go on.")
        #expect(e.officials.map { "\($0.name)|\($0.role)|\($0.country ?? "-")|\($0.place ?? "-")" } == [
            "Ada Brisk|secretary of state|USA|Ohio", "Mara Quill|secretary of state|USA|-",
        ])
    }

    @Test func theUNsOwnEnvoyBeforeTheName() {
        let e = extract("The UN envoy for the region, Lars Ekdahl, urged calm.")
        #expect(e.officials.map { "\($0.role)|\($0.country ?? "-")|\($0.organization ?? "-")" } == ["ambassador|-|un"])
    }

    @Test func lessCommonSpeechVerbs() {
        let e = extract("“Get off the pier,” barked Lev Orlov.", "Tove Lund confessed that she had never sailed.",
                        "Lev Orlov exhorted the crews to stay in port.")
        #expect(Fixture.summary(e) == [
            "direct|Lev Orlov|Get off the pier|quote.trailing-attribution",
            "indirect|Tove Lund|that she had never sailed|reported.that-clause",
            "indirect|Lev Orlov|the crews to stay in port|reported.object",
        ])
        #expect(e.statements.map { $0.acts.first?.act ?? "-" } == ["say", "admit", "urge"])
    }
}
