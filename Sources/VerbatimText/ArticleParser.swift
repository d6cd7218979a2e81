/// Reads an article's layout from plain text.
///
/// The layouts it knows:
/// - the seed layout: a title line, an optional lead line, a source line, optional caption lines, then paragraphs
///   separated by blank lines;
/// - a title line and a body that is one long paragraph (wire copy, sentences separated by two spaces);
/// - a title line and paragraphs.
///
/// A line counts as a sentence when it ends with sentence punctuation (optionally inside closing quotes) or a colon.
/// Lines between the title and the first body paragraph that are not sentences, and no longer than a caption (40
/// words), are the source line (the first short one, or one starting with `By `) and captions. A line right after the
/// title is the lead only when such a line follows it; otherwise it is the first body paragraph. Short lines without
/// sentence punctuation inside the body are captions or subheadings. The last line is always body: a caption or a
/// byline comes before text, and a final paragraph without punctuation is text cut short or ending in a credit
/// (`(Reporting by X; Editing by Y)`), not a caption. A dateline such as `GENEVA (Reuters) - ` opening the body is
/// split off.
public enum ArticleParser {
    /// Parses `text` into its layout. Never fails: text without lines gives an article without paragraphs.
    ///
    /// - Parameter hasTitleLine: false for a body whose title is kept apart (a JSON line's `text`): then every line
    ///   is body.
    public static func parse(_ text: String, hasTitleLine: Bool = true) -> ParsedArticle {
        var article = ParsedArticle(text: text)
        let bytes = Array(text.utf8)
        let lines = nonBlankLines(bytes)
        guard let first = lines.first else { return article }
        var index = 0
        if hasTitleLine {
            article.title = first
            index = 1
        }
        // Header zone: lead, source line and captions before the body, which has one line at least.
        var header: [Range<Int>] = []
        let last = lines.count - 1
        while hasTitleLine, index < last, !isSentence(bytes, lines[index]),
              wordCount(bytes, lines[index]) <= longestCaption {
            header.append(lines[index])
            index += 1
        }
        if hasTitleLine, header.isEmpty, index < lines.count {
            // A sentence right after the title is a lead only when non-sentence lines follow it.
            var probe = index + 1
            var following: [Range<Int>] = []
            while probe < lines.count, !isSentence(bytes, lines[probe]), wordCount(bytes, lines[probe]) <= 20 {
                following.append(lines[probe])
                probe += 1
            }
            if !following.isEmpty, probe < lines.count {
                article.lead = lines[index]
                header = following
                index = probe
            }
        }
        for line in header {
            if article.sourceLine == nil, looksLikeSourceLine(bytes, line) {
                article.sourceLine = line
            } else {
                article.captions.append(line)
            }
        }

        var isFirstBody = true
        for (i, line) in zip(index..., lines[index...]) {
            if i < last, !isSentence(bytes, line), wordCount(bytes, line) <= 12, !containsQuoteMark(bytes, line) {
                article.captions.append(line)
                continue
            }
            var paragraph = line
            if isFirstBody, let dateline = dateline(bytes, line) {
                article.dateline = dateline
                paragraph = skipSpaces(bytes, from: dateline.upperBound)..<line.upperBound
            }
            isFirstBody = false
            if !paragraph.isEmpty { article.paragraphs.append(paragraph) }
        }
        return article
    }

    /// The most words a caption or source line before the body has; a longer line without final punctuation is a
    /// paragraph cut short.
    static let longestCaption = 40

