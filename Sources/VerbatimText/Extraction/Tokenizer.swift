/// Byte-level tokenization of article text for extraction.
///
/// Tokens carry UTF-8 byte offsets into the article and a 64-bit hash of their lowercased form, so that lexicon
/// lookups and word tests never allocate strings.

enum TokenKind: UInt8 {
    case word, number, punct, quote
    /// No token: what a position outside the text reads (``Token/outside(at:)``).
    case none
}

/// The direction a quotation mark can play.
enum QuoteMark: UInt8 {
    /// `"` and `''`: opens or closes, depending on the context.
    case straight = 1
    /// `“`, ``` `` ```, `«`.
    case open = 2
    /// `”`, `»`.
    case close = 3
}

struct TokenFlags: OptionSet, Sendable {
    let rawValue: UInt16
    /// The first letter is uppercase (also `al-Assad`).
    static let capitalized = TokenFlags(rawValue: 1)
    /// Two or more letters, all uppercase (`NATO`, `U.S.`).
    static let allCaps = TokenFlags(rawValue: 2)
    /// Ends with `'s`, `’s` or `s'`; the hash and ``Token/baseEnd`` leave it out.
    static let possessive = TokenFlags(rawValue: 4)
    /// Letters with periods (`U.S.`, `U.N.`), the final period included.
    static let initialism = TokenFlags(rawValue: 8)
    /// Whitespace (or the start of the segment) comes right before the token.
    static let spaceBefore = TokenFlags(rawValue: 16)
    /// Two or more whitespace bytes come right before the token.
    static let wideSpaceBefore = TokenFlags(rawValue: 32)
    /// Whitespace (or the end of the segment) comes right after the token.
    static let spaceAfter = TokenFlags(rawValue: 64)
    /// Contains a hyphen followed by a lowercase letter (`Russian-backed`).
    static let hyphenLower = TokenFlags(rawValue: 128)
    /// A line break comes right before the token.
    static let lineBefore = TokenFlags(rawValue: 256)
}

struct Token {
    var start: Int
    var end: Int
    /// End of the word without its possessive ending.
    var baseEnd: Int
    /// FNV-1a hash of the lowercased base form.
    var hash: UInt64
    var kind: TokenKind
    var flags: TokenFlags
    /// For `punct`, the ASCII byte (`0x97` for a dash, `0x85` for an ellipsis, `0x91`/`0x92` for single curly
    /// quotes); for `quote`, the ``QuoteMark`` raw value.
    var byte: UInt8

    var isWord: Bool { kind == .word || kind == .number }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var length: Int { end - start }
    func isPunct(_ b: UInt8) -> Bool { kind == .punct && byte == b }
    var quoteMark: QuoteMark? { kind == .quote ? QuoteMark(rawValue: byte) : nil }

    /// The token a position outside the text reads: empty at byte `offset`, of kind ``TokenKind/none``, no flags.
    static func outside(at offset: Int) -> Token {
        Token(start: offset, end: offset, baseEnd: offset, hash: 0, kind: .none, flags: [], byte: 0)
    }
}

enum Hash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always) static func add(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* prime }

    /// The hash of a lowercase string, as tokens compute it.
    static func of(_ s: String) -> UInt64 {
        var h = offset
        for b in s.utf8 { h = add(h, lower(b)) }
        return h
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}

/// Character classes of the scalar at a byte offset.
enum ByteClass: Equatable {
    case letter, digit, space, newline
    case punct(UInt8)
    case quote(QuoteMark)
    /// `’` (E2 80 99) and `'`.
    case apostrophe
}

enum Bytes {
    @inline(__always) static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetterASCII(_ b: UInt8) -> Bool { isUpperASCII(b) || isLowerASCII(b) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Length of the UTF-8 sequence starting with `b`.
    @inline(__always) static func seqLength(_ b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Whether the scalar at `i` is an uppercase letter (ASCII or Latin-1 `À`–`Þ`).
    @inline(__always) static func isUpper(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return isUpperASCII(b) }
        if b == 0xC3, i + 1 < end { return p[i + 1] >= 0x80 && p[i + 1] <= 0x9E && p[i + 1] != 0x97 }
        if b == 0xC4 || b == 0xC5, i + 1 < end { return p[i + 1] & 1 == 0 }  // Latin Extended-A: even = upper
        return false
    }

    @inline(__always) static func isLower(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return isLowerASCII(b) }
        return !isUpper(p, i, end) && classify(p, i, end).0 == .letter
    }

