import Testing
@testable import VerbatimText

/// Every act and every event kind, as the shipped `data/` reads them in short articles of our own.
struct ShippedLexiconActEventTests {
    static let extractor = Extractor(lexicon: try! Lexicon.load())

    static let actCases: [(String, String)] = [
        ("“The ferry leaves at noon,” said Lev Orlov.", "say"),
        ("Lev Orlov denied that his ministry had leaked the report.", "deny"),
        ("Norway rejected the proposal on Monday.", "reject"),
        ("“The plan is irresponsible,” said Lev Orlov.", "criticize"),
        ("Lev Orlov accused Sweden of hiding the figures.", "accuse"),
        ("Norway condemned the attack on the harbour.", "condemn"),
        ("“The patrols must stop,” said Lev Orlov.", "demand"),
        ("Lev Orlov urged Sweden to reopen the border.", "urge"),
        ("Lev Orlov appealed to Sweden to keep the border open.", "appeal"),
        ("Lev Orlov warned that the ice on the fjord was dangerous.", "warn"),
        ("Lev Orlov threatened to close the port to foreign boats.", "threaten"),
        ("“We support the new plan for the harbour,” said Lev Orlov.", "support"),
        ("Lev Orlov praised the rescue crews for their work.", "praise"),
        ("“We agree with Sweden on the quotas,” said Lev Orlov.", "agree"),
        ("“I am hopeful the talks will resume soon,” said Lev Orlov.", "hope"),
        ("“We are deeply concerned about the fishing fleet,” said Lev Orlov.", "concern"),
        ("Lev Orlov announced that the port would reopen in March.", "announce"),
        ("Lev Orlov defended the decision to close the port.", "defend"),
        ("A spokesman for the ministry declined to comment on the report.", "decline"),
        ("“Hopefully the ferry sails today,” said Lev Orlov.", "hope"),
    ]

    @Test(arguments: actCases) func act(_ sentence: String, _ act: String) {
        let e = Self.extractor.extract(Fixture.article([sentence]))
        #expect(e.statements.first?.acts.first?.act == act, "\(sentence) → \(e.statements.map { $0.acts.map(\.act) })")
    }

    static let eventCases: [(String, String, String)] = [
        ("The talks in Geneva resumed after a week.", "talks", "Geneva"),
        ("The summit in Oslo opened with a dinner.", "summit", "Oslo"),
        ("The meeting in Geneva ended late.", "meeting", "Geneva"),
        ("The consultations in Geneva were closed to the press.", "consultations", "Geneva"),
        ("His visit to Sweden was short.", "visit", "Sweden"),
        ("The vote in Norway was close.", "vote", "Norway"),
        ("The resolution in Geneva passed on Monday.", "resolution", "Geneva"),
        ("The sanctions took effect in Oslo on Friday.", "sanctions", "Oslo"),
        ("The ceasefire in Aleppo held through the night.", "ceasefire", "Aleppo"),
        ("Air strikes around Aleppo resumed on Friday.", "air strike", "Aleppo"),
        ("The offensive in Aleppo stalled.", "offensive", "Aleppo"),
        ("The siege around Aleppo ended in March.", "siege", "Aleppo"),
        ("The attack in Oslo killed two people.", "attack", "Oslo"),
        ("The election in Norway was held on Sunday.", "election", "Norway"),
        ("The agreement reached in Geneva was signed on Friday.", "agreement", "Geneva"),
        ("The protest in Oslo was peaceful.", "protest", "Oslo"),
    ]

    @Test(arguments: eventCases) func event(_ sentence: String, _ kind: String, _ place: String) {
        let e = Self.extractor.extract(Fixture.article([sentence]))
        #expect(e.events.map { "\($0.kind)|\($0.place ?? "-")" } == ["\(kind)|\(place)"], "\(sentence)")
    }
}
