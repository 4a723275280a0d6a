import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

/// Undoing an intake scan: only the scan just made, by its author, and nothing else recorded since.
@Suite("Undoing an intake scan")
struct IntakeVoidTests {
    @Test("an undone scan frees the serial, hides the device everywhere, keeps its history and never reissues its tag")
    func undoneScanFreesTheSerial() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let kept = try world.intake(lot: lot.code, serial: "KEPT-1")
        let wrong = try world.intake(lot: lot.code, serial: "5CG7301XYZ")

        let voided = try world.database.voidIntake(wrong.assetTag, actor: TemporaryDatabase.actor, at: Date())
        #expect(voided.assetTag == wrong.assetTag)
        #expect(voided.serial?.text == "5CG7301XYZ")

        #expect(try world.database.device(tag: wrong.assetTag) == nil)
        #expect(try world.database.device(serial: "5CG7301XYZ") == nil)
        #expect(try world.database.devices(matching: DeviceFilter()).map(\.assetTag) == [kept.assetTag])
        #expect(try world.database.devices(matching: DeviceFilter(search: "5CG7301XYZ")).isEmpty)
        #expect(try world.database.devices(matching: DeviceFilter(stage: .received, lot: lot.code)).count == 1)
        #expect(try world.database.lot(code: lot.code)?.deviceCount == 1)
        #expect(try world.database.deviceCountsByStage() == ["received": 1])
        #expect(try world.database.intakeScans(in: lot.code).map(\.device.assetTag) == [kept.assetTag])
        #expect(throws: StoreError.deviceNotFound(wrong.assetTag.text)) { try world.database.resolve(scan: wrong.assetTag.text) }

        let history = try world.database.history(of: wrong.assetTag).map(\.change)
        #expect(history == [.received(lot: lot.code, category: .laptop, serial: "5CG7301XYZ"), .intakeVoided(serial: "5CG7301XYZ")])
        #expect(history.last?.summary(in: .fr).contains("5CG7301XYZ") == true)

        // The right device can now be scanned with that serial; it gets a new tag.
        let again = try world.intake(lot: lot.code, serial: "5cg7 301xyz")
        #expect(again.assetTag.sequence > wrong.assetTag.sequence)
        #expect(try world.database.device(serial: "5CG7301XYZ")?.assetTag == again.assetTag)
    }

    @Test("a voided device can be changed no further, and is not undone twice")
    func voidedDeviceIsInert() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "SN-0001")
        try world.database.voidIntake(device.assetTag, actor: TemporaryDatabase.actor, at: Date())
        #expect(throws: StoreError.deviceNotFound(device.assetTag.text)) {
            try world.database.voidIntake(device.assetTag, actor: TemporaryDatabase.actor, at: Date())
        }
        #expect(throws: StoreError.deviceNotFound(device.assetTag.text)) {
            try world.database.setGrade(device.assetTag, to: .a, actor: TemporaryDatabase.actor, at: Date())
        }
        #expect(try world.database.history(of: device.assetTag).count == 2)
    }

    @Test("refused for another person, too late, after another event, past received; nothing changes")
    func refusals() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let now = Date()

        let someoneElses = try world.intake(lot: lot.code, serial: "OTHER-1")
        try expectRefused(world, someoneElses.assetTag, by: Actor(user: "camille", station: "accueil"), at: now,
                          code: "void-by-another-user", mentioning: TemporaryDatabase.actor.user)

        let old = try world.database.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "OLD-1"),
                                            actor: TemporaryDatabase.actor, at: now.addingTimeInterval(-11 * 60))
        try expectRefused(world, old.assetTag, by: TemporaryDatabase.actor, at: now, code: "void-too-late", mentioning: "10")

        let graded = try world.intake(lot: lot.code, serial: "GRADED-1")
        _ = try world.database.setGrade(graded.assetTag, to: .b, actor: TemporaryDatabase.actor, at: now)
        try expectRefused(world, graded.assetTag, by: TemporaryDatabase.actor, at: now, code: "void-after-other-events")

        let moved = try world.intake(lot: lot.code, serial: "MOVED-1")
        _ = try world.database.recordDiagnostic(moved.assetTag, storage: [], actor: TemporaryDatabase.actor, at: now)
        _ = try world.database.move(moved.assetTag, to: .diagnosed, actor: TemporaryDatabase.actor, at: now)
        try expectRefused(world, moved.assetTag, by: TemporaryDatabase.actor, at: now, code: "void-not-received")

        // Within the window, by its author: allowed, even just before the end.
        let recent = try world.database.intake(try IntakeInput(lot: lot.code.text, category: "phone", serial: "RECENT-1"),
                                               actor: TemporaryDatabase.actor, at: now.addingTimeInterval(-9 * 60))
        try world.database.voidIntake(recent.assetTag, actor: Actor(user: TemporaryDatabase.actor.user, station: "autre-poste"), at: now)
        #expect(try world.database.device(tag: recent.assetTag) == nil)
    }

    private func expectRefused(_ world: TemporaryDatabase, _ tag: AssetTag, by actor: Actor, at date: Date,
                               code: String, mentioning: String? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try world.database.device(tag: tag)
        let events = try world.database.history(of: tag).count
        do {
            try world.database.voidIntake(tag, actor: actor, at: date)
            Issue.record("undoing \(tag.text) was allowed", sourceLocation: sourceLocation)
        } catch let error as StoreError {
            #expect(error.code == code, sourceLocation: sourceLocation)
            #expect(error.isRuleRefusal, sourceLocation: sourceLocation)
            let french = error.message(in: .fr)
            #expect(french.contains(tag.text), "\(french)", sourceLocation: sourceLocation)
            if let mentioning { #expect(french.contains(mentioning), "\(french)", sourceLocation: sourceLocation) }
            #expect(error.message(in: .en) != french, sourceLocation: sourceLocation)
        }
        #expect(try world.database.device(tag: tag) == before, sourceLocation: sourceLocation)
        #expect(try world.database.history(of: tag).count == events, sourceLocation: sourceLocation)
    }
}