    /// The class and byte length of the scalar at `i`.
    @inline(__always) static func classify(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (ByteClass, Int) {
        let b = p[i]
        if b < 0x80 {
            if isLetterASCII(b) { return (.letter, 1) }
            if isDigit(b) { return (.digit, 1) }
            switch b {
            case 0x20, 0x09: return (.space, 1)
            case 0x0A, 0x0D, 0x0B, 0x0C: return (.newline, 1)
            case 0x22: return (.quote(.straight), 1)
            case 0x27: return (.apostrophe, 1)
            default: return (.punct(b), 1)
            }
        }
        let n = min(seqLength(b), end - i)
        if b == 0xC2, n == 2 {
            let c = p[i + 1]
            if c == 0xA0 { return (.space, 2) }
            if c == 0xAB { return (.quote(.open), 2) }
            if c == 0xBB { return (.quote(.close), 2) }
            if c == 0xB5 || c == 0xAA || c == 0xBA { return (.letter, 2) }
            return (.punct(0xC2), 2)
        }
        if b == 0xE2, n == 3 {
            let c = p[i + 1], d = p[i + 2]
            if c == 0x80 {
                switch d {
                case 0x9C: return (.quote(.open), 3)
                case 0x9D: return (.quote(.close), 3)
                case 0x99: return (.apostrophe, 3)
                case 0x98: return (.punct(0x91), 3)
                case 0x93, 0x94, 0x95, 0x92: return (.punct(0x97), 3)
                case 0xA6: return (.punct(0x85), 3)
                case 0x80...0x8B, 0xAF: return (.space, 3)
                case 0xA8, 0xA9: return (.newline, 3)
                default: return (.punct(0xE2), 3)
                }
            }
            return (.punct(0xE2), 3)
        }
        if b == 0xE3, n == 3, p[i + 1] == 0x80, p[i + 2] == 0x80 { return (.space, 3) }
        if b == 0xEF, n == 3, p[i + 1] == 0xBB, p[i + 2] == 0xBF { return (.space, 3) }  // BOM
        return (.letter, n)
    }
}

enum Tokenizer {
    /// Appends the tokens of `range` to `tokens`.
    static func tokenize(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into tokens: inout [Token]) {
        var i = range.lowerBound
        let end = range.upperBound
        var spaces = 1  // the start of a segment counts as space
        var newline = true
        let firstIndex = tokens.count

        func flagsBefore() -> TokenFlags {
            var f: TokenFlags = []
            if spaces > 0 { f.insert(.spaceBefore) }
            if spaces > 1 { f.insert(.wideSpaceBefore) }
            if newline { f.insert(.lineBefore) }
            return f
        }

        /// Stores `token`, which ends at `i`. The plain space after it, the most common case (`said, `, `. `), is
        /// flagged on it before it is stored, as the space branch would flag it after, and passed over.
        func store(_ token: Token) {
            var token = token
            newline = false
            if i < end, p[i] == 0x20 {
                token.flags.insert(.spaceAfter)
                spaces = 1
                i += 1
            } else {
                spaces = 0
            }
            tokens.append(token)
        }

        while i < end {
            // A plain space, the most common byte, without classifying.
            if p[i] == 0x20 {
                if spaces == 0, let last = tokens.indices.last, last >= firstIndex {
                    tokens[last].flags.insert(.spaceAfter)
                }
                spaces += 1
                i += 1
                continue
            }
            // ASCII letters and digits, which open most tokens, without classifying.
            let b = p[i]
            if b &- 0x61 < 26 || b &- 0x41 < 26 || b &- 0x30 < 10 {
                let token = plainWord(p, i, end, flags: flagsBefore())
                    ?? word(p, i, end, flags: flagsBefore(), number: b &- 0x30 < 10)
                i = token.end
                store(token)
                continue
            }
            let (cls, n) = Bytes.classify(p, i, end)
            switch cls {
            case .space, .newline:
                if spaces == 0, let last = tokens.indices.last, last >= firstIndex {
                    tokens[last].flags.insert(.spaceAfter)
                }
                spaces += 1
                if cls == .newline { newline = true; spaces += 1 }
                i += n
                continue
            case .letter, .digit:
                let token = word(p, i, end, flags: flagsBefore(), number: cls == .digit)
                i = token.end
                store(token)
                continue
            case .quote(let mark):
                tokens.append(Token(start: i, end: i + n, baseEnd: i + n, hash: 0, kind: .quote, flags: flagsBefore(),
                                    byte: mark.rawValue))
                i += n
            case .apostrophe:
                if n == 1, i + 1 < end, p[i + 1] == 0x27 {
                    // `''` closes a ``` `` ``` quote, and opens and closes quotes in LexisNexis and NYT archives.
                    tokens.append(Token(start: i, end: i + 2, baseEnd: i + 2, hash: 0, kind: .quote,
                                        flags: flagsBefore(), byte: QuoteMark.straight.rawValue))
                    i += 2
                } else if i + n < end, Bytes.isDigit(p[i + n]) {
                    // '90s
                    let token = word(p, i, end, flags: flagsBefore(), number: true, skip: n)
                    i = token.end
                    store(token)
                    continue
                } else {
                    tokens.append(Token(start: i, end: i + n, baseEnd: i + n, hash: Hash.add(Hash.offset, 0x27),
                                        kind: .punct, flags: flagsBefore(), byte: n == 1 ? 0x27 : 0x92))
                    i += n
                }
            case .punct(let b):
                if b == 0x60, i + 1 < end, p[i + 1] == 0x60 {
                    tokens.append(Token(start: i, end: i + 2, baseEnd: i + 2, hash: 0, kind: .quote,
                                        flags: flagsBefore(), byte: QuoteMark.open.rawValue))
                    i += 2
                } else {
                    var m = n
                    // "--" reads as a dash
                    if b == 0x2D, i + 1 < end, p[i + 1] == 0x2D { m = 2 }
                    let code = m == 2 && b == 0x2D ? UInt8(0x97) : b
                    let token = Token(start: i, end: i + m, baseEnd: i + m, hash: Hash.add(Hash.offset, code),
                                      kind: .punct, flags: flagsBefore(), byte: code)
                    i += m
                    store(token)
                    continue
                }
            }
            spaces = 0
            newline = false
        }
        if let last = tokens.indices.last, last >= firstIndex { tokens[last].flags.insert(.spaceAfter) }
    }

