import Foundation

/// A date clause ending a question: `in 2016`, `in March 2016`, `since 2016-02-01`, `before February 2016`,
/// `between 2016-01-01 and 2016-03-31`.
enum DateClause {
    /// Removes a date clause from the end of `words`: the first and last ISO days it allows.
    static func strip(_ words: inout [String]) -> (since: String?, until: String?) {
        let lower = words.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        // `between A and B`
        if let between = lower.lastIndex(of: "between"), let and = lower.lastIndex(of: "and"), and > between + 1,
           let a = range(lower[(between + 1)..<and]), let b = range(lower[(and + 1)...]) {
            words.removeSubrange(between...)
            return (a.first, b.last)
        }
        for start in stride(from: lower.count - 1, to: 0, by: -1) where ["in", "since", "before", "after", "during"].contains(lower[start]) {
            guard let r = range(lower[(start + 1)...]) else { continue }
            let keyword = lower[start]
            words.removeSubrange(start...)
            switch keyword {
            case "since", "after": return (r.first, nil)
            case "before": return (nil, dayBefore(r.first))
            default: return (r.first, r.last)
            }
        }
        return (nil, nil)
    }

    /// The first and last days a date names: `2016`, `March 2016`, `2016-03`, `2016-03-05`, `March 5, 2016`.
    static func range(_ words: ArraySlice<String>) -> (first: String, last: String)? {
        let w = Array(words)
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                      "november", "december"]
        func year(_ s: String) -> Int? { Int(s).flatMap { (1900...2100).contains($0) ? $0 : nil } }
        func iso(_ y: Int, _ m: Int, _ d: Int) -> String { String(format: "%04d-%02d-%02d", y, m, d) }
        switch w.count {
        case 1:
            if let y = year(w[0]) { return (iso(y, 1, 1), iso(y, 12, 31)) }
            let parts = w[0].split(separator: "-").compactMap { Int($0) }
            if parts.count == 2, let y = year(String(parts[0])), (1...12).contains(parts[1]) {
                return (iso(y, parts[1], 1), iso(y, parts[1], lastDay(y, parts[1])))
            }
            if parts.count == 3, let y = year(String(parts[0])), (1...12).contains(parts[1]),
               (1...lastDay(y, parts[1])).contains(parts[2]) {
                return (iso(y, parts[1], parts[2]), iso(y, parts[1], parts[2]))
            }
        case 2:
            if let m = months.firstIndex(of: w[0]), let y = year(w[1]) { return (iso(y, m + 1, 1), iso(y, m + 1, lastDay(y, m + 1))) }
        case 3:
            if let m = months.firstIndex(of: w[0]), let d = Int(w[1]), let y = year(w[2]), (1...lastDay(y, m + 1)).contains(d) {
                return (iso(y, m + 1, d), iso(y, m + 1, d))
            }
        default:
            break
        }
        return nil
    }

    /// The number of days in month `m` of year `y`.
    static func lastDay(_ y: Int, _ m: Int) -> Int {
        [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    static func dayBefore(_ iso: String) -> String {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        var (y, m, d) = (p[0], p[1], p[2] - 1)
        if d == 0 {
            m -= 1
            if m == 0 { m = 12; y -= 1 }
            d = lastDay(y, m)
        }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
