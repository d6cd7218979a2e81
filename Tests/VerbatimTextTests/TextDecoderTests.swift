import Testing
@testable import VerbatimText

@Suite struct TextDecoderTests {
    /// Bytes, and the text (with its encoding, bytes replaced and warning) or the failure they decode to.
    struct Case: Sendable, CustomTestStringConvertible {
        enum Outcome: Sendable, Equatable {
            case text(String, TextDecoder.Encoding, replaced: Int, warning: String?)
            case failure(TextDecoder.Failure)
        }

        var name: String
        var bytes: [UInt8]
        var outcome: Outcome

        var testDescription: String { name }
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    static let cases: [Case] = [
        Case(name: "UTF-8 as is", bytes: Array("Zoë said “yes”.".utf8),
             outcome: .text("Zoë said “yes”.", .utf8, replaced: 0, warning: nil)),
        Case(name: "a UTF-8 byte-order mark dropped", bytes: [0xEF, 0xBB, 0xBF] + Array("Hi.".utf8),
             outcome: .text("Hi.", .utf8, replaced: 0, warning: nil)),
        // “Yes,” she – café, in Windows-1252.
        Case(name: "Windows-1252 smart quotes", bytes: [0x93, 0x59, 0x65, 0x73, 0x2C, 0x94, 0x20, 0x73, 0x68, 0x65,
                                                        0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xE9],
             outcome: .text("“Yes,” she – café", .windows1252, replaced: 0,
                            warning: "not valid UTF-8; decoded as Windows-1252")),
        // Two stray bytes (an em dash and a Windows-1252 quote) in UTF-8 text keep the UTF-8 quotes.
        Case(name: "UTF-8 with two stray bytes", bytes: Array("“We agree,” she said ".utf8) + [0x97]
                + Array(" twice.".utf8) + [0x94],
             outcome: .text("“We agree,” she said \u{FFFD} twice.\u{FFFD}", .utf8, replaced: 2,
                            warning: "2 invalid UTF-8 bytes replaced by U+FFFD")),
        // A sequence cut short at the end: its two bytes are one U+FFFD, as Unicode advises.
        Case(name: "UTF-8 cut inside a character", bytes: Array("Zoë said no.".utf8) + [0xE2, 0x80],
             outcome: .text("Zoë said no.\u{FFFD}", .utf8, replaced: 2,
                            warning: "2 invalid UTF-8 bytes replaced by U+FFFD")),
        // 0x81 is undefined in Windows-1252: one stray byte in ASCII text is replaced.
        Case(name: "ASCII with one byte Windows-1252 leaves undefined", bytes: Array("Talks resumed".utf8) + [0x81]
                + Array(" on Monday.".utf8),
             outcome: .text("Talks resumed\u{FFFD} on Monday.", .utf8, replaced: 1,
                            warning: "1 invalid UTF-8 byte replaced by U+FFFD")),
        // Many invalid bytes, none valid UTF-8, one undefined in Windows-1252: another encoding.
        Case(name: "an unknown encoding", bytes: [0x81] + Array(repeating: [0xE0, 0x41], count: 10).flatMap { $0 },
             outcome: .failure(.unknownEncoding(invalid: 11, total: 21))),
        Case(name: "UTF-16 little-endian with its byte-order mark", bytes: utf16("Zoë “hi”.", bigEndian: false),
             outcome: .text("Zoë “hi”.", .utf16LittleEndian, replaced: 0, warning: nil)),
        Case(name: "UTF-16 big-endian with its byte-order mark", bytes: utf16("Zoë “hi”.", bigEndian: true),
             outcome: .text("Zoë “hi”.", .utf16BigEndian, replaced: 0, warning: nil)),
        Case(name: "UTF-16 with an unpaired surrogate and an odd last byte",
             bytes: [0xFF, 0xFE, 0x48, 0x00, 0x00, 0xD8, 0x69, 0x00, 0x2E],
             outcome: .text("H\u{FFFD}i\u{FFFD}", .utf16LittleEndian, replaced: 3,
                            warning: "3 invalid UTF-16 bytes replaced by U+FFFD")),
        Case(name: "no bytes", bytes: [], outcome: .failure(.empty)),
        Case(name: "a byte-order mark alone", bytes: [0xEF, 0xBB, 0xBF], outcome: .failure(.empty)),
        Case(name: "a UTF-16 byte-order mark alone", bytes: [0xFF, 0xFE], outcome: .failure(.empty)),
        Case(name: "whitespace only", bytes: Array(" \n\t\r\n        \n".utf8), outcome: .failure(.blank)),
        Case(name: "a PNG header", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
             outcome: .failure(.binary)),
        Case(name: "a NUL byte in text", bytes: Array("Talks resumed on Monday.".utf8) + [0] + Array("More.".utf8),
             outcome: .failure(.binary)),
        Case(name: "control characters", bytes: [UInt8](repeating: 0x01, count: 40) + Array("text".utf8),
             outcome: .failure(.binary)),
        Case(name: "UTF-16 holding a NUL character", bytes: utf16("Hi\u{0}there", bigEndian: false),
             outcome: .failure(.binary)),
        Case(name: "a doctype", bytes: Array("<!DOCTYPE html>\n<html><body><p>Hi.</p></body></html>".utf8),
             outcome: .failure(.html)),
        Case(name: "<html> after whitespace, in capitals", bytes: Array("\n  <HTML lang=\"en\">\n<p>Hi.</p>".utf8),
             outcome: .failure(.html)),
        Case(name: "<head> after a byte-order mark", bytes: [0xEF, 0xBB, 0xBF] + Array("<head><title>T</title>".utf8),
             outcome: .failure(.html)),
        Case(name: "<body> alone", bytes: Array("<body>".utf8), outcome: .failure(.html)),
        Case(name: "XHTML after an XML declaration and a comment",
             bytes: Array("<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html xmlns=\"x\"><p>Hi.</p>".utf8),
             outcome: .failure(.html)),
        Case(name: "an HTML page in UTF-16", bytes: utf16("<!doctype html><p>Hi.</p>", bigEndian: true),
             outcome: .failure(.html)),
        // Not pages: `<header>` is another element, and markup further in is text.
        Case(name: "a <header> line", bytes: Array("<header> notes\n\nThe minister said so.".utf8),
             outcome: .text("<header> notes\n\nThe minister said so.", .utf8, replaced: 0, warning: nil)),
        Case(name: "a tag inside text", bytes: Array("Title\n\nThe <html> tag opens a page.".utf8),
             outcome: .text("Title\n\nThe <html> tag opens a page.", .utf8, replaced: 0, warning: nil)),
    ]

