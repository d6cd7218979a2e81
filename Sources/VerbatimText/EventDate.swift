import Foundation

/// When an event happens, as the text says it (`on Friday`, `February 25`, `yesterday`), resolved against the
/// article's date.
public enum EventDate: Sendable, Hashable {
    /// A calendar day; the year, when the text leaves it out, is the article's.
    case day(year: Int?, month: Int, day: Int)
    /// A weekday, 1 for Monday to 7 for Sunday: `on Friday` is the latest one before the article's date (news
    /// reports what happened), `next Friday` the first one after, `this Friday` the nearest one.
    case weekday(Int, Relation)
    /// Days from the article's date: `yesterday` is -1, `today` 0, `tomorrow` 1.
    case offset(days: Int)

    public enum Relation: Sendable, Hashable {
        case last, next, nearest
    }

    /// The ISO date this stands for, given the article's ISO date; a weekday or an offset needs the article's date,
    /// and so does a day without a year.
    public func resolve(against articleDate: String?) -> String? {
        let calendar = Self.calendar
        let base = articleDate.flatMap(Self.parse)
        switch self {
        case .day(let year, let month, let day):
            guard let y = year ?? base.map({ calendar.component(.year, from: $0) }) else { return nil }
            var components = DateComponents(year: y, month: month, day: day)
            // `December 30` in an article of January 2: last year's.
            if year == nil, let base, let candidate = calendar.date(from: components),
               candidate.timeIntervalSince(base) > 183 * 86_400 {
                components.year = y - 1
            }
            guard calendar.date(from: components).map({ calendar.component(.day, from: $0) == day }) == true else {
                return nil  // February 30
            }
            return calendar.date(from: components).map(Self.format)
        case .weekday(let weekday, let relation):
            guard let base else { return nil }
            // Calendar weekdays run from 1 (Sunday) to 7 (Saturday); ours from 1 (Monday) to 7 (Sunday).
            let baseWeekday = (calendar.component(.weekday, from: base) + 5) % 7 + 1
            var delta = weekday - baseWeekday
            switch relation {
            case .last: if delta > 0 { delta -= 7 }
            case .next: if delta <= 0 { delta += 7 }
            case .nearest: if delta > 3 { delta -= 7 } else if delta < -3 { delta += 7 }
            }
            return calendar.date(byAdding: .day, value: delta, to: base).map(Self.format)
        case .offset(let days):
            guard let base else { return nil }
            return calendar.date(byAdding: .day, value: days, to: base).map(Self.format)
        }
    }

    private static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    static func parse(_ iso: String) -> Date? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    static func format(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