    /// A word or number of ASCII letters and digits only, the common case, read in one pass; nil when the byte
    /// after the letters may continue the word or make it an initialism (an apostrophe, a hyphen, a period or a
    /// comma, a byte beyond ASCII), which ``word(_:_:_:flags:number:skip:)`` reads.
    @inline(__always) private static func plainWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                                    flags: TokenFlags) -> Token? {
        let number = p[start] &- 0x30 < 10
        var upper = 0, lower = 0  // counted with &+: a word is far shorter than Int.max
        var h = Hash.offset
        var i = start
        while i < end {
            let b = p[i]
            if b &- 0x61 < 26 { lower &+= 1; h = Hash.add(h, b); i &+= 1; continue }
            if b &- 0x41 < 26 { upper &+= 1; h = Hash.add(h, b | 0x20); i &+= 1; continue }
            if b &- 0x30 < 10 { h = Hash.add(h, b); i &+= 1; continue }
            if b >= 0x80 || b == 0x27 || b == 0x2D { return nil }
            if b == 0x2E, number || i - start == 1 { return nil }
            if b == 0x2C, number { return nil }
            break
        }
        var flags = flags
        if !number {
            if p[start] &- 0x41 < 26 { flags.insert(.capitalized) }
            if upper >= 2, lower == 0 { flags.insert(.allCaps) }
        }
        return Token(start: start, end: i, baseEnd: i, hash: h, kind: number ? .number : .word, flags: flags, byte: 0)
    }

