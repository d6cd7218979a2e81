import GRDB

/// Which rows of a long list to read: the page (from 1) and how many rows a page holds.
public struct Paging: Sendable, Equatable {
    /// The page, from 1.
    public var page: Int
    /// Rows per page.
    public var size: Int

    /// Rows per page when a request names no size.
    public static let defaultSize = 50
    /// The most rows a page may hold.
    public static let maxSize = 200
    /// The furthest page any list reads: 10,000 rows of 50, so that no request makes SQLite skip a million rows.
    public static let maxPage = 200

    public init(page: Int = 1, size: Int = Paging.defaultSize) {
        self.page = min(max(page, 1), Self.maxPage)
        self.size = min(max(size, 1), Self.maxSize)
    }

    /// The rows before the page.
    public var offset: Int { (page - 1) * size }

    /// `LIMIT ? OFFSET ?` reading one row more than the page holds, so that a listing knows whether another follows.
    var sql: String { "LIMIT \(size + 1) OFFSET \(offset)" }
}

/// One page of a list: its rows, and whether more follow.
public struct Listing: Sendable {
    public var table: ResultTable
    /// Whether the list goes on past this page.
    public var hasMore: Bool
    /// The page it is.
    public var paging: Paging

    /// The page of `table`, which holds up to one row more than the page (see ``Paging``).
    init(_ table: ResultTable, _ paging: Paging) {
        var table = table
        hasMore = table.rows.count > paging.size
        if hasMore { table.rows.removeLast(table.rows.count - paging.size) }
        self.table = table
        self.paging = paging
    }

    /// The page of `ids` (up to one more than the page) as statement cards (``Archive/statementCards(_:ids:)``).
    static func statements(_ db: Database, ids: [Int64], _ paging: Paging) throws -> Listing {
        let more = ids.count > paging.size
        var listing = Listing(try Archive.statementCards(db, ids: Array(ids.prefix(paging.size))), paging)
        listing.hasMore = more
        return listing
    }
}
