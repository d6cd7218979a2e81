/// A day of the Gregorian calendar written `YYYY-MM-DD`, as the archive stores dates and takes them from options,
/// JSON lines, manifests and file names.
public enum ISODate {
    /// Why `text` is not a calendar day written `YYYY-MM-DD`, or nil when it is one.
    ///
    /// `2017-02-30` → `'2017-02-30' is not a calendar date (February 2017 has 28 days)`; `17-2-3` → `'17-2-3' is
    /// not a date as YYYY-MM-DD`.
    ///
    /// - Parameter allowingTime: whether the day may go on with anything but a digit (`2016-02-05T10:00:00Z`), as the
    ///   dates of JSON lines and manifests may.
    public static func problem(_ text: String, allowingTime: Bool = false) -> String? {
        let bytes = Array(text.utf8.prefix(11))
        func digit(_ i: Int) -> Int? {
            bytes[i] >= 0x30 && bytes[i] <= 0x39 ? Int(bytes[i] - 0x30) : nil
        }
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9),
              bytes.count == 10 || (allowingTime && digit(10) == nil)
        else {
            return "'\(text)' is not a date as YYYY-MM-DD"
        }
        let (year, month, day) = (((y0 * 10 + y1) * 10 + y2) * 10 + y3, m0 * 10 + m1, d0 * 10 + d1)
        guard (1...12).contains(month) else { return "'\(text)' is not a calendar date (there is no month \(month))" }
        let days = days(inMonth: month, year: year)
        guard (1...days).contains(day) else {
            return "'\(text)' is not a calendar date (\(monthNames[month - 1]) \(year) has \(days) days)"
        }
        return nil
    }

    /// The calendar day `text` is (or starts with, when `allowingTime`), as `YYYY-MM-DD`; nil when it is none.
    public static func day(_ text: String, allowingTime: Bool = false) -> String? {
        problem(text, allowingTime: allowingTime) == nil ? String(decoding: text.utf8.prefix(10), as: UTF8.self) : nil
    }

    /// The days of `month` (1 to 12) in `year`: February has 29 in a leap year (every fourth, but not every
    /// hundredth unless every four hundredth).
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
}
