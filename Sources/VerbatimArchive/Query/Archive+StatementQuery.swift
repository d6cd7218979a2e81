import GRDB

/// How `statements` and `ask` find their rows fast in a large archive.
///
/// A query runs in two steps. The first finds the ids of the statements to show on the `statements` table alone
/// (aliased `v`, like the view, so conditions read the same), newest first: `published_on` and the speaker indexes
/// that carry it let SQLite walk a speaker's statements from the newest and stop after the rows it shows. The second
/// reads the columns of `v_statements` for those ids only.
extension Archive {
    /// `ids` as a JSON array, for `IN (SELECT value FROM json_each(?))`: one argument however many they are.
    static func jsonList(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }

    /// `count` SQL placeholders separated by commas, for `IN (…)`.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }

    /// The order of statement lists: newest first, then as stored (by article, then position in it).
    static let newestFirst = "v.published_on DESC, v.id"

    /// The ids of the statements (`v`) matching every condition, newest first, at most `limit`.
    static func statementIDs(_ db: Database, _ conditions: [SQLCondition], limit: Int?) throws -> [Int64] {
        let (sql, arguments) = SQLCondition.query(
            "SELECT v.id FROM statements v", conditions, order: newestFirst, limit: limit)
        return try Int64.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// The ids of the `limit` statements that rank first by `score` (an expression over `v` with its arguments), then
    /// newest first.
    ///
    /// A score is the weight of a topic link, one of a few values: the statements of each weight are read newest
    /// first in turn, from the highest, until `limit` are found. Each pass stops when it has its rows, where sorting
    /// by the score would compute it for every statement that matches. Any other score (from a link written by hand)
    /// comes last, newest first.
    static func rankedStatementIDs(_ db: Database, _ conditions: [SQLCondition], score: SQLCondition,
                                   limit: Int) throws -> [Int64] {
        let weights = TopicLink.weights.map(\.weight)
        var ids: [Int64] = []
        for weight in weights where ids.count < limit {
            ids += try statementIDs(db, conditions + [scoreTier(score, weight)], limit: limit - ids.count)
        }
        if ids.count < limit {
            let others = SQLCondition("(\(score.sql)) NOT IN (\(weights.map { "\($0)" }.joined(separator: ", ")))",
                                      score.arguments)
            ids += try statementIDs(db, conditions + [others], limit: limit - ids.count)
        }
        return ids
    }

    /// The condition that a statement's `score` is `weight` (a placeholder when nil, to show the SQL).
    static func scoreTier(_ score: SQLCondition, _ weight: Double?) -> SQLCondition {
        SQLCondition("(\(score.sql)) = ?", score.arguments + (weight.map { [$0.databaseValue] } ?? []))
    }

    /// The `v_statements` rows of `ids`, in that order, with `columns` (names of the view, or `expression AS name`).
    static func statementRows(_ db: Database, ids: [Int64], columns: [String],
                              arguments: [DatabaseValue] = []) throws -> ResultTable {
        let shown = columns.joined(separator: ", ")
        guard !ids.isEmpty else {
            return try ResultTable.fetch(db, sql: "SELECT \(shown) FROM v_statements v WHERE 0",
                                         arguments: StatementArguments(arguments))
        }
        let marks = placeholders(ids.count)
        let fetched = try ResultTable.fetch(
            db, sql: "SELECT \(shown), v.id FROM v_statements v WHERE v.id IN (\(marks))",
            arguments: StatementArguments(arguments + ids.map(\.databaseValue)))
        let byID = Dictionary(fetched.rows.map { (Int64.fromDatabaseValue($0.last!) ?? 0, Array($0.dropLast())) },
                              uniquingKeysWith: { first, _ in first })
        return ResultTable(columns: Array(fetched.columns.dropLast()), rows: ids.compactMap { byID[$0] })
    }

    /// Statements whose speaker serves or is the country `code`: the office's country when the office has one, else
    /// the statement's own. Written as two indexed terms, not as the view's `coalesce`, which no index can serve.
    static func speakerCountryCondition(_ code: String) -> SQLCondition {
        speakerServes("country_code", [code])
    }

    /// Statements whose speaker's office has one of `values` in `column` (`country_code`, `organization_id`), or,
    /// when the office has none, whose own `column` has one: `coalesce(office, statement) IN values`, as an office
    /// term and a statement term that each have an index.
    static func speakerServes(_ column: String, _ values: [DatabaseValueConvertible]) -> SQLCondition {
        let marks = placeholders(values.count)
        return SQLCondition("""
            v.office_id IN (SELECT id FROM offices WHERE \(column) IN (\(marks)))
            OR (v.\(column) IN (\(marks))
                AND coalesce((SELECT \(column) FROM offices WHERE id = v.office_id), v.\(column)) IN (\(marks)))
            """, values + values + values)
    }
}
