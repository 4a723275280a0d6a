import Foundation
import GRDB
import RefurbStore
import Testing

@Suite("Disk full")
struct DiskFullTests {
    @Test("SQLITE_FULL, ENOSPC and EDQUOT are a full disk; a lock, an I/O error or another system error are not")
    func recognised() {
        #expect(AppDatabase.isDiskFull(DatabaseError(resultCode: .SQLITE_FULL)))
        #expect(AppDatabase.isDiskFull(POSIXError(.ENOSPC)))
        #expect(AppDatabase.isDiskFull(POSIXError(.EDQUOT)))
        #expect(AppDatabase.isDiskFull(CocoaError(.fileWriteOutOfSpace)))
        #expect(AppDatabase.isDiskFull(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))))
        #expect(!AppDatabase.isDiskFull(DatabaseError(resultCode: .SQLITE_BUSY)))
        #expect(!AppDatabase.isDiskFull(DatabaseError(resultCode: .SQLITE_IOERR)))
        #expect(!AppDatabase.isDiskFull(POSIXError(.EIO)))
    }

    @Test("a database at its page limit refuses a write with SQLITE_FULL, and is left as it was")
    func pageLimit() throws {
        let path = NSTemporaryDirectory() + "refurb-full-" + UUID().uuidString + ".sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(x TEXT)") }
        try queue.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var caught: (any Error)?
        do {
            try queue.write { db in
                for _ in 0..<100 { try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [String(repeating: "x", count: 4000)]) }
            }
        } catch {
            caught = error
        }
        let error = try #require(caught)
        #expect(AppDatabase.isDiskFull(error), "\(error)")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM t") } == 0)
    }
}
