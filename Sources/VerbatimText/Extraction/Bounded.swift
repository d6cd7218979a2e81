/// A list read by position that cannot run past either end: a position outside it reads `outside`, and a write there
/// is dropped.
///
/// The scanning code looks around a token everywhere (`i - 1`, `k + 2`, the token after a phrase), and text ends
/// where it likes: after `said, “`, after `in the`. With the analysis's lists held in this type, a look past the
/// edge of the text reads a token that is nothing (``Token/outside(at:)``, no word, no punctuation, no tag) instead
/// of trapping, so no rule needs its own bounds check to be safe.
struct Bounded<Element> {
    /// The elements.
    private(set) var elements: [Element]
    /// What a position outside the list reads.
    let outside: Element

    init(_ elements: [Element] = [], outside: Element) {
        self.elements = elements
        self.outside = outside
    }

    var count: Int { elements.count }
    var indices: Range<Int> { elements.indices }

    /// The element at `i`, or ``outside`` when `i` is not a position of the list; a write outside is dropped.
    @inline(__always)
    subscript(i: Int) -> Element {
        get { UInt(bitPattern: i) < UInt(bitPattern: elements.count) ? elements[i] : outside }
        set { if UInt(bitPattern: i) < UInt(bitPattern: elements.count) { elements[i] = newValue } }
    }

    mutating func reserveCapacity(_ n: Int) { elements.reserveCapacity(n) }

    /// Calls `body` with the elements to append to or change in place.
    mutating func withElements<R>(_ body: (inout [Element]) throws -> R) rethrows -> R {
        try body(&elements)
    }
}

extension Range where Bound == Int {
    /// The positions from `lower` up to `upper`, or none (an empty range at `lower`) when `upper` comes before
    /// `lower`: a range built from two computed positions that cannot trap.
    @inline(__always)
    static func span(_ lower: Int, _ upper: Int) -> Range<Int> {
        lower..<Swift.max(lower, upper)
    }
}
