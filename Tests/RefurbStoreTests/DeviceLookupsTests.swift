import Foundation
import RefurbCore
@testable import RefurbStore
import Testing

/// Scans find devices through connections of their own (`DeviceLookups`), kept between look-ups.
@Suite("Device look-ups behind scans")
struct DeviceLookupsTests {
    @Test("a kept connection sees every change committed since it last looked")
    func seesLaterCommits() throws {
        let world = try TemporaryDatabase()
        #expect(world.database.lookups != nil, "a database file gets its own look-up connections")
        let lot = try world.openLot()
        let first = try world.intake(lot: lot.code, serial: "SN-ONE")
        #expect(try world.database.device(tag: first.assetTag)?.stage == .received)

        let second = try world.intake(lot: lot.code, serial: "SN-TWO")
        #expect(try world.database.device(serial: "sn-two")?.assetTag == second.assetTag)
        // An undone intake scan leaves every list: the kept connection must see that too.
        _ = try world.database.voidIntake(second.assetTag, actor: TemporaryDatabase.actor, at: Date())
        #expect(try world.database.device(tag: second.assetTag) == nil)
        #expect(try world.database.device(serial: "SN-TWO") == nil)
        #expect(try world.database.device(tag: first.assetTag)?.serial?.text == "SN-ONE")
        #expect(try world.database.device(serial: "SN-NONE") == nil)
    }

    /// The plain path is GRDB's: the same SQL and the same row decoding, with columns read through `Row`.
    @Test("a device read through the look-up connections is the device GRDB reads, every field included")
    func sameAsGRDB() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let bare = try world.database.intake(IntakeInput(lot: lot.code.text, category: "desktop"),
                                             actor: TemporaryDatabase.actor, at: Date())
        let full = try world.database.intake(IntakeInput(lot: lot.code.text, category: "laptop", serial: "5cg 7301xyz",
                                                         manufacturer: "Hewlett-Packard « HP »", model: "EliteBook 840 G5 14″",
                                                         location: "Étagère B, 2ᵉ rang"),
                                             actor: TemporaryDatabase.actor, at: Date())
        _ = try world.database.setGrade(full.assetTag, to: .b, actor: TemporaryDatabase.actor, at: Date())
        _ = try world.database.setPrice(full.assetTag, to: Money(cents: 14_990), actor: TemporaryDatabase.actor, at: Date())

        #expect(world.database.lookups != nil)
        for device in [bare, full] {
            let plain = try world.database.writer.read { db in try AppDatabase.device(tag: device.assetTag, in: db) }
            #expect(plain != nil)
            #expect(try world.database.device(tag: device.assetTag) == plain)
        }
        let plain = try world.database.writer.read { db in try AppDatabase.device(serialKey: SerialNumber.key(for: "5CG7301XYZ"), in: db) }
        #expect(plain?.price == Money(cents: 14_990))
        #expect(plain?.location == "Étagère B, 2ᵉ rang")
        #expect(try world.database.device(serial: "5CG7301XYZ") == plain)
    }
}
