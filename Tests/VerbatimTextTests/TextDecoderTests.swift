import Testing
@testable import VerbatimText

@Suite struct TextDecoderTests {
    @Test func utf8IsReadAsIs() throws {
        let decoded = try TextDecoder.decode(Array("Zoë said “yes”.".utf8)).get()
        #expect(decoded.text == "Zoë said “yes”.")
        #expect(!decoded.isWindows1252)
    }

    @Test func windows1252SmartQuotesBecomeCurlyQuotes() throws {
        // “Yes,” she said – café
        let bytes: [UInt8] = [0x93, 0x59, 0x65, 0x73, 0x2C, 0x94, 0x20, 0x73, 0x68, 0x65, 0x20, 0x96, 0x20, 0x63, 0x61,
                              0x66, 0xE9]
        let decoded = try TextDecoder.decode(bytes).get()
        #expect(decoded.text == "“Yes,” she – café")
        #expect(decoded.isWindows1252)
    }

    @Test func emptyAndBlankFilesAreRefused() {
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode([]).get() }
        #expect(throws: TextDecoder.Failure.empty) { try TextDecoder.decode(Array(" \n\t\r\n".utf8)).get() }
    }

    @Test func binaryDataIsRefused() {
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).get() }
        #expect(throws: TextDecoder.Failure.binary) {
            try TextDecoder.decode([UInt8](repeating: 0x01, count: 40) + Array("text".utf8)).get()
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi.".utf8)).get().text == "Hi.")
    }
}
