import GRDB

/// What the web pages read of statements and articles: cards to list, one statement with its acts, one article with
/// every statement in it.
extension Archive {
    /// The columns of a statement card: what a list shows of a statement, with the ids that its links need.
    public static let cardColumns = [
        "id", "article_id", "published_on", "kind", "text", "start", "end", "speaker", "speaker_kind", "person_id",
        "organization_id", "speaker_role", "speaker_country", "speaker_organization", "act", "act_target", "title",
        "source",
    ]

    /// The cards of the statements `ids`, in that order (``cardColumns``): what `v_statements` shows of them, with
    /// the ids their links need.
    public static func statementCards(_ db: Database, ids: [Int64]) throws -> ResultTable {
        let fetched = try ResultTable.fetch(db, sql: """
            SELECT v.id, s.article_id, v.published_on, v.kind, v.text, v.start, v."end", v.speaker, v.speaker_kind,
                   s.person_id, coalesce(o.organization_id, s.organization_id) AS organization_id,
                   v.speaker_role, v.speaker_country, v.speaker_organization, v.act, v.act_target, v.title, v.source
            FROM v_statements v
            JOIN statements s ON s.id = v.id
            LEFT JOIN offices o ON o.id = s.office_id
            WHERE v.id IN (SELECT value FROM json_each(?))
            """, arguments: [jsonList(ids)])
        let byID = Dictionary(fetched.rows.map { (Int64.fromDatabaseValue($0[0]) ?? 0, $0) },
                              uniquingKeysWith: { first, _ in first })
        return ResultTable(columns: fetched.columns, rows: ids.compactMap { byID[$0] })
    }

    /// One statement as its page shows it: its card with how it was found, its acts, and the paragraph it is in.
    public struct StatementDetail: Sendable {
        /// One row: the card (``cardColumns``) and `cue`, `rule`, `speaker_mention`, `speaker_start`,
        /// `speaker_end`, `context`, `speaker_description`, `url`.
        public var statement: ResultTable
        /// Its acts, main act first: `position`, `act`, `cameo`, `label`, `origin`, `target_kind`, `target`, and
        /// the target's `target_country_code`, `target_organization_id`, `target_person_id`.
        public var acts: ResultTable
        /// The paragraph of the article the statement is in, and where the statement is in it.
        public var paragraph: Paragraph
    }

    /// A paragraph of an article's text, with the range (in Unicode scalars from the paragraph's start) of a
    /// statement in it.
    public struct Paragraph: Sendable, Equatable {
        public var text: String
        public var highlight: Range<Int>

        /// The paragraph (between blank lines) of `text` around the scalars `start..<end`, the highlight clamped to
        /// the text; the statement's own words when the offsets fall outside the text.
        public static func around(_ start: Int, _ end: Int, in text: String) -> Paragraph {
            let scalars = Array(text.unicodeScalars)
            let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
            var from = lower
            while from > 0, !(scalars[from - 1] == "\n" && from > 1 && scalars[from - 2] == "\n") { from -= 1 }
            var to = upper
            while to < scalars.count, !(scalars[to] == "\n" && to + 1 < scalars.count && scalars[to + 1] == "\n") { to += 1 }
            var paragraph = String.UnicodeScalarView()
            paragraph.append(contentsOf: scalars[from..<to])
            return Paragraph(text: String(paragraph), highlight: (lower - from)..<(upper - from))
        }
    }

    /// The statement `id` with its acts and paragraph, or nil when there is none.
    public func statementDetail(_ id: Int64) throws -> StatementDetail? {
        try read { db in
            let card = try Self.statementCards(db, ids: [id])
            guard !card.rows.isEmpty else { return nil }
            let more = try ResultTable.fetch(db, sql: """
                SELECT s.cue, s.rule, s.speaker_mention, s.speaker_start, s.speaker_end, s.context,
                       s.speaker_description, a.url, a.text AS article_text
                FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?
                """, arguments: [id])
            var row = more.rows[0]
            let text = String.fromDatabaseValue(row.removeLast()) ?? ""
            let statement = ResultTable(columns: card.columns + more.columns.dropLast(), rows: [card.rows[0] + row])
            let start = Int.fromDatabaseValue(card.rows[0][5]) ?? 0, end = Int.fromDatabaseValue(card.rows[0][6]) ?? 0
            return StatementDetail(statement: statement, acts: try Self.acts(db, statementIDs: [id]),
                                   paragraph: .around(start, end, in: text))
        }
    }

    /// The acts of the statements `ids`, by statement and position, with `statement_id` first.
    static func acts(_ db: Database, statementIDs ids: [Int64]) throws -> ResultTable {
        try ResultTable.fetch(db, sql: """
            SELECT sa.statement_id, sa.position, sa.act, sa.cameo, acts.label, sa.origin, sa.target_kind, sa.target,
                   sa.target_country_code, sa.target_organization_id, sa.target_person_id
            FROM statement_acts sa LEFT JOIN acts ON acts.act = sa.act
            WHERE sa.statement_id IN (SELECT value FROM json_each(?)) ORDER BY sa.statement_id, sa.position
            """, arguments: [jsonList(ids)])
    }

    /// One article as its page shows it.
    public struct ArticleDetail: Sendable {
        /// One row: `id`, `name`, `origin`, `title`, `published_on`, `source`, `url`, `byline`, `dateline`, `text`.
        public var article: ResultTable
        /// Every statement in it, by position: the card (``cardColumns``) with `cue`, `rule`, `speaker_mention`.
        public var statements: ResultTable
        /// The acts of those statements (as in ``StatementDetail/acts``, with `statement_id` first).
        public var acts: ResultTable
    }

    /// The most statements an article page shows: an article is a page of text, and one with more is not a news
    /// story.
    public static let articleStatementLimit = 500

    /// The article `id` with its statements, or nil when there is none.
    public func articleDetail(_ id: Int64) throws -> ArticleDetail? {
        try read { db in
            let article = try ResultTable.fetch(db, sql: """
                SELECT a.id, a.name, a.origin, a.title, a.published_on, src.name AS source, a.url, a.byline, a.dateline,
                       a.text
                FROM articles a LEFT JOIN sources src ON src.id = a.source_id WHERE a.id = ?
                """, arguments: [id])
            guard !article.rows.isEmpty else { return nil }
            let ids = try Int64.fetchAll(db, sql: """
                SELECT id FROM statements WHERE article_id = ? ORDER BY start, id LIMIT ?
                """, arguments: [id, Self.articleStatementLimit])
            let cards = try Self.statementCards(db, ids: ids)
            let more = try ResultTable.fetch(db, sql: """
                SELECT s.id, s.cue, s.rule, s.speaker_mention FROM statements s
                WHERE s.id IN (SELECT value FROM json_each(?))
                """, arguments: [Self.jsonList(ids)])
            let byID = Dictionary(more.rows.map { (Int64.fromDatabaseValue($0[0]) ?? 0, Array($0.dropFirst())) },
                                  uniquingKeysWith: { first, _ in first })
            let statements = ResultTable(
                columns: cards.columns + more.columns.dropFirst(),
                rows: cards.rows.map { $0 + (byID[Int64.fromDatabaseValue($0[0]) ?? 0] ?? []) })
            return ArticleDetail(article: article, statements: statements, acts: try Self.acts(db, statementIDs: ids))
        }
    }
}