    @Test(arguments: cases) func decodes(_ example: Case) {
        let outcome: Case.Outcome = switch TextDecoder.decode(example.bytes) {
        case .success(let decoded):
            .text(decoded.text, decoded.encoding, replaced: decoded.replacedBytes, warning: decoded.warning)
        case .failure(let failure):
            .failure(failure)
        }
        #expect(outcome == example.outcome)
    }

    @Test func failuresSayWhatTheBytesAre() {
        #expect(TextDecoder.Failure.empty.description == "empty file")
        #expect(TextDecoder.Failure.blank.description == "only whitespace, no text")
        #expect(TextDecoder.Failure.binary.description == "binary data, not text")
        #expect(TextDecoder.Failure.html.description == "an HTML page, not plain text")
        #expect(TextDecoder.Failure.unknownEncoding(invalid: 11, total: 21).description
                    == "not text in UTF-8, UTF-16 or Windows-1252 (11 of 21 bytes are not UTF-8)")
    }

    /// The eight-byte ASCII steps must see a control character, a NUL or a high byte at any offset, and count text.
    @Test(arguments: 0..<17) func everyOffsetOfAByteIsSeen(_ offset: Int) throws {
        let text = [UInt8](repeating: UInt8(ascii: "a"), count: 17)
        var nul = text
        nul[offset] = 0
        #expect(TextDecoder.decode(nul).failure == .binary)
        var stray = text
        stray[offset] = 0x81
        #expect(try TextDecoder.decode(stray).get().replacedBytes == 1)
        var blank = [UInt8](repeating: 0x20, count: 17)
        blank[offset] = UInt8(ascii: "x")
        #expect(TextDecoder.decode(blank).failure == nil)
    }

    @Test func checkRefusesDecodedTextThatIsNoArticle() {
        #expect(TextDecoder.check("The minister said so.") == nil)
        #expect(TextDecoder.check("Hi\u{0}there") == .binary)
        #expect(TextDecoder.check("  <!DOCTYPE html><p>Hi.</p>") == .html)
        #expect(TextDecoder.check(" \n") == .blank)
    }
}

extension Result {
    /// The failure, or nil for a success.
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
