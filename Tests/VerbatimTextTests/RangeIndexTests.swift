import Testing
import VerbatimText

/// RangeIndex answers as a scan of every range would.
@Suite struct RangeIndexTests {
    static let ranges = [10..<20, 0..<5, 12..<12, 15..<40, 3..<4, 30..<31, 10..<11, 50..<60, 45..<55, 19..<21]

    /// The indices of `ranges` that `keep` holds for, by lower bound and then index, as the index answers.
    func scan(_ keep: (Range<Int>) -> Bool) -> [Int] {
        Self.ranges.indices.filter { keep(Self.ranges[$0]) }
            .sorted { (Self.ranges[$0].lowerBound, $0) < (Self.ranges[$1].lowerBound, $1) }
    }

    @Test(arguments: [0..<0, 0..<1, 4..<4, 4..<12, 12..<13, 11..<12, 19..<20, 20..<30, 31..<45, 40..<50, 60..<70, -5..<100])
    func queriesAnswerAsAScanWould(query: Range<Int>) {
        let index = RangeIndex(Self.ranges)
        #expect(Array(index.starting(in: query)) == scan { query.contains($0.lowerBound) })
        #expect(index.overlapping(query) == scan { $0.overlaps(query) })
        #expect(index.anyOverlaps(query) == Self.ranges.contains { $0.overlaps(query) })
        #expect(index.spanning(atMost: query.lowerBound, atLeast: query.upperBound)
                == scan { $0.lowerBound <= query.lowerBound && $0.upperBound >= query.upperBound })
    }

    @Test func anIndexOfNoRangesFindsNone() {
        let index = RangeIndex([])
        #expect(index.starting(in: 0..<10).isEmpty)
        #expect(index.overlapping(0..<10).isEmpty)
        #expect(index.spanning(atMost: Int.max, atLeast: Int.min).isEmpty)
    }
}
