import Foundation
import GRDB

extension ResultTable {
    /// Statements for a terminal `width` columns wide: the date, the speaker with office and country, and the words
    /// wrapped beside them; with `context`, the sentence they were said in below them; `ask`'s score after the date.
    ///
    /// Reads the columns it knows (`published_on`, `speaker`, `speaker_role`, `speaker_country`, `text`, `context`,
    /// `score`); every column stays in the other formats. A table of something else (`how many`'s count) is
    /// printed as it is.
    public func renderedStatements(width: Int, context: Bool = false) -> String {
        func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
        guard column("text") != nil else { return rendered(.table) }
        let (date, speaker, role, country, text, framing, score) = (
            column("published_on"), column("speaker"), column("speaker_role"), column("speaker_country"),
            column("text"), column("context"), column("score"))
        func cell(_ i: Int?, _ row: [DatabaseValue]) -> String { i.map { Self.oneLine(Self.plain(row[$0])) } ?? "" }
        let speakers = rows.map { row -> String in
            let about = [cell(role, row), cell(country, row)].filter { !$0.isEmpty }.joined(separator: ", ")
            let name = cell(speaker, row).isEmpty ? "-" : cell(speaker, row)
            return about.isEmpty ? name : "\(name) (\(about))"
        }
        let dates = rows.map { row in
            let day = cell(date, row).isEmpty ? "-" : cell(date, row)
            return score.map { day + "  " + Self.plain(row[$0]) } ?? day
        }
        let dateWidth = dates.map(\.count).max() ?? 10
        // The speaker column takes what its longest entry needs, up to a third of the line.
        let speakerWidth = min(max(speakers.map(\.count).max() ?? 7, 7), max(12, width / 3))
        let textWidth = width - dateWidth - speakerWidth - 4
        // Too narrow for three columns: the date and speaker on a line, the words below them.
        if textWidth < 24 {
            return renderedStacked(width: width, dates: dates, speakers: speakers,
                                   texts: rows.map { row in (cell(text, row), context ? cell(framing, row) : "") })
        }
        var out = ""
        for (r, row) in rows.enumerated() {
            var lines = Self.wrap(cell(text, row), textWidth)
            if context, !cell(framing, row).isEmpty {
                lines += Self.wrap("in: " + cell(framing, row), textWidth)
            }
            let names = Self.wrap(speakers[r], speakerWidth)
            for k in 0..<max(lines.count, names.count, 1) {
                let left = k == 0 ? Self.padded(dates[r], dateWidth) : String(repeating: " ", count: dateWidth)
                let who = k < names.count ? Self.padded(names[k], speakerWidth) : String(repeating: " ", count: speakerWidth)
                var line = left + "  " + who + "  " + (k < lines.count ? lines[k] : "")
                while line.last == " " { line.removeLast() }
                out += line + "\n"
            }
        }
        out += "(\(rows.count) statement\(rows.count == 1 ? "" : "s"))\n"
        return out
    }

    /// Statements a line for the date and speaker, then their words (and context) indented by two spaces.
    private func renderedStacked(width: Int, dates: [String], speakers: [String], texts: [(String, String)]) -> String {
        var out = ""
        for (r, (text, context)) in texts.enumerated() {
            for line in Self.wrap(dates[r] + "  " + speakers[r], width) { out += line + "\n" }
            for line in Self.wrap(text, width - 2) { out += "  " + line + "\n" }
            if !context.isEmpty { for line in Self.wrap("in: " + context, width - 2) { out += "  " + line + "\n" } }
        }
        return out + "(\(texts.count) statement\(texts.count == 1 ? "" : "s"))\n"
    }

    /// `text` padded with spaces to `width` characters.
    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` in lines of at most `width` characters, broken between words (a word longer than a line is cut).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while word.count > width {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
