/// Ranges of an article sorted by where they start, to find the few that start in, or overlap, a range without
/// looking at the others: what the writer asks of an article's mentions and events for each of its statements, so
/// that the cost of an article grows with its size rather than with its square.
struct RangeIndex {
    private let ranges: [Range<Int>]
    /// The ranges' indices sorted by lower bound, ties in the order given.
    private let order: [Int]
    /// The lower bounds in that order.
    private let lowers: [Int]
    /// The length of the longest range.
    private let longest: Int

    init(_ ranges: [Range<Int>]) {
        self.ranges = ranges
        order = ranges.indices.sorted { (ranges[$0].lowerBound, $0) < (ranges[$1].lowerBound, $1) }
        lowers = order.map { ranges[$0].lowerBound }
        longest = ranges.map(\.count).max() ?? 0
    }

    /// The indices of the ranges whose lower bound is in `range`, by position.
    func starting(in range: Range<Int>) -> ArraySlice<Int> {
        let first = firstStarting(atOrAfter: range.lowerBound)
        var end = first
        while end < lowers.count, lowers[end] < range.upperBound { end += 1 }
        return order[first..<end]
    }

    /// The indices of the ranges that overlap `range` (`Range.overlaps`: an empty range overlaps none), by position.
    func overlapping(_ range: Range<Int>) -> [Int] {
        guard !range.isEmpty else { return [] }
        // A range that starts `longest` or more before `range` ends before it.
        var i = firstStarting(atOrAfter: range.lowerBound - longest + 1)
        var found: [Int] = []
        while i < lowers.count, lowers[i] < range.upperBound {
            if ranges[order[i]].overlaps(range) { found.append(order[i]) }
            i += 1
        }
        return found
    }

    /// The position in `order` of the first range that starts at or after `bound`.
    private func firstStarting(atOrAfter bound: Int) -> Int {
        var low = 0
        var high = lowers.count
        while low < high {
            let middle = (low + high) / 2
            if lowers[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
