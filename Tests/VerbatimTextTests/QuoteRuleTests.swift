import Foundation
import Testing
@testable import VerbatimText

/// Each rule that finds a quotation's speaker (`Statements.swift`, `Candidates.swift`), by the rule id it records:
/// paragraphs that it reads, and the statement it finds there. A rule id in those sources without a case here fails.
struct QuoteRuleTests {
    static let cases: [(rule: String, paragraphs: [String], expected: String)] = [
        ("quote.trailing-attribution", ["“This budget ignores the north,” Karin Holt said."],
         "direct|Karin Holt|This budget ignores the north|quote.trailing-attribution"),
        ("quote.split", ["\"We will not leave,\" Tove Lund said, \"whatever the council decides.\""],
         "direct|Tove Lund|whatever the council decides.|quote.split"),
        ("quote.leading", ["Tove Lund shrugged off the report, telling reporters, “The bridge is safe.”"],
         "direct|Tove Lund|The bridge is safe.|quote.leading"),
        ("quote.colon", ["Tove Lund said: \"The bridge is safe and it will open next week.\""],
         "direct|Tove Lund|The bridge is safe and it will open next week.|quote.colon"),
        ("quote.dash-attribution", ["“The ferry is the only way we can reach the hospital in winter.” ― Marta Olsen"],
         "direct|Marta Olsen|The ferry is the only way we can reach the hospital in winter.|quote.dash-attribution"),
        ("quote.colon-paragraph", ["Tove Lund said:", "“The bridge is safe and it will open next week.”"],
         "direct|Tove Lund|The bridge is safe and it will open next week.|quote.colon-paragraph"),
        ("quote.sentence-subject", ["Tove Lund credited the rescue to “a crew that never once thought of going home.”"],
         "direct|Tove Lund|a crew that never once thought of going home.|quote.sentence-subject"),
        ("quote.same-paragraph", ["\"The nets are empty,\" Per Vik said. \"We need the quota raised before the winter season.\""],
         "direct|Per Vik|We need the quota raised before the winter season.|quote.same-paragraph"),
        ("quote.continued-paragraph", [
            "Ada Brisk, the harbour master, spoke for an hour. \"The ice came early this year and the boats were caught.",
            "\"Nobody could have planned for that,\" she said.",
        ], "direct|Ada Brisk|The ice came early this year and the boats were caught.|quote.continued-paragraph"),
        ("quote.previous-speaker", [
            "“The harbour is full,” Ada Brisk said.", "“We have no room left for the fishing boats this winter.”",
        ], "direct|Ada Brisk|We have no room left for the fishing boats this winter.|quote.previous-speaker"),
        ("quote.previous-sentence", [
            "\"It is a mess,\" a critic wrote. Tove Lund said the plan was \"very important\". \"This is from someone who knows the port well. \"It is the best plan in years.\"",
        ], "direct|Tove Lund|This is from someone who knows the port well.|quote.previous-sentence"),
        ("quote.introduced-speaker", [
            "Ada Brisk has run the northern harbour for twenty years.",
            "\"Nobody knows these waters better than the crews who work them every day.\"",
        ], "direct|Ada Brisk|Nobody knows these waters better than the crews who work them every day.|quote.introduced-speaker"),
        ("quote.unattributed", [
            "The storm reached the coast on Monday night.", "“Nobody expected the water to rise so fast this year.”",
        ], "direct|-|Nobody expected the water to rise so fast this year.|quote.unattributed"),
        ("partial.trailing-attribution", ["Raising the quota “would empty the fjord within five years,” Per Vik said."],
         "partial|Per Vik|Raising the quota “would empty the fjord within five years,”|partial.trailing-attribution"),
    ]

    @Test(arguments: cases)
    func ruleFindsItsStatement(_ c: (rule: String, paragraphs: [String], expected: String)) {
        let summary = Fixture.summary(Fixture.extractor.extract(Fixture.article(c.paragraphs)))
        #expect(summary.filter { $0.hasSuffix("|" + c.rule) } == [c.expected])
    }

    @Test func everyRuleIdHasACase() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/VerbatimText/Extraction").standardized
        var ids: Set<String> = []
        for name in ["Statements.swift", "Candidates.swift"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for prefix in ["\"quote.", "\"partial."] {
                for part in text.components(separatedBy: prefix).dropFirst() {
                    let id = String(prefix.dropFirst()) + part.prefix { $0 != "\"" }
                    if !id.hasSuffix(".") { ids.insert(id) }  // (`"partial." + …` makes ids of reported speech's)
                }
            }
        }
        #expect(ids.count >= 13)
        #expect(ids.subtracting(Self.cases.map(\.rule)).sorted() == [])
    }
}
