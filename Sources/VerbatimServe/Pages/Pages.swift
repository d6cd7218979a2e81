import VerbatimArchive

/// The pages of `verbatim serve`, each made from the archive and the request's parameters into a ``Page``.
enum Pages {
    /// What the home page says of the archive, counted once when the server starts.
    struct Summary: Sendable {
        var articles = 0, statements = 0, people = 0, events = 0
        var oldest: String?, newest: String?

        init() {}

        init(_ archive: Archive) throws {
            try archive.read { db in
                articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
                statements = try Int.fetchOne(db, sql: "SELECT count(*) FROM statements") ?? 0
                people = try Int.fetchOne(db, sql: "SELECT count(*) FROM people WHERE alias_of IS NULL") ?? 0
                events = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
                oldest = try String.fetchOne(db, sql: "SELECT min(published_on) FROM articles")
                newest = try String.fetchOne(db, sql: "SELECT max(published_on) FROM articles")
            }
        }
    }

    /// A path segment that must be a row id: a positive whole number.
    ///
    /// - Throws: ``PageError`` (404) naming `what` when it is not one.
    static func id(_ text: String?, _ what: String) throws -> Int64 {
        guard let text, let id = Int64(text), id > 0 else {
            throw PageError.notFound("no \(what) '\(text ?? "")'")
        }
        return id
    }

    /// A titled section of a page.
    static func section(_ title: String, _ body: String) -> String {
        "<h2>\(HTML.escape(title))</h2>" + body
    }

    /// A date range written for a reader: `2016-01-04 – 2017-03-02`, one date, or nothing.
    static func dates(_ first: String?, _ last: String?) -> String {
        switch (first, last) {
        case let (a?, b?) where a != b: "\(a) – \(b)"
        case let (a?, _): a
        case let (nil, b?): b
        default: ""
        }
    }

    /// The month counts of a `month`, `statements` table.
    static func months(_ table: ResultTable) -> [(month: String, count: Int)] {
        table.cells.compactMap { c in
            guard let month = c["month"] else { return nil }
            return (month, Int(c.int("statements") ?? 0))
        }
    }
}
