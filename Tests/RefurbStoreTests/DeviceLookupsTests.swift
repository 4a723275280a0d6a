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
}
