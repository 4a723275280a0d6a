import Foundation
import Testing
import RefurbCore
@testable import RefurbStore

/// The store's side of removable media (issue 13, item 5): a report records them apart from the drives,
/// and a person's word on one goes through the change path as an event with its reason.
@Suite("Removable media in the store")
struct RemovableMediaStoreTests {
    static let actor = TemporaryDatabase.actor

    static func reported(_ world: TemporaryDatabase, drives: [String], removable: [String]) throws -> Device {
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code)
        let report = IncomingReport(body: Data("{}".utf8), sha256: UUID().uuidString, systemSerial: nil, manufacturer: nil,
                                    model: nil, storageSerials: drives, removableSerials: removable)
        return try world.database.recordReport(report, for: device.assetTag, actor: actor, at: Date()).device
    }

    @Test("a report's stick is apart from the drives: the device is wiped once its drive is erased")
    func reportSetsApart() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let device = try Self.reported(world, drives: ["WD-1"], removable: ["4c530001"])
        let facts = try db.facts(for: device.assetTag)
        #expect(facts.erasure.storageFound == ["WD-1"])
        #expect(facts.erasure.removableMedia == ["4C530001"])
        _ = try db.recordErasure(device.assetTag, storage: "WD-1", passed: true, certificate: "c-1", actor: Self.actor, at: Date())
        _ = try db.move(device.assetTag, to: .diagnosed, actor: Self.actor, at: Date())
        #expect(try db.move(device.assetTag, to: .wiped, actor: Self.actor, at: Date()).stage == .wiped)
    }

    @Test("a person's word on a stick is an event with its reason; a drive not in the report and an empty reason are refused")
    func disposition() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let device = try Self.reported(world, drives: ["WD-1"], removable: ["4C530001"])
        #expect(throws: StoreError.invalidInput(Message("store.removableUnknown", "OTHER"))) {
            try db.setRemovableMedia(device.assetTag, storage: "OTHER", disposition: .workshopStick, reason: "banc 2",
                                     actor: Self.actor, at: Date())
        }
        #expect(throws: StoreError.invalidInput(Message("store.removableReasonMissing"))) {
            try db.setRemovableMedia(device.assetTag, storage: "4C530001", disposition: .workshopStick, reason: "  ",
                                     actor: Self.actor, at: Date())
        }
        let updated = try db.setRemovableMedia(device.assetTag, storage: "4c530001", disposition: .returnedOrRemoved,
                                               reason: "rendue au donateur", actor: Self.actor, at: Date())
        #expect(updated.version == device.version + 1)
        let last = try db.history(of: device.assetTag).last?.change
        #expect(last == .removableMediaSet(storage: "4C530001", disposition: .returnedOrRemoved, reason: "rendue au donateur"))
        #expect(try db.facts(for: device.assetTag).erasure.removableDispositions == ["4C530001": .returnedOrRemoved])
    }

    @Test("a stick recorded as a drive by an older report stops blocking once said to be the workshop's")
    func olderReport() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let device = try Self.reported(world, drives: ["WD-1", "4C530001"], removable: [])
        _ = try db.recordErasure(device.assetTag, storage: "WD-1", passed: true, certificate: "c-1", actor: Self.actor, at: Date())
        _ = try db.move(device.assetTag, to: .diagnosed, actor: Self.actor, at: Date())
        #expect(throws: StoreError.self) { try db.move(device.assetTag, to: .wiped, actor: Self.actor, at: Date()) }
        _ = try db.setRemovableMedia(device.assetTag, storage: "4C530001", disposition: .workshopStick, reason: "clé du banc 2",
                                     actor: Self.actor, at: Date())
        #expect(try db.move(device.assetTag, to: .wiped, actor: Self.actor, at: Date()).stage == .wiped)
    }
}
