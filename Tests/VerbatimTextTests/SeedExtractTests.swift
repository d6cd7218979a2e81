import Foundation
import Testing
@testable import VerbatimText

/// Runs extraction over the seed article in `/work/shared` when it is there, and checks the direct quotes against the
/// gold statements. Skips (with a message) when the shared material is absent.
struct SeedExtractTests {
    static let seed = "/work/shared/corpus/seed/russia-denies-sabotage.txt"
    static let gold = "/work/shared/gold/statements.seed.jsonl"
    static var available: Bool {
        FileManager.default.fileExists(atPath: seed) && FileManager.default.fileExists(atPath: gold)
    }

    static func lexicon() -> (Lexicon, String) {
        if let lexicon = try? Lexicon.load() { return (lexicon, "bundled data/") }
        return (Fixture.lexicon, "test fixture (bundled data/ incomplete)")
    }

    @Test func seedDirectQuotes() throws {
        guard Self.available else {
            print("SeedExtractTests: \(Self.seed) is absent; skipping")
            return
        }
        let text = try String(contentsOfFile: Self.seed, encoding: .utf8)
        let (lexicon, source) = Self.lexicon()
        let article = ArticleParser.parse(text)
        let extraction = Extractor(lexicon: lexicon).extract(article)
        print("seed with \(source): \(extraction.statements.count) statements")
        for s in extraction.statements {
            print("  \(s.kind.rawValue) [\(s.rule)] \(s.speaker?.name ?? "-") (\(s.speaker?.mentionText ?? "")): \(s.text.prefix(70))")
        }
        for o in extraction.officials {
            print("  official: \(o.name) | \(o.role) | \(o.country ?? "-") | \(o.organization ?? "-") | former \(o.isFormer)")
        }
        for e in extraction.events { print("  event: \(e.kind) \(e.name ?? "-") @ \(e.place ?? "-")") }
        print("  persons: \(Set(extraction.mentions.filter { $0.kind == .person }.map(\.key)).sorted())")

        struct Gold: Decodable { var speaker: String; var kind: String; var text: String }
        let golds = try String(contentsOfFile: Self.gold, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        for g in golds where g.kind == "direct" {
            let match = extraction.statements.first { $0.kind == .direct && ($0.text == g.text || $0.text.hasPrefix(g.text)) }
            #expect(match != nil, "missing direct quote: \(g.text.prefix(40))")
            if let m = match {
                #expect(m.speaker?.name == g.speaker, "speaker of \(g.text.prefix(40))")
            }
        }
    }
}
