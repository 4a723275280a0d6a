import Foundation
import RefurbCore
import RefurbStore
import Testing

/// The bench's repair note and the shop's grade-and-price (`InventoryStore.logRepair`, `setGradeAndPrice`),
/// which the service asks of either engine.
@Suite("The bench's changes contract, on each engine")
struct BenchChangeContractTests {
    static let technician = Actor(user: "camille", station: "banc-1")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test("a repair is an event that keeps the device's fields; grade and price are one change; both refused with the same words once it has left",
          arguments: StoreEngine.available)
    func repairsAndPrices(engine: StoreEngine) async throws {
        try await engine.withStore { store in
            let bench = try #require(store as? any InventoryStore & BenchRecordStore)
            let lot = try await store.openLot(try LotInput(donorName: "Mairie de Rezé"), receivedOn: "2026-12-07",
                                              actor: Self.technician, at: Self.now)
            let device = try await store.intake(try IntakeInput(lot: lot.code.text, category: "monitor"), actor: Self.technician, at: Self.now)

            let repaired = try await store.logRepair(device.assetTag, note: "  dalle changée  ", partsCents: 4_500,
                                                     actor: Self.technician, at: Self.now)
            #expect(repaired.version == device.version + 1)
            #expect(repaired.stage == device.stage && repaired.price == nil)
            #expect(try await store.history(of: device.assetTag).last?.change == .repairLogged(note: "dalle changée", partsCents: 4_500))
            await #expect(throws: StoreError.invalidInput(Message("store.repairNoteMissing"))) {
                try await store.logRepair(device.assetTag, note: "   ", partsCents: nil, actor: Self.technician, at: Self.now)
            }
            await #expect(throws: StoreError.self) {
                try await store.logRepair(device.assetTag, note: "pièces", partsCents: -1, actor: Self.technician, at: Self.now)
            }

            let priced = try await store.setGradeAndPrice(device.assetTag, grade: .b, price: Money(cents: 8_900), expectedVersion: repaired.version,
                                                          actor: Self.technician, at: Self.now)
            #expect(priced.grade == .b && priced.price == Money(cents: 8_900))
            #expect(priced.version == repaired.version + 1, "one change, one version")
            #expect(try await store.history(of: device.assetTag).map(\.change).suffix(2) == [.graded(.b), .priced(Money(cents: 8_900))])
            await #expect(throws: StoreError.versionConflict(current: priced, expected: repaired.version)) {
                try await store.setGradeAndPrice(device.assetTag, grade: .a, price: Money(cents: 9_900), expectedVersion: repaired.version,
                                                 actor: Self.technician, at: Self.now)
            }

            _ = try await bench.confirmNoStorage(device.assetTag, note: nil, actor: Self.technician, at: Self.now)
            let gone = try await store.move(device.assetTag, to: .recycled, reason: nil, expectedVersion: nil, actor: Self.technician, at: Self.now)
            let leftWorkshop = StoreError.conflict(Message("store.repairAfterLeaving", device.assetTag.text, "recycled"))
            await #expect(throws: leftWorkshop) {
                try await store.logRepair(device.assetTag, note: "trop tard", partsCents: nil, actor: Self.technician, at: Self.now)
            }
            await #expect(throws: leftWorkshop) {
                try await store.setGradeAndPrice(device.assetTag, grade: .c, price: Money(cents: 100), expectedVersion: nil,
                                                 actor: Self.technician, at: Self.now)
            }
            #expect(try await store.device(tag: device.assetTag) == gone, "nothing written by the refusals")
        }
    }
}
