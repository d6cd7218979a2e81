import Testing
@testable import VerbatimText

@Suite struct ScalarOffsetsTests {
    @Test func byteOffsetsBecomeScalarOffsets() {
        let text = "é “a” b"
        let offsets = ScalarOffsets(text)
        // é is 2 bytes, “ and ” are 3 bytes each.
        #expect(offsets.scalar(0) == 0)
        #expect(offsets.scalar(2) == 1)
        #expect(offsets.scalar(3) == 2)
        #expect(offsets.scalar(6) == 3)
        #expect(offsets.scalars(6..<7) == 3..<4)
        #expect(offsets.scalar(text.utf8.count) == text.unicodeScalars.count)
        #expect(offsets.scalar(1_000) == text.unicodeScalars.count)
    }
}
