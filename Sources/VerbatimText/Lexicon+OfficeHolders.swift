import Foundation

extension Lexicon {
    /// A person known to have held an office, from `office_holders.tsv`.
    public struct OfficeHolder: Sendable, Hashable {
        /// The name as news usually writes it (`Sergei Lavrov`).
        public var name: String
        /// Other full forms of the name (`Sergey Lavrov`, `Lord Goldsmith`); never a bare surname.
        public var aliases: [String]
        /// The normalized role, one of `offices.tsv`'s roles.
        public var role: String
        /// Alpha-3 code of the country served, when the office is a country's.
        public var country: String?
        /// Key of the organization served, from `organizations.tsv`.
        public var organization: String?
        /// The first day in office, `YYYY-MM-DD` (a month or a year alone reads as its first day).
        public var start: String
        /// The last day in office, `YYYY-MM-DD` (a month or a year alone reads as its last day); nil while in office.
        public var end: String?

        /// Whether the office was held on `date` (`YYYY-MM-DD`).
        public func holds(on date: String) -> Bool {
            start <= date && (end.map { date <= $0 } ?? true)
        }
    }

    /// Reads `office_holders.tsv` (`name aliases role country organization start end`), checking each row's role,
    /// country and organization against the files already read and its dates.
    ///
    /// - Throws: ``LexiconError`` naming the file and the first row that is wrong.
    static func officeHolders(_ table: TSVTable, roles: Set<String>?, countries: Set<String>?,
                              organizations: Set<String>?) throws -> [OfficeHolder] {
        let c = try (
            name: table.column("name"), aliases: table.column("aliases"), role: table.column("role"),
            country: table.column("country"), organization: table.column("organization"),
            start: table.column("start"), end: table.column("end")
        )
        func optional(_ cell: String) -> String? { cell.isEmpty ? nil : cell }
        return try table.rows.map { row in
            func wrong(_ reason: String) -> LexiconError {
                LexiconError(path: table.path, reason: "'\(row[c.name])' (\(row[c.role])): \(reason)")
            }
            let country = optional(row[c.country]), organization = optional(row[c.organization])
            if let roles, !roles.contains(row[c.role]) { throw wrong("the role is not one of offices.tsv") }
            if country == nil, organization == nil { throw wrong("names neither a country nor an organization") }
            if let country, countries?.contains(country) == false { throw wrong("unknown country '\(country)'") }
            if let organization, organizations?.contains(organization) == false {
                throw wrong("unknown organization '\(organization)'")
            }
            guard let start = day(row[c.start], last: false) else { throw wrong("start '\(row[c.start])' is not a date") }
            var end: String?
            if let cell = optional(row[c.end]) {
                guard let day = day(cell, last: true) else { throw wrong("end '\(cell)' is not a date") }
                guard day >= start else { throw wrong("ends before it starts") }
                end = day
            }
            let aliases = TSVTable.list(row[c.aliases])
            if let bare = aliases.first(where: { !$0.contains(" ") && !$0.contains("-") }) {
                throw wrong("alias '\(bare)' is a single word, which would take anyone of that name")
            }
            return OfficeHolder(name: row[c.name], aliases: aliases, role: row[c.role], country: country,
                                organization: organization, start: start, end: end)
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a full day: the first day of the year or month, or with `last` the last
    /// (the 31st of every month, which compares the same as the true last day); nil when it is none of those.
    static func day(_ text: String, last: Bool) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ part, width in part.count == width && part.allSatisfy(\.isASCII)
                  && part.allSatisfy(\.isNumber) })
        else { return nil }
        if parts.count >= 2, let month = Int(parts[1]), !(1...12).contains(month) { return nil }
        if parts.count == 3, let d = Int(parts[2]), !(1...31).contains(d) { return nil }
        switch parts.count {
        case 1: return text + (last ? "-12-31" : "-01-01")
        case 2: return text + (last ? "-31" : "-01")
        default: return text
        }
    }
}
