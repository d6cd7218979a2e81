import Foundation
import Testing
@testable import VerbatimText

/// Each rule of reported speech (`Sources/VerbatimText/Extraction/ReportedSpeech/`), by the rule id it records: one
/// sentence that it finds, and what it finds there. A rule id in those sources without a case here fails.
struct ReportedSpeechRuleTests {
    static let cases: [(rule: String, text: String, expected: String)] = [
        ("reported.as-reported", "As the harbour office reported, the yard would close before the winter.",
         "indirect|the harbour office|the yard would close before the winter|reported.as-reported"),
        ("reported.asked", "Asked about the closure of the yard, Per Vik said the decision was final.",
         "indirect|-|about the closure of the yard|reported.asked"),
        ("reported.according-to", "According to Per Vik, the toll will double next year.",
         "indirect|Per Vik|the toll will double next year|reported.according-to"),
        ("reported.trailing", "The ferry will not run this winter, Per Vik said.",
         "indirect|Per Vik|The ferry will not run this winter|reported.trailing"),
        ("reported.parenthetical", "Winter storms, Per Vik said, are the real threat to the fleet.",
         "indirect|Per Vik|Winter storms, Per Vik said, are the real threat to the fleet|reported.parenthetical"),
        ("reported.that-clause", "Harbour master Ada Brisk said on Monday that the northern pier would reopen in May.",
         "indirect|Ada Brisk|that the northern pier would reopen in May|reported.that-clause"),
        ("reported.naming", "Per Vik called Ada Brisk a liar and a thief.",
         "indirect|Per Vik|Ada Brisk a liar and a thief|reported.naming"),
        ("reported.infinitive", "Per Vik vowed to rebuild the northern pier before winter.",
         "indirect|Per Vik|to rebuild the northern pier before winter|reported.infinitive"),
        ("reported.clause", "Per Vik told reporters the fleet was too old to sail.",
         "indirect|Per Vik|the fleet was too old to sail|reported.clause"),
        ("reported.evaluation", "Ada Brisk criticized the new toll on the bridge.",
         "indirect|Ada Brisk|the new toll on the bridge|reported.evaluation"),
        ("reported.object", "Per Vik told his deputies to find a buyer for the yard.",
         "indirect|Per Vik|his deputies to find a buyer for the yard|reported.object"),
        ("reported.participle", "Per Vik met the crews on Monday and said the yard would stay open.",
         "indirect|Per Vik|the yard would stay open|reported.participle"),
    ]

    @Test(arguments: cases)
    func ruleFindsItsStatement(_ c: (rule: String, text: String, expected: String)) {
        let summary = Fixture.summary(Fixture.extract(c.text))
        #expect(summary.filter { $0.hasSuffix("|" + c.rule) } == [c.expected])
    }

    @Test func everyRuleIdHasACase() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/VerbatimText/Extraction/ReportedSpeech").standardized
        var ids: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for part in text.components(separatedBy: "\"reported.").dropFirst() {
                ids.insert("reported." + part.prefix { $0 != "\"" })
            }
        }
        #expect(ids.count >= 12)
        #expect(ids.subtracting(Self.cases.map(\.rule)).sorted() == [])
    }
}
