import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("The database file")
struct AppDatabaseTests {
    @Test("migrations run on an empty file, in WAL mode with foreign keys on")
    func migratesAnEmptyFile() throws {
        let world = try TemporaryDatabase()
        let (journal, foreignKeys, tables) = try world.database.reader.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try ["device", "event", "device_ft", "lot", "donor"].allSatisfy { try db.tableExists($0) })
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
        #expect(tables)
    }

    @Test("what was written is there after closing and reopening the file")
    func dataSurvivesReopening() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "PF1ABCDE")
        let reopened = try world.reopen()
        #expect(try reopened.device(tag: device.assetTag) == device)
        #expect(try reopened.history(of: device.assetTag).count == 1)
        #expect(try reopened.lot(code: lot.code)?.deviceCount == 1)
        #expect(try reopened.lot(code: lot.code)?.lot.weightGrams == 48_500)
    }

    @Test("the event log refuses to be rewritten or erased")
    func eventsAreAppendOnly() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        _ = try world.intake(lot: lot.code)
        #expect(throws: DatabaseError.self) {
            try world.database.writer.write { try $0.execute(sql: "UPDATE event SET actorUser = 'someone else'") }
        }
        #expect(throws: DatabaseError.self) {
            try world.database.writer.write { try $0.execute(sql: "DELETE FROM event") }
        }
        #expect(try world.database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event") } == 2)
    }

    @Test("a file that is not a database is refused with an error, and left as it was")
    func refusesAForeignFile() throws {
        let world = try TemporaryDatabase()
        let path = world.folder.appendingPathComponent("notes.sqlite").path
        let content = Data(String(repeating: "not a database\n", count: 200).utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: content))
        #expect(throws: StoreError.notADatabase(path)) { try AppDatabase.open(path: path) }
        #expect(FileManager.default.contents(atPath: path) == content)
    }
}
