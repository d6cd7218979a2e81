import Foundation
import GRDB
import Testing
@testable import VerbatimArchive

@Suite struct BulkInsertTests {
    /// A table of every kind of value, in memory.
    func makeQueue() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER, x REAL, s TEXT, b BLOB)")
        }
        return queue
    }

    /// Row `i`'s values: every fifth text empty, every seventh value NULL, long and non-ASCII texts among them.
    func row(_ i: Int) -> [DatabaseValue] {
        let text = i % 5 == 0 ? "" : i % 3 == 0 ? String(repeating: "Ζ‘ab’ ", count: i) : "r\(i)"
        return [
            Int64(i).databaseValue, (i % 7 == 0 ? nil : Int64(i * 10)).databaseValue, (Double(i) / 4).databaseValue,
            text.databaseValue, (i % 7 == 0 ? nil : Data([UInt8(i % 256), 0, 255])).databaseValue,
        ]
    }

    @Test func rowsGoInFullStatementsThenTheRestOnFlushInTheirOrder() throws {
        let queue = try makeQueue()
        var insert = BulkInsert(table: "t", columns: ["id", "n", "x", "s", "b"])
        let count = 2 * BulkInsert.rowsPerStatement + 6
        try queue.write { db in
            for i in 1...BulkInsert.rowsPerStatement { try insert.append(row(i), db: db) }
            // A full statement's rows are in as the last one is added; the others wait for flush.
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == BulkInsert.rowsPerStatement)
            for i in (BulkInsert.rowsPerStatement + 1)...count { try insert.append(row(i), db: db) }
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 2 * BulkInsert.rowsPerStatement)
            try insert.flush(db)
        }
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT id, n, x, s, b FROM t ORDER BY rowid") }
        #expect(rows.count == count)
        for (offset, stored) in rows.enumerated() {
            #expect(Array(stored.databaseValues) == row(offset + 1), "row \(offset + 1)")
        }
        // An empty text is text, not NULL.
        #expect(try queue.read { db in try String.fetchOne(db, sql: "SELECT typeof(s) FROM t WHERE id = 5") } == "text")
    }

    @Test func aStatementRunsAgainAcrossTransactionsAndDiscardedRowsStayOut() throws {
        let queue = try makeQueue()
        var insert = BulkInsert(table: "t", columns: ["id", "n", "x", "s", "b"])
        for i in 1...(3 * BulkInsert.rowsPerStatement) {
            try queue.write { db in try insert.append(row(i), db: db) }
        }
        try queue.write { db in
            try insert.append(row(1000), db: db)
            insert.discard()
            try insert.flush(db)
        }
        let ids = try queue.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM t ORDER BY id") }
        #expect(ids == (1...Int64(3 * BulkInsert.rowsPerStatement)).map { $0 })
    }

    @Test func aFailedStatementThrowsTheDatabaseErrorWithItsSQL() throws {
        let queue = try makeQueue()
        var insert = BulkInsert(table: "t", columns: ["id", "n", "x", "s", "b"])
        // A duplicate id fails the statement that holds it, and the error names its SQL.
        try queue.write { db in
            try insert.append(row(1), db: db)
            try insert.flush(db)
        }
        #expect {
            try queue.write { db in
                try insert.append(row(1), db: db)
                try insert.flush(db)
            }
        } throws: { error in
            guard let error = error as? DatabaseError else { return false }
            return error.resultCode == .SQLITE_CONSTRAINT && error.sql?.hasPrefix("INSERT INTO t(\"id\", \"n\"") == true
        }
    }
}
