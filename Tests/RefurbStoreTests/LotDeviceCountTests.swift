import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

/// The number of devices a lot shows (on a scan of its code, in the office) is kept by the database
/// itself, so it stays true whichever way devices come and go.
@Suite("A lot's device count")
struct LotDeviceCountTests {
    @Test("intakes count, an undone intake no longer does, a bulk import counts each device, a device moved by hand moves its count")
    func countStaysTrue() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let other = try world.openLot(donor: "Lycée Bréquigny")
        #expect(try world.database.lot(code: lot.code)?.deviceCount == 0)
        _ = try world.intake(lot: lot.code, serial: "COUNT-1")
        let undone = try world.intake(lot: lot.code, serial: "COUNT-2")
        let moved = try world.intake(lot: lot.code, serial: "COUNT-3")
        #expect(try world.database.lot(code: lot.code)?.deviceCount == 3)
        _ = try world.database.voidIntake(undone.assetTag, actor: TemporaryDatabase.actor, at: Date())
        #expect(try world.database.lot(code: lot.code)?.deviceCount == 2)
        _ = try world.database.importDevices([ImportTests.imported(other.code, serial: "IMP-1"), ImportTests.imported(other.code, serial: nil)],
                                             actor: TemporaryDatabase.actor, at: Date())
        #expect(try world.database.lot(code: other.code)?.deviceCount == 2)
        // A program other than Refurb moving a device: the triggers follow it.
        let otherId = try #require(try world.database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM lot WHERE code = ?", arguments: [other.code.text])
        })
        try world.database.writer.write { db in
            try db.execute(sql: "UPDATE device SET lotId = ? WHERE id = ?", arguments: [otherId, Int64(moved.assetTag.sequence)])
        }
        #expect(try world.database.lot(code: lot.code)?.deviceCount == 1)
        #expect(try world.database.lot(code: other.code)?.deviceCount == 3)
        // The count is what counting the rows gives.
        let counted = try world.database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM device WHERE lotId = ? AND voidedAt IS NULL", arguments: [otherId])
        }
        #expect(counted == 3)
    }

    @Test("a database from before lots kept their count starts from the devices it holds, undone intakes left out")
    func migratedCount() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("refurb.sqlite").path
        let old = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(old, upTo: "v7-lot-version")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO donor (id, name, createdAt) VALUES (1, 'Mairie', '2026-11-28 08:00:00');
                INSERT INTO lot (id, code, year, number, donorId, receivedOn, createdAt)
                    VALUES (1, 'LOT-2026-0001', 2026, 1, 1, '2026-11-28', '2026-11-28 08:00:00');
                INSERT INTO device (id, assetTag, lotId, category, stage, createdAt, updatedAt, voidedAt) VALUES
                    (1, 'R0000013', 1, 'laptop', 'received', '2026-11-28 08:00:00', '2026-11-28 08:00:00', NULL),
                    (2, 'R000002X', 1, 'laptop', 'received', '2026-11-28 08:00:00', '2026-11-28 08:00:00', '2026-11-28 08:01:00'),
                    (3, 'R000003Y', 1, 'laptop', 'received', '2026-11-28 08:00:00', '2026-11-28 08:00:00', NULL);
                """)
        }
        try old.close()
        let database = try AppDatabase.open(path: path)
        #expect(try database.lot(code: LotCode(parsing: "LOT-2026-0001"))?.deviceCount == 2)
    }
}
