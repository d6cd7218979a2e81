import GRDB
import Testing
@testable import VerbatimArchive

/// `who` shows an office seen both bare and in full once, in full, with the dates of both.
struct OfficeFoldingTests {
    /// A row of ``Archive/officialColumns`` from `name|role|country|organization|place|former|first|last`.
    func row(_ spec: String) -> [DatabaseValue] {
        let cells = spec.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return cells.enumerated().map { i, c in
            if c.isEmpty { return .null }
            return i == 5 ? Int(c)!.databaseValue : c.databaseValue
        } + [3.databaseValue]
    }

    func folded(_ specs: [String]) -> [String] {
        ResultTable(columns: Archive.officialColumns, rows: specs.map(row)).foldingLessSpecificOffices().rows.map { r in
            r.dropLast().map { String.fromDatabaseValue($0) ?? ($0.isNull ? "" : "\(Int.fromDatabaseValue($0)!)") }
                .joined(separator: "|")
        }
    }

    @Test func aBareOfficeFoldsIntoItsFullForm() {
        #expect(folded([
            "Ann Lee|leader||||0|2004-01-02|2004-03-01",
            "Ann Lee|leader||Conservative||0|2004-02-01|2004-05-01",
            "Ann Lee|leader|GBR|Conservative Party||0|2004-02-10|2004-02-11",
            "Ann Lee|party leader||||0|2004-01-01|2004-01-01",
        ]) == [
            "Ann Lee|leader|GBR|Conservative Party||0|2004-01-02|2004-05-01",
            "Ann Lee|party leader||||0|2004-01-01|2004-01-01",
        ])
    }

    /// Another country, another organization, another place, a former office, another person: no folding.
    @Test func whatDiffersStays() {
        let rows = [
            "Ann Lee|mayor|GBR||London|0|2004-01-02|2004-03-01",
            "Ann Lee|mayor|GBR||Leeds|0|2004-01-02|2004-03-01",
            "Ann Lee|mayor|FRA|||0|2004-01-02|2004-03-01",
            "Ann Lee|chair|USA|Kellor Bank||0|2004-01-02|2004-03-01",
            "Ann Lee|chair||Harbour Trust||0|2004-01-02|2004-03-01",
            "Ann Lee|chair|USA|Kellor Bank||1|2004-01-02|2004-03-01",
            "Bo Lee|chair|USA|||0|2004-01-02|2004-03-01",
        ]
        #expect(folded(rows) == rows)
    }
}
