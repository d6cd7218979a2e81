/// Ranges sorted by where they start, to find the few that start in, overlap or cover a range without looking at
/// the others: what extraction asks of an article's quotes and reported speech, and the writer of its mentions and
/// events, for each statement, so that an article's cost grows with its size rather than with its square.
///
/// A query costs a binary search plus, for each range it returns, the depth of a tree of the ranges' upper bounds.
public struct RangeIndex: Sendable {
    private let ranges: [Range<Int>]
    /// The ranges' indices sorted by lower bound, ties in the order given.
    private let order: [Int]
    /// The lower bounds in that order.
    private let lowers: [Int]
    /// The largest upper bound of each node of a complete binary tree over `order` (leaves from `leafCount`).
    private let maxUpper: [Int]
    private let leafCount: Int

    public init(_ ranges: [Range<Int>]) {
        self.ranges = ranges
        order = ranges.indices.sorted { (ranges[$0].lowerBound, $0) < (ranges[$1].lowerBound, $1) }
        lowers = order.map { ranges[$0].lowerBound }
        var leaves = 1
        while leaves < ranges.count { leaves *= 2 }
        leafCount = leaves
        var tree = [Int](repeating: Int.min, count: 2 * leaves)
        for (position, index) in order.enumerated() { tree[leaves + position] = ranges[index].upperBound }
        for node in stride(from: leaves - 1, to: 0, by: -1) { tree[node] = max(tree[2 * node], tree[2 * node + 1]) }
        maxUpper = tree
    }

    /// The indices of the ranges whose lower bound is in `range`, by position.
    public func starting(in range: Range<Int>) -> ArraySlice<Int> {
        let first = firstStarting(atOrAfter: range.lowerBound)
        let end = max(first, firstStarting(atOrAfter: range.upperBound))
        return order[first..<end]
    }

    /// The indices of the ranges that overlap `range` as `Range.overlaps` says (an empty range overlaps none), by
    /// position.
    public func overlapping(_ range: Range<Int>) -> [Int] {
        guard !range.isEmpty else { return [] }
        return spanning(atMost: range.upperBound - 1, atLeast: range.lowerBound + 1).filter { !ranges[$0].isEmpty }
    }

    /// Whether any range overlaps `range` as `Range.overlaps` says.
    public func anyOverlaps(_ range: Range<Int>) -> Bool {
        !overlapping(range).isEmpty
    }

    /// The indices of the ranges that start at or before `start` and end at or after `end`, by position.
    public func spanning(atMost start: Int, atLeast end: Int) -> [Int] {
        var found: [Int] = []
        // The ranges starting at or before `start` are the first `count` in order; the tree finds which of them end
        // late enough, skipping every subtree whose ranges all end too soon.
        let count = start == Int.max ? lowers.count : firstStarting(atOrAfter: start + 1)
        collect(node: 1, from: 0, to: leafCount, before: count, endingAtLeast: end, into: &found)
        return found
    }

    private func collect(node: Int, from low: Int, to high: Int, before count: Int, endingAtLeast end: Int,
                         into found: inout [Int]) {
        guard low < count, maxUpper[node] >= end else { return }
        if high - low == 1 {
            found.append(order[low])
            return
        }
        let middle = (low + high) / 2
        collect(node: 2 * node, from: low, to: middle, before: count, endingAtLeast: end, into: &found)
        collect(node: 2 * node + 1, from: middle, to: high, before: count, endingAtLeast: end, into: &found)
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