    /// A word or number starting at `start`.
    private static func word(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, flags: TokenFlags,
                             number: Bool, skip: Int = 0) -> Token {
        var flags = flags
        var i = start + skip
        // Initialisms: U.S., U.N., U.K.
        if !number, Bytes.isUpperASCII(p[i]), i + 3 < end, p[i + 1] == 0x2E, Bytes.isUpperASCII(p[i + 2]),
           p[i + 3] == 0x2E {
            var j = i
            var h = Hash.offset
            while j + 1 < end, Bytes.isUpperASCII(p[j]), p[j + 1] == 0x2E {
                h = Hash.add(Hash.add(h, p[j] | 0x20), 0x2E)
                j += 2
            }
            flags.formUnion([.capitalized, .allCaps, .initialism])
            return Token(start: start, end: j, baseEnd: j, hash: h, kind: .word, flags: flags, byte: 0)
        }
        var upper = 0, lower = 0  // counted with &+: a word is far shorter than Int.max
        let first = i
        // The hash of a word of plain ASCII letters and digits is made in the same pass.
        var plain = skip == 0
        var h = Hash.offset
        while i < end {
            // ASCII letters and digits, the common case, without classifying.
            let b = p[i]
            if b &- 0x61 < 26 { lower &+= 1; h = Hash.add(h, b); i &+= 1; continue }
            if b &- 0x41 < 26 { upper &+= 1; h = Hash.add(h, b | 0x20); i &+= 1; continue }
            if b &- 0x30 < 10 { h = Hash.add(h, b); i &+= 1; continue }
            if b == 0x20 { break }  // a plain space ends the word, as classifying it would
            let (cls, n) = Bytes.classify(p, i, end)
            switch cls {
            case .letter, .digit:
                plain = false  // a letter beyond ASCII: `normalizedHash` folds it
                if Bytes.isUpper(p, i, end) { upper &+= 1 } else { lower &+= 1 }
                i += n
                continue
            case .apostrophe:
                // Russia's, O'Brien, can’t: an apostrophe between letters belongs to the word.
                if i + n < end, Bytes.classify(p, i + n, end).0 == .letter { h = Hash.add(h, 0x27); i += n; continue }
            case .punct(let b):
                if b == 0x2D, i + 1 < end {
                    // `then-Secretary`, `ex-President`: the prefix stands apart, so the title is one of its own.
                    if plain, h == Words.then || h == Words.ex { break }
                    let (next, _) = Bytes.classify(p, i + 1, end)
                    if next == .letter || next == .digit {
                        if Bytes.isLower(p, i + 1, end) { flags.insert(.hyphenLower) }
                        h = Hash.add(h, b)
                        i += 1
                        continue
                    }
                }
                if number, b == 0x2E || b == 0x2C, i + 1 < end, Bytes.isDigit(p[i + 1]) { h = Hash.add(h, b); i += 1; continue }
            default:
                break
            }
            break
        }
        var baseEnd = i
        // Possessives: 's / ’s at the end, or s' / s’ followed by a non-letter.
        if i - first >= 3 {
            if p[i - 1] | 0x20 == 0x73, p[i - 2] == 0x27 { baseEnd = i - 2; flags.insert(.possessive) }
            else if p[i - 1] | 0x20 == 0x73, i - first >= 5, p[i - 2] == 0x99, p[i - 3] == 0x80, p[i - 4] == 0xE2 {
                baseEnd = i - 4; flags.insert(.possessive)
            }
        }
        if !flags.contains(.possessive), i < end, i - first >= 2, p[i - 1] == 0x73 {
            let (cls, n) = Bytes.classify(p, i, end)
            if cls == .apostrophe, i + n >= end || Bytes.classify(p, i + n, end).0 != .letter {
                // Jones' — only when a space follows, so a closing single quote after a plural stays punctuation.
                let after = i + n < end ? Bytes.classify(p, i + n, end).0 : .space
                if after == .space || after == .newline {
                    flags.insert(.possessive)
                    i += n
                }
            }
        }
        if !plain || baseEnd != i { h = normalizedHash(p, start, baseEnd) }
        if !number {
            if Bytes.isUpper(p, first, end) { flags.insert(.capitalized) }
            else if baseEnd - first > 3, p[first + 2] == 0x2D, p[first] | 0x20 == 0x61 || p[first] | 0x20 == 0x65,
                    p[first + 1] == 0x6C, Bytes.isUpper(p, first + 3, end) {
                flags.insert(.capitalized)  // al-Assad, el-Sisi
            }
            if upper >= 2, lower == 0 { flags.insert(.allCaps) }
        }
        return Token(start: start, end: i, baseEnd: baseEnd, hash: h, kind: number ? .number : .word, flags: flags,
                     byte: 0)
    }

    /// The lowercased hash of `start..<end`, with `’` read as `'` and Latin-1 capitals folded.
    @inline(__always) static func normalizedHash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = Hash.offset
        var k = start
        while k < end {
            let b = p[k]
            if b == 0xE2, k + 2 < end, p[k + 1] == 0x80, p[k + 2] == 0x99 {
                h = Hash.add(h, 0x27)
                k += 3
                continue
            }
            if b == 0xC3, k + 1 < end, p[k + 1] >= 0x80, p[k + 1] <= 0x9E, p[k + 1] != 0x97 {
                h = Hash.add(Hash.add(h, b), p[k + 1] | 0x20)
                k += 2
                continue
            }
            h = Hash.add(h, Hash.lower(b))
            k += 1
        }
        return h
    }

    /// Tokens of a standalone string (lexicon phrases).
    static func tokens(of s: String) -> [Token] {
        let bytes = Array(s.utf8)
        var out: [Token] = []
        bytes.withUnsafeBufferPointer { tokenize($0, 0..<bytes.count, into: &out) }
        return out
    }
}
