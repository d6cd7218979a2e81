import GRDB

extension ResultTable {
    /// The table of offices (``Archive/officialColumns``) with each office folded into a fuller form of it that the
    /// same person was seen in: `leader` and `leader · Conservative` into `leader · GBR · Conservative Party`, with
    /// the dates of both. A row folds into another of the same name, role and standing (current or former) whose
    /// country is the same or given where its own is not, and whose organization is the same, given where its own
    /// is not, or its own written in full (`Conservative` → `Conservative Party`). Rows keep their order.
    func foldingLessSpecificOffices() -> ResultTable {
        guard let name = columns.firstIndex(of: "name"), let role = columns.firstIndex(of: "role"),
              let country = columns.firstIndex(of: "country"), let organization = columns.firstIndex(of: "organization"),
              let former = columns.firstIndex(of: "former"), let first = columns.firstIndex(of: "first_seen"),
              let last = columns.firstIndex(of: "last_seen") else { return self }
        func text(_ row: [DatabaseValue], _ i: Int) -> String? { String.fromDatabaseValue(row[i]) }
        /// Whether `fuller` says all that `row` says about the office, and more or the same.
        func covers(_ fuller: [DatabaseValue], _ row: [DatabaseValue]) -> Bool {
            guard text(fuller, name) == text(row, name), text(row, role) != nil, text(fuller, role) == text(row, role),
                  fuller[former] == row[former] else { return false }
            if let c = text(row, country), c != text(fuller, country) { return false }
            if let place = columns.firstIndex(of: "place"), let p = text(row, place), p != text(fuller, place) { return false }
            if let o = text(row, organization) {
                guard let f = text(fuller, organization), f == o || f.hasPrefix(o + " ") else { return false }
            }
            return true
        }
        func detail(_ row: [DatabaseValue]) -> Int {
            (text(row, country) == nil ? 0 : 1) + (text(row, organization)?.count ?? 0) * 2
        }
        // The fullest rows first, so that each row folds into the fullest form that covers it.
        let byDetail = rows.indices.sorted { (detail(rows[$0]), -$0) > (detail(rows[$1]), -$1) }
        var into: [Int: Int] = [:]  // folded row → the row it folds into
        var kept: [Int] = []
        for i in byDetail {
            if let k = kept.first(where: { covers(rows[$0], rows[i]) }) { into[i] = k } else { kept.append(i) }
        }
        guard !into.isEmpty else { return self }
        var merged = rows
        for (i, k) in into {
            if let d = text(rows[i], first), text(merged[k], first).map({ d < $0 }) ?? true { merged[k][first] = rows[i][first] }
            if let d = text(rows[i], last), text(merged[k], last).map({ d > $0 }) ?? true { merged[k][last] = rows[i][last] }
        }
        return ResultTable(columns: columns, rows: rows.indices.filter { into[$0] == nil }.map { merged[$0] })
    }
}
