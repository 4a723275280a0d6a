import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Intake")
struct IntakeTests {
    @Test("each device gets the next valid asset tag and a received event")
    func intakeIssuesTags() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let first = try world.intake(lot: lot.code, serial: "SN-0001")
        let second = try world.intake(lot: lot.code)
        #expect(first.stage == .received)
        #expect(second.assetTag.sequence > first.assetTag.sequence)
        #expect(try AssetTag(parsing: second.assetTag.text) == second.assetTag)
        let history = try world.database.history(of: first.assetTag)
        #expect(history.map(\.change) == [.received(lot: lot.code, category: .laptop, serial: "SN-0001")])
        #expect(history[0].actor == TemporaryDatabase.actor)
    }

    @Test("a serial scanned twice is refused, names the existing device, and creates nothing")
    func duplicateSerialIsRefused() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let existing = try world.intake(lot: lot.code, serial: "5CG7301XYZ")
        #expect(throws: StoreError.duplicateSerial(serial: "5cg7 301xyz", existing: existing)) {
            try world.intake(lot: lot.code, serial: "5cg7 301xyz")
        }
        #expect(try world.database.devices(matching: DeviceFilter()).count == 1)
        #expect(try world.database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM event") } == 2)
        let message = StoreError.duplicateSerial(serial: "5CG7301XYZ", existing: existing).message(in: .fr)
        #expect(message.contains(existing.assetTag.text))
    }

    @Test("devices without a serial are all allowed")
    func noSerialIsFine() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        for _ in 0..<3 { _ = try world.intake(lot: lot.code) }
        #expect(try world.database.devices(matching: DeviceFilter(lot: lot.code)).count == 3)
    }

    @Test("an unknown lot is refused")
    func unknownLot() throws {
        let world = try TemporaryDatabase()
        #expect(throws: StoreError.lotNotFound("LOT-2026-0042")) {
            try world.intake(lot: LotCode(year: 2026, number: 42))
        }
    }

    @Test("lots are numbered within their year, and a donor is recorded once")
    func lotNumbering() throws {
        let world = try TemporaryDatabase()
        let first = try world.openLot(donor: "Mairie de Rennes")
        let second = try world.openLot(donor: "Mairie de Rennes")
        #expect(first.code.text == "LOT-2026-0001")
        #expect(second.code.text == "LOT-2026-0002")
        #expect(try world.database.reader.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM donor") } == 1)
    }

    @Test("a scan resolves to a device by tag or serial, or to a lot; a misread tag is refused")
    func resolvesScans() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "PF1ABCDE")
        #expect(try world.database.resolve(scan: device.assetTag.text.lowercased()) == .device(device))
        #expect(try world.database.resolve(scan: "pf1abcde") == .device(device))
        guard case .lot(let summary) = try world.database.resolve(scan: lot.code.text) else {
            Issue.record("lot code not resolved")
            return
        }
        #expect(summary.deviceCount == 1)
        var misread = Array(device.assetTag.text)
        misread[3] = misread[3] == "9" ? "8" : "9"
        #expect(throws: StoreError.self) { try world.database.resolve(scan: String(misread)) }
    }

    @Test("search finds devices by the start of words in serial, manufacturer and model")
    func fullTextSearch() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let thinkpad = try world.intake(lot: lot.code, serial: "PF1ABCDE")
        _ = try world.database.intake(IntakeInput(lot: lot.code.text, category: "desktop", serial: "CZC123",
                                                  manufacturer: "HP", model: "EliteDesk 800"),
                                      actor: TemporaryDatabase.actor, at: Date())
        #expect(try world.database.devices(matching: DeviceFilter(search: "thinkpad t48")).map(\.assetTag) == [thinkpad.assetTag])
        #expect(try world.database.devices(matching: DeviceFilter(search: "PF1A")).map(\.assetTag) == [thinkpad.assetTag])
        #expect(try world.database.devices(matching: DeviceFilter(search: "elite")).count == 1)
        #expect(try world.database.devices(matching: DeviceFilter(search: "\"*(")).isEmpty)
        #expect(try world.database.devices(matching: DeviceFilter(stage: .received, search: "elite")).count == 1)
        #expect(try world.database.devices(matching: DeviceFilter(stage: .sold, search: "elite")).isEmpty)
        #expect(try world.database.devices(matching: DeviceFilter(lot: LotCode(year: 2026, number: 9), search: "elite")).isEmpty)
    }

    @Test("search results come a page at a time, in tag order")
    func searchPages() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let tags = try (0..<5).map { _ in try world.intake(lot: lot.code).assetTag }
        let firstPage = try world.database.devices(matching: DeviceFilter(search: "lenovo", limit: 2))
        let secondPage = try world.database.devices(matching: DeviceFilter(search: "lenovo", limit: 2, offset: 2))
        #expect(firstPage.map(\.assetTag) == Array(tags[0..<2]))
        #expect(secondPage.map(\.assetTag) == Array(tags[2..<4]))
    }
}
