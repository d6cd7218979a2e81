/// A time axis of calendar months, drawn left to right across a chart's plot area.
struct MonthAxis {
    /// The first month, as a month number (year × 12 + month − 1).
    let first: Int
    /// How many months the axis spans, the last included.
    let count: Int
    /// Where the plot area starts and how wide it is, in the chart's units.
    let left: Double, width: Double

    /// The most months an axis spans: 40 years; a longer span keeps its last 40 years.
    static let maxMonths = 480

    /// An axis over every month of `months` (YYYY-MM, in any order), or nil when none is a month.
    init?(_ months: [String], left: Double, width: Double) {
        let numbers = months.compactMap(Self.number)
        guard let low = numbers.min(), let high = numbers.max() else { return nil }
        first = max(low, high - Self.maxMonths + 1)
        count = high - first + 1
        self.left = left
        self.width = width
    }

    /// `YYYY-MM` (or a longer date that starts with one) as a month number, or nil.
    static func number(_ text: String) -> Int? {
        let parts = text.prefix(7).split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            return nil
        }
        return year * 12 + month - 1
    }

    /// `YYYY-MM` of a month number.
    static func label(_ number: Int) -> String {
        let year = number / 12, month = number % 12 + 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }

    /// The width of one month.
    var step: Double { width / Double(count) }

    /// The left edge of `month`'s slot; nil when it is off the axis.
    func x(_ month: String) -> Double? {
        guard let n = Self.number(month), n >= first, n < first + count else { return nil }
        return left + Double(n - first) * step
    }

    /// The months to label under the axis, with their positions: every January (or every few years on a long axis),
    /// or, on an axis of a year or less, every month.
    var ticks: [(x: Double, label: String)] {
        if count <= 12 {
            return (0..<count).map { (left + (Double($0) + 0.5) * step, Self.label(first + $0)) }
        }
        let years = max(1, Int((Double(count) / 12 / 12).rounded(.up)))
        var ticks: [(Double, String)] = []
        for n in first..<(first + count) where n % 12 == 0 && (n / 12) % years == 0 {
            ticks.append((left + Double(n - first) * step, String(n / 12)))
        }
        if ticks.isEmpty { ticks.append((left, Self.label(first))) }
        // A label that would run past the axis's end is left out.
        return ticks.filter { $0.0 < left + width - 30 || $0.0 == left }
    }

    /// A number written short for SVG coordinates.
    static func f(_ value: Double) -> String {
        String((value * 10).rounded() / 10)
    }
}
