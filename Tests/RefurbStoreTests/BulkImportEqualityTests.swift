import Foundation
import RefurbCore
@testable import RefurbStore
import Testing

/// A bulk import writes rows and events through SQLite's C API (`BulkInsert`), thousands per statement. The plain
/// path is the store's single change path, one device and one change at a time. A device must come out the
/// same either way: see docs/fast-paths.md.
@Suite("Bulk import gives what the change path gives")
struct BulkImportEqualityTests {
    @Test("a device imported with its history equals the same device taken through intake and each change")
    func sameDeviceSameHistory() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let actor = TemporaryDatabase.actor
        let history: [Change] = [
            .received(lot: lot.code, category: .desktop, serial: "5CG7301XYZ"),
            .diagnosticRecorded(storage: [SerialNumber.key(for: "S1DHNXAG123456")]),
            .moved(from: .received, to: .diagnosed, reason: nil),
            .graded(.b),
            .priced(Money(cents: 14_990)),
        ]
        let importedTag = try #require(try world.database.importDevices([
            ImportedDevice(lot: lot.code, category: .desktop, serial: SerialNumber(trusted: "5CG7301XYZ"),
                           manufacturer: "Dell « Optiplex »", model: "OptiPlex 7050 \"SFF\"", history: history),
        ], actor: actor, at: Date()).first)

        var byHand = try world.database.intake(IntakeInput(lot: lot.code.text, category: "desktop", serial: "5CG7301XYZ-2",
                                                           manufacturer: "Dell « Optiplex »", model: "OptiPlex 7050 \"SFF\""),
                                               actor: actor, at: Date())
        _ = try world.database.recordDiagnostic(byHand.assetTag, storage: ["S1DHNXAG123456"], actor: actor, at: Date())
        _ = try world.database.move(byHand.assetTag, to: .diagnosed, actor: actor, at: Date())
        _ = try world.database.setGrade(byHand.assetTag, to: .b, actor: actor, at: Date())
        byHand = try world.database.setPrice(byHand.assetTag, to: Money(cents: 14_990), actor: actor, at: Date())

        var imported = try #require(try world.database.device(tag: importedTag))
        // Only what must differ: the tag and the serial (two devices cannot share one).
        imported.assetTag = byHand.assetTag
        imported.serial = byHand.serial
        #expect(imported == byHand)

        let importedChanges = try world.database.history(of: importedTag).map(\.change)
        var handChanges = try world.database.history(of: byHand.assetTag).map(\.change)
        #expect(handChanges.first == .received(lot: lot.code, category: .desktop, serial: "5CG7301XYZ-2"))
        handChanges[0] = history[0]
        #expect(importedChanges == handChanges)

        let found = try world.database.devices(matching: DeviceFilter(search: "optiplex sff")).map(\.assetTag)
        #expect(Set(found) == [importedTag, byHand.assetTag], "both are in the search index")
    }
}
