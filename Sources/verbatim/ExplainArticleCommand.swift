import ArgumentParser
import Foundation
import VerbatimArchive
import VerbatimText

struct ExplainArticleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain-article",
        _superCommandName: Verbatim.name,
        abstract: "Show the layout and every statement found in one article file, with the rule that found it."
    )

    @Option(help: "A directory of gazetteer TSV files to use instead of the bundled data/.")
    var data: String?

    @Argument(help: "A plain-text article file.")
    var file: String

    func run() throws {
        // Read as an import reads it: a FIFO is refused, not waited on; a huge file is refused unread.
        let text = try Importer.articleText(file)
        let lexicon = try Lexicon.load(from: data.map { URL(fileURLWithPath: $0) })
        let article = ArticleParser.parse(text)
        let extraction = Extractor(lexicon: lexicon).extract(article)
        let offsets = ScalarOffsets(text)
        var out = ""
        out += "title:    \(article.titleText ?? "-")\n"
        out += "lead:     \(article.leadText ?? "-")\n"
        out += "source:   \(article.sourceLineText ?? "-")\n"
        out += "dateline: \(article.datelineText ?? "-")\n"
        out += "captions: \(article.captions.count), paragraphs: \(article.paragraphs.count)\n\n"
        for official in extraction.officials {
            out += "official  \(official.name): \(official.isFormer ? "former " : "")\(official.role)"
                + "\(official.country.map { ", \($0)" } ?? "")\(official.organization.map { ", \($0)" } ?? "")"
                + "\(official.organizationName.map { ", \($0) (as written)" } ?? "")"
                + "  «\(article.string(official.range))»\n"
        }
        if !extraction.officials.isEmpty { out += "\n" }
        for (i, statement) in extraction.statements.enumerated() {
            let range = offsets.scalars(statement.range)
            out += "[\(i + 1)] \(statement.kind.rawValue) \(range.lowerBound)–\(range.upperBound)  rule \(statement.rule)\n"
            out += "    text:    \(statement.text)\n"
            out += "    cue:     \(statement.cue ?? "-")\n"
            if let speaker = statement.speaker {
                var office = [speaker.role, speaker.country, speaker.organization].compactMap { $0 }.joined(separator: ", ")
                if !office.isEmpty { office = " (\(office))" }
                out += "    speaker: \(speaker.name) [\(speaker.kind.rawValue)]\(office) from «\(speaker.mentionText)»"
                if let antecedent = speaker.antecedent { out += " → «\(article.string(antecedent))»" }
                out += "\n"
            } else if let mention = statement.unresolvedMention {
                out += "    speaker: - (unresolved «\(article.string(mention))»)\n"
            } else {
                out += "    speaker: -\n"
            }
            let acts = statement.acts.map { act in
                "\(act.act) (\(act.cameo), \(act.origin.rawValue))" + (act.target.map { " → \($0.key)" } ?? "")
            }
            out += "    acts:    \(acts.joined(separator: "; "))\n"
        }
        write(out)
    }
}
