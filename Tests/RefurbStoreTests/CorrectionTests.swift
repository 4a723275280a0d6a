import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

/// Corrections of a device or a lot: one event per field, with the old value, who and why.
@Suite("Corrections")
struct CorrectionTests {
    static let intakeRoles: Set<Role> = [.intake]

    @Test("a corrected serial keeps the old value in its event, moves the duplicate key and the search index")
    func serialCorrected() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "5CG7301XZY")
        let corrected = try world.database.correct(
            device.assetTag, try DeviceCorrection(serial: "5CG7301XYZ", reason: "faute de frappe à l'accueil"),
            roles: Self.intakeRoles, expectedVersion: device.version, actor: Actor(user: "lea", station: "accueil"), at: Date())
        #expect(corrected.serial?.text == "5CG7301XYZ")
        #expect(corrected.version == device.version + 1)

        let last = try #require(try world.database.history(of: device.assetTag).last)
        #expect(last.change == .corrected(field: "serial", from: "5CG7301XZY", to: "5CG7301XYZ", reason: "faute de frappe à l'accueil"))
        #expect(last.actor.user == "lea")
        #expect(last.change.summary(in: .fr) == "Corrigé le numéro de série : 5CG7301XZY → 5CG7301XYZ (motif : faute de frappe à l'accueil)")
        #expect(last.change.summary(in: .en) == "Corrected the serial number: 5CG7301XZY → 5CG7301XYZ (reason: faute de frappe à l'accueil)")

        #expect(try world.database.device(serial: "5cg7301xyz")?.assetTag == device.assetTag)
        #expect(try world.database.device(serial: "5CG7301XZY") == nil)
        #expect(try world.database.devices(matching: DeviceFilter(search: "5CG7301XYZ")).map(\.assetTag) == [device.assetTag])
        #expect(try world.database.devices(matching: DeviceFilter(search: "5CG7301XZY")).isEmpty)
        // The old serial is free again for the device that really has it.
        #expect(try world.intake(lot: lot.code, serial: "5CG7301XZY").serial?.text == "5CG7301XZY")
    }

    @Test("a stale version is a conflict and changes nothing")
    func versionConflict() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "PF1ABCDE")
        _ = try world.database.correct(device.assetTag, try DeviceCorrection(model: "ThinkPad T490", reason: "étiquette"),
                                       roles: [.technician], expectedVersion: device.version, actor: TemporaryDatabase.actor, at: Date())
        #expect {
            try world.database.correct(device.assetTag, try DeviceCorrection(model: "ThinkPad T495", reason: "autre"),
                                       roles: [.technician], expectedVersion: device.version, actor: TemporaryDatabase.actor, at: Date())
        } throws: { error in
            guard case StoreError.versionConflict = error else { return false }
            return true
        }
        #expect(try world.database.device(tag: device.assetTag)?.model == "ThinkPad T490")
    }

    @Test("a serial another device has is refused naming it, and nothing changes")
    func duplicateSerialRefused() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let first = try world.intake(lot: lot.code, serial: "5CG7301XYZ")
        let second = try world.intake(lot: lot.code, serial: "PF1ABCDE")
        #expect {
            try world.database.correct(second.assetTag, try DeviceCorrection(serial: "5cg7301xyz", reason: "scan"),
                                       roles: Self.intakeRoles, expectedVersion: nil, actor: TemporaryDatabase.actor, at: Date())
        } throws: { error in
            guard case StoreError.duplicateSerial(_, let existing) = error else { return false }
            return existing.assetTag == first.assetTag && (error as! StoreError).message(in: .fr).contains(first.assetTag.text)
        }
        #expect(try world.database.device(tag: second.assetTag)?.serial?.text == "PF1ABCDE")
        #expect(try world.database.history(of: second.assetTag).count == 1)
    }

    @Test("role and stage limits: shop only maker and model, nothing after a sale without admin")
    func limits() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "PF1ABCDE")
        #expect(throws: StoreError.conflict(Message("correction.shopMakerModelOnly", device.assetTag.text, "serial"))) {
            try world.database.correct(device.assetTag, try DeviceCorrection(serial: "PF1ABCDF", reason: "r"),
                                       roles: [.shop], expectedVersion: nil, actor: TemporaryDatabase.actor, at: Date())
        }
        let shop = try world.database.correct(device.assetTag, try DeviceCorrection(manufacturer: "HP", reason: "étiquette"),
                                              roles: [.shop], expectedVersion: nil, actor: TemporaryDatabase.actor, at: Date())
        #expect(shop.manufacturer == "HP")
        // Recycled: for parts (allowed from received), then recycled (no drive to erase once confirmed).
        _ = try world.database.confirmNoStorage(device.assetTag, note: nil, actor: TemporaryDatabase.actor, at: Date())
        _ = try world.database.move(device.assetTag, to: .forParts, reason: "HS", actor: TemporaryDatabase.actor, at: Date())
        _ = try world.database.move(device.assetTag, to: .recycled, actor: TemporaryDatabase.actor, at: Date())
        #expect(throws: StoreError.conflict(Message("correction.recycledAdminOnly", device.assetTag.text))) {
            try world.database.correct(device.assetTag, try DeviceCorrection(model: "X", reason: "r"),
                                       roles: [.technician, .intake], expectedVersion: nil, actor: TemporaryDatabase.actor, at: Date())
        }
        let admin = try world.database.correct(device.assetTag, try DeviceCorrection(model: "X", reason: "r"),
                                               roles: [.admin], expectedVersion: nil, actor: TemporaryDatabase.actor, at: Date())
        #expect(admin.model == "X")
    }

    @Test("a correction that changes nothing is refused")
    func nothingToChange() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "PF1ABCDE")
        #expect(throws: StoreError.invalidInput(Message("correction.nothingToChange"))) {
            try world.database.correct(device.assetTag, try DeviceCorrection(serial: "PF1ABCDE", reason: "r"),
                                       roles: [.admin], expectedVersion: nil, actor: TemporaryDatabase.actor, at: Date())
        }
    }

    @Test("a lot's donor, weight and count are corrected with events on the lot; a stale version is refused")
    func lotCorrected() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot(donor: "Mairie de Renes")
        #expect(try world.database.lot(code: lot.code)?.version == 1)
        let corrected = try world.database.correctLot(
            lot.code, try LotCorrection(donorName: "Mairie de Rennes", declaredCount: 12, weightKilograms: "50", reason: "bon de dépôt"),
            expectedVersion: 1, actor: TemporaryDatabase.actor, at: Date())
        #expect(corrected.lot.donorName == "Mairie de Rennes")
        #expect(corrected.lot.weightGrams == 50_000 && corrected.lot.declaredCount == 12)
        #expect(corrected.version == 4, "one per field corrected: donor, count, weight")
        let events = try world.database.history(ofLot: lot.code).map(\.change)
        #expect(events.contains(.corrected(field: "donor", from: "Mairie de Renes", to: "Mairie de Rennes", reason: "bon de dépôt")))
        #expect(events.contains(.corrected(field: "weightGrams", from: "48500", to: "50000", reason: "bon de dépôt")))
        #expect(throws: StoreError.conflict(Message("correction.lotVersionConflict", lot.code.text, "1", "4"))) {
            try world.database.correctLot(lot.code, try LotCorrection(declaredCount: 13, reason: "r"), expectedVersion: 1,
                                          actor: TemporaryDatabase.actor, at: Date())
        }
    }

    @Test("a database from before lots kept their version gives each lot the version its corrections made, whatever its devices did")
    func lotVersionMigrated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refurb-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("refurb.sqlite").path
        let old = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(old, upTo: "v6-live-lot-index")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO donor (id, name, createdAt) VALUES (1, 'Mairie', '2026-11-28 08:00:00');
                INSERT INTO lot (id, code, year, number, donorId, receivedOn, createdAt)
                    VALUES (1, 'LOT-2026-0001', 2026, 1, 1, '2026-11-28', '2026-11-28 08:00:00'),
                           (2, 'LOT-2026-0002', 2026, 2, 1, '2026-11-28', '2026-11-28 08:00:00');
                INSERT INTO event (deviceId, lotId, kind, payload, actorUser, actorStation, occurredAt) VALUES
                    (NULL, 1, 'lot-opened', '{}', 'lea', 'accueil', '2026-11-28 08:00:00'),
                    (NULL, 1, 'corrected', '{"field":"donor","from":"Mairi","to":"Mairie"}', 'lea', 'accueil', '2026-11-28 08:01:00'),
                    (NULL, 1, 'corrected', '{"field":"weightGrams","from":null,"to":"1000"}', 'lea', 'accueil', '2026-11-28 08:01:00'),
                    (NULL, 2, 'lot-opened', '{}', 'lea', 'accueil', '2026-11-28 08:00:00');
                """)
        }
        try old.close()
        let database = try AppDatabase.open(path: path)
        #expect(try database.lot(code: LotCode(parsing: "LOT-2026-0001"))?.version == 3)
        #expect(try database.lot(code: LotCode(parsing: "LOT-2026-0002"))?.version == 1)
    }

    @Test("corrections written before reasons were kept still read back")
    func oldPayloadDecodes() throws {
        let change = try EventPayloadCoding.decode(kind: "corrected", payload: #"{"field":"serial","from":null,"to":"5CG7301XYZ"}"#)
        #expect(change == .corrected(field: "serial", from: nil, to: "5CG7301XYZ"))
        let reasoned = Change.corrected(field: "model", from: "T480", to: "T490", reason: "étiquette")
        #expect(try EventPayloadCoding.decode(kind: "corrected", payload: EventPayloadCoding.encode(reasoned)) == reasoned)
        #expect(!EventPayloadCoding.encode(.corrected(field: "serial", from: nil, to: "X")).contains("reason"))
    }
}
