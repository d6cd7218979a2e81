/// Charts as inline SVG, drawn on the server: statements per month, offices over time, speakers side by side.
enum Charts {
    /// Bars of statements per month over every month from the first to the last (empty months at zero), or a note
    /// when there are none.
    static func monthBars(_ months: [(month: String, count: Int)]) -> String {
        let height = 150.0, top = 12.0, bottom = 22.0, plot = height - top - bottom
        guard let axis = MonthAxis(months.map(\.month), left: 40, width: 940), let peak = months.map(\.count).max(),
              peak > 0 else {
            return "<p class=\"note\">No dated statements.</p>"
        }
        let f = MonthAxis.f
        var svg = "<div class=\"chart\"><svg viewBox=\"0 0 1000 \(Int(height))\" role=\"img\" aria-label=\"Statements per month\">"
        svg += "<line class=\"axis\" x1=\"40\" y1=\"\(f(top + plot))\" x2=\"980\" y2=\"\(f(top + plot))\"/>"
        svg += "<text x=\"34\" y=\"\(f(top + 8))\" text-anchor=\"end\">\(peak)</text>"
        svg += "<text x=\"34\" y=\"\(f(top + plot))\" text-anchor=\"end\">0</text>"
        let gap = axis.step > 4 ? 1.0 : 0
        for (month, count) in months where count > 0 {
            guard let x = axis.x(month) else { continue }
            let h = max(1, plot * Double(count) / Double(peak))
            svg += "<rect class=\"bar\" x=\"\(f(x))\" y=\"\(f(top + plot - h))\" width=\"\(f(max(0.5, axis.step - gap)))\" height=\"\(f(h))\">"
            svg += "<title>\(HTML.escape(month)): \(count) statement\(count == 1 ? "" : "s")</title></rect>"
        }
        for tick in axis.ticks {
            svg += "<text x=\"\(f(tick.x))\" y=\"\(f(height - 6))\">\(HTML.escape(tick.label))</text>"
        }
        return svg + "</svg></div>"
    }

    /// An office for the timeline: its label and the first and last days it was seen (YYYY-MM-DD).
    struct Span {
        var label: String
        var first: String
        var last: String
        var former: Bool
    }

    /// One bar per office from the first day it was seen to the last, on one time axis; offices never seen on a
    /// dated article are left out.
    static func officeTimeline(_ spans: [Span]) -> String {
        let dated = spans.compactMap { span -> (Span, Double, Double)? in
            guard let a = day(span.first), let b = day(span.last) else { return nil }
            return (span, min(a, b), max(a, b))
        }
        guard let start = dated.map(\.1).min(), let end = dated.map(\.2).max() else {
            return "<p class=\"note\">No dated offices.</p>"
        }
        let f = MonthAxis.f
        let left = 330.0, width = 650.0, row = 24.0, height = Double(dated.count) * row + 26
        let span = max(end - start, 30)
        func x(_ d: Double) -> Double { left + (d - start) / span * width }
        var svg = "<div class=\"chart\"><svg viewBox=\"0 0 1000 \(Int(height))\" role=\"img\" aria-label=\"Offices over time\">"
        for (i, (office, a, b)) in dated.enumerated() {
            let y = Double(i) * row + 4
            let label = office.label.count > 52 ? String(office.label.prefix(51)) + "…" : office.label
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y + 14))\" text-anchor=\"end\">\(HTML.escape(label))</text>"
            svg += "<rect class=\"bar\" x=\"\(f(x(a)))\" y=\"\(f(y + 3))\" width=\"\(f(max(4, x(b) - x(a))))\" height=\"16\" rx=\"3\"\(office.former ? " opacity=\"0.45\"" : "")>"
            svg += "<title>\(HTML.escape(office.label)): \(HTML.escape(office.first)) – \(HTML.escape(office.last))</title></rect>"
        }
        let axisY = Double(dated.count) * row + 8
        svg += "<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(axisY))\" x2=\"\(f(left + width))\" y2=\"\(f(axisY))\"/>"
        let firstYear = Int(start / 365.25), lastYear = Int(end / 365.25)
        let every = max(1, (lastYear - firstYear) / 8)
        for year in stride(from: firstYear + 1, through: lastYear, by: every) where x(Double(year) * 365.25) < left + width - 24 {
            svg += "<text x=\"\(f(x(Double(year) * 365.25)))\" y=\"\(f(axisY + 14))\" text-anchor=\"middle\">\(year)</text>"
        }
        if lastYear == firstYear {
            svg += "<text x=\"\(f(left))\" y=\"\(f(axisY + 14))\">\(HTML.escape(String(dated[0].0.first.prefix(7))))</text>"
        }
        return svg + "</svg></div>"
    }

    /// A day (YYYY-MM-DD) as days since year 0, near enough to place it on an axis; nil when it is none.
    static func day(_ text: String) -> Double? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let y = Double(parts[0]), let m = Double(parts[1]), let d = Double(parts[2]) else {
            return nil
        }
        return y * 365.25 + (m - 1) * 30.44 + d
    }

    /// One row per speaker on a shared month axis, a dot per month they spoke in, its area as their statements
    /// that month.
    static func compare(_ rows: [(speaker: String, months: [String: Int])]) -> String {
        let left = 190.0, width = 790.0, row = 38.0
        guard let axis = MonthAxis(rows.flatMap(\.months.keys), left: left, width: width),
              let peak = rows.flatMap(\.months.values).max(), peak > 0 else {
            return "<p class=\"note\">No dated statements to compare.</p>"
        }
        let f = MonthAxis.f
        let height = Double(rows.count) * row + 28
        var svg = "<div class=\"chart\"><svg viewBox=\"0 0 1000 \(Int(height))\" role=\"img\" aria-label=\"Statements per month by speaker\">"
        let colors = ["#1f5fa8", "#c0392b", "#27865f", "#8e44ad", "#d68910", "#566573"]
        for (i, side) in rows.enumerated() {
            let y = Double(i) * row + row / 2
            let label = side.speaker.count > 28 ? String(side.speaker.prefix(27)) + "…" : side.speaker
            svg += "<text x=\"\(f(left - 10))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(HTML.escape(label))</text>"
            svg += "<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(left + width))\" y2=\"\(f(y))\"/>"
            for (month, count) in side.months.sorted(by: { $0.key < $1.key }) {
                guard let x = axis.x(month) else { continue }
                let r = 2.5 + 11 * (Double(count) / Double(peak)).squareRoot()
                svg += "<circle cx=\"\(f(x + axis.step / 2))\" cy=\"\(f(y))\" r=\"\(f(r))\" fill=\"\(colors[i % colors.count])\" fill-opacity=\"0.7\">"
                svg += "<title>\(HTML.escape(side.speaker)), \(HTML.escape(month)): \(count) statement\(count == 1 ? "" : "s")</title></circle>"
            }
        }
        for tick in axis.ticks {
            svg += "<text x=\"\(f(tick.x))\" y=\"\(f(height - 6))\">\(HTML.escape(tick.label))</text>"
        }
        return svg + "</svg></div>"
    }
}
