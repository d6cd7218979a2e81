import GRDB

extension Archive {
    /// Two or more speakers' statements on one topic, side by side.
    public struct Comparison: Sendable {
        /// One speaker's side.
        public struct Side: Sendable {
            /// The speaker as asked (a name, an office, a country, an organization: what `statements --speaker` takes).
            public var speaker: String
            /// Statements per month (YYYY-MM) among the newest ``Archive/compareLimit``.
            public var months: [String: Int]
            /// How many statements were read (at most ``Archive/compareLimit``).
            public var total: Int
            /// Whether the speaker has more than were read.
            public var capped: Bool
            /// A page of the statements, newest first.
            public var statements: Listing
        }

        public var sides: [Side]
        /// Every month any side has a dated statement in, in order.
        public var months: [String] {
            Set(sides.flatMap(\.months.keys)).sorted()
        }
    }

    /// The most statements of each speaker a comparison reads.
    public static let compareLimit = 500

    /// The statements of each of `speakers` about `about` (any topic when nil) between `since` and `until`, through
    /// ``statements(_:columns:)``: the newest ``compareLimit`` of each, counted by month, and a page of each.
    ///
    /// - Throws: ``ArchiveError`` naming a speaker or topic the archive does not know.
    public func compare(speakers: [String], about: String?, since: String? = nil, until: String? = nil,
                        paging: Paging = Paging()) throws -> Comparison {
        var sides: [Comparison.Side] = []
        for speaker in speakers {
            let filter = StatementFilter(speaker: speaker, about: about, since: since, until: until,
                                         limit: Self.compareLimit + 1)
            let rows = try statements(filter, columns: ["id", "published_on"]).rows
            let read = rows.prefix(Self.compareLimit)
            var months: [String: Int] = [:]
            for row in read {
                if let date = String.fromDatabaseValue(row[1]) { months[String(date.prefix(7)), default: 0] += 1 }
            }
            let ids = read.dropFirst(paging.offset).prefix(paging.size + 1).compactMap { Int64.fromDatabaseValue($0[0]) }
            let listing = try self.read { db in try Listing.statements(db, ids: Array(ids), paging) }
            sides.append(Comparison.Side(speaker: speaker, months: months, total: read.count,
                                         capped: rows.count > Self.compareLimit, statements: listing))
        }
        return Comparison(sides: sides)
    }
}