    /// The non-blank lines, trimmed of surrounding spaces, tabs and no-break spaces and of a trailing carriage return.
    static func nonBlankLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        bytes.withUnsafeBufferPointer { p in
            while true {
                let i = nextNewline(p, from: start)
                var lo = start
                var hi = i
                // No-break spaces (U+00A0, `C2 A0`) count as spaces at either end.
                while lo < hi {
                    if isSpace(p[lo]) { lo += 1 } else if hi - lo >= 2, p[lo] == 0xC2, p[lo + 1] == 0xA0 { lo += 2 } else { break }
                }
                while hi > lo {
                    if isSpace(p[hi - 1]) { hi -= 1 } else if hi - lo >= 2, p[hi - 2] == 0xC2, p[hi - 1] == 0xA0 { hi -= 2 } else { break }
                }
                if lo < hi { lines.append(lo..<hi) }
                if i == p.count { break }
                start = i + 1
            }
        }
        return lines
    }

    /// The index of the first newline at or after `start`, or `p.count`: eight bytes are tested at a time.
    static func nextNewline(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let count = p.count
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
            while i + 8 <= count {
                // A byte equal to `\n` becomes zero; the lowest flagged byte is the first zero (borrows only
                // reach higher bytes).
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ newlines
                let zero = (x &- ones) & ~x & highs
                if zero != 0 { return i + zero.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < count, p[i] != 0x0A { i += 1 }
        return i
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    static func skipSpaces(_ bytes: [UInt8], from index: Int) -> Int {
        var i = index
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        return i
    }

    /// Whether the line ends like a sentence: `.`, `?`, `!`, `:` or `…`, optionally followed by closing quotes or
    /// brackets.
    static func isSentence(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.upperBound
        while i > line.lowerBound {
            let b = bytes[i - 1]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") {
                i -= 1
                continue
            }
            // ” ’ are E2 80 9D / E2 80 99; … is E2 80 A6.
            if i - line.lowerBound >= 3, bytes[i - 3] == 0xE2, bytes[i - 2] == 0x80 {
                if bytes[i - 1] == 0x9D || bytes[i - 1] == 0x99 {
                    i -= 3
                    continue
                }
                return bytes[i - 1] == 0xA6
            }
            return b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") || b == UInt8(ascii: ":")
        }
        return false
    }

    static func wordCount(_ bytes: [UInt8], _ line: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for i in line {
            let space = isSpace(bytes[i])
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    static func containsQuoteMark(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound {
            if bytes[i] == UInt8(ascii: "\"") { return true }
            if bytes[i] == 0xE2, i + 2 < line.upperBound, bytes[i + 1] == 0x80,
               bytes[i + 2] == 0x9C || bytes[i + 2] == 0x9D {
                return true
            }
            i += 1
        }
        return false
    }

    /// A byline or source line: starts with `By `, ends with a comma, or has at most six words.
    static func looksLikeSourceLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        if bytes[line].starts(with: Array("By ".utf8)) { return true }
        if bytes[line.upperBound - 1] == UInt8(ascii: ",") { return true }
        return wordCount(bytes, line) <= 6
    }

    /// A dateline at the start of the body: `(Reuters) - `, `GENEVA (AFP) - `, `WASHINGTON (Reuters) — `, or an
    /// upper-case place followed by a dash. Returns the range up to and including the dash.
    static func dateline(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int>? {
        let limit = min(line.upperBound, line.lowerBound + 80)
        var i = line.lowerBound
        var sawParen = false
        var sawLower = false
        while i < limit {
            let b = bytes[i]
            if b == UInt8(ascii: "(") { sawParen = true }
            if b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z"), !sawParen { sawLower = true }
            if b == UInt8(ascii: "."), !sawParen, i + 1 < limit, bytes[i + 1] == 0x20 {
                // A sentence ended before any dash: no dateline.
                if i - line.lowerBound > 4 { return nil }
            }
            let dashLength: Int
            if b == UInt8(ascii: "-"), i + 1 < limit, bytes[i + 1] == 0x20 {
                dashLength = 1
            } else if b == 0xE2, i + 2 < limit, bytes[i + 1] == 0x80, bytes[i + 2] == 0x94 || bytes[i + 2] == 0x93 {
                dashLength = 3
            } else {
                i += 1
                continue
            }
            guard i > line.lowerBound, isSpace(bytes[i - 1]) else {
                i += 1
                continue
            }
            // Before the dash: a parenthesized agency, or an upper-case place.
            if sawParen || !sawLower { return line.lowerBound..<(i + dashLength) }
            return nil
        }
        return nil
    }
}
