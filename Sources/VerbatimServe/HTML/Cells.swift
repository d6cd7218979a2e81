import GRDB
import VerbatimArchive

/// One row of a ``ResultTable`` read by column name.
struct Cells {
    let columns: [String: Int]
    let row: [DatabaseValue]

    init(_ table: ResultTable, _ row: [DatabaseValue]) {
        columns = Dictionary(table.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.row = row
    }

    /// The cell of `column` as text; nil when NULL, empty or absent.
    subscript(_ column: String) -> String? {
        guard let i = columns[column] else { return nil }
        let text = ResultTable.plain(row[i])
        return text.isEmpty && row[i].isNull ? nil : text
    }

    /// The cell of `column` as an integer; nil when it is none.
    func int(_ column: String) -> Int64? {
        columns[column].flatMap { Int64.fromDatabaseValue(row[$0]) }
    }
}

extension ResultTable {
    /// The rows read by column name.
    var cells: [Cells] { rows.map { Cells(self, $0) } }
}
