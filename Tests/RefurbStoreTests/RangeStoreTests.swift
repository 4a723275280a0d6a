import Foundation
import GRDB
import RefurbCore
@testable import RefurbStore
import Testing

/// The store is the last wall behind the edges' range checks: whatever the caller, an amount, a weight or
/// a count out of range is refused with the field and the range named, and nothing is written. Rows
/// already out of range (written by another program) are added up without trapping.
@Suite("Numbers out of range in the store")
struct RangeStoreTests {
    static let actor = TemporaryDatabase.actor

    static func unchanged(_ world: TemporaryDatabase, _ device: Device) throws -> Bool {
        try world.database.device(tag: device.assetTag)?.version == device.version
            && world.database.history(of: device.assetTag).count == 1
    }

    @Test("a price, a sale price or a repair's parts beyond 1 000 000 € is refused and changes nothing")
    func amounts() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try world.intake(lot: lot.code, serial: "RANGE-1")
        let huge = 200_000_000_000_000_000
        let attempts: [(String, () throws -> Device)] = [
            ("price", { try world.database.setPrice(device.assetTag, to: Money(cents: huge), actor: Self.actor, at: Date()) }),
            ("grade and price", { try world.database.setGradeAndPrice(device.assetTag, grade: .b, price: Money(cents: huge), actor: Self.actor, at: Date()) }),
            ("negative price", { try world.database.setPrice(device.assetTag, to: Money(cents: -1), actor: Self.actor, at: Date()) }),
            ("sale", { try world.database.sell(device.assetTag, price: Money(cents: huge), actor: Self.actor, at: Date()) }),
            ("parts", { try world.database.logRepair(device.assetTag, note: "écran", partsCents: 5_000_000_000_000_000_000, actor: Self.actor, at: Date()) }),
        ]
        for (name, attempt) in attempts {
            let error = try #require(throws: StoreError.self, "\(name)") { try attempt() }
            #expect(error.code == "invalid-input", "\(name)")
            #expect(error.message(in: .fr).contains("1\u{202F}000\u{202F}000,00\u{00A0}€"), "\(name): \(error.message(in: .fr))")
            #expect(error.message(in: .en).contains("€1,000,000.00"), "\(name)")
        }
        #expect(try Self.unchanged(world, device))
        #expect(try world.database.logRepair(device.assetTag, note: "écran", partsCents: 100_000_000, actor: Self.actor, at: Date()).version == 2)
    }

    @Test("an import bringing an amount out of range imports nothing")
    func importedAmounts() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let received = Change.received(lot: lot.code, category: .desktop, serial: nil)
        for history in [[received, .priced(Money(cents: 200_000_000_000_000_000))],
                        [received, .repairLogged(note: "alim", partsCents: 5_000_000_000_000_000_000)],
                        [received, .sold(price: Money(cents: -5))]] {
            let device = ImportedDevice(lot: lot.code, category: .desktop, serial: nil, manufacturer: nil, model: nil, history: history)
            #expect(throws: StoreError.self) { try world.database.importDevices([device], actor: Self.actor, at: Date()) }
        }
        #expect(try world.database.devices(matching: DeviceFilter(limit: 10)).isEmpty)
    }

    @Test("a labelled price stored out of range is not sold at; a new price must be set first")
    func storedPriceIsNotCharged() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let device = try WorkshopStatisticsTests.readyDevice(in: world, lot: lot.code, receivedAt: Date(), diagnosedAfterDays: 0,
                                                             wipedAfterDays: 0, readyAfterDays: 0)
        try Self.sql(world, "UPDATE device SET priceCents = 200000000000000000 WHERE id = \(device.assetTag.sequence)")
        let error = try #require(throws: StoreError.self) { try world.database.sell(device.assetTag, price: nil, actor: Self.actor, at: Date()) }
        #expect(error.message(in: .fr).contains("hors limites"), "\(error.message(in: .fr))")
        #expect(try world.database.device(tag: device.assetTag)?.stage == .ready)
    }

    @Test("weights stored out of range, even not as integers, are counted as not weighed and said; nothing traps")
    func storedWeights() throws {
        let world = try TemporaryDatabase()
        for _ in 0..<4 {
            let lot = try world.openLot()
            _ = try world.intake(lot: lot.code)
        }
        try Self.sql(world, "UPDATE lot SET weightGrams = 9223372036854775807 WHERE id IN (1, 2)")
        try Self.sql(world, "UPDATE lot SET weightGrams = 1e30 WHERE id = 3")
        let statistics = try world.database.workshopStatistics(now: Date(), calendar: Calendar(identifier: .iso8601))
        #expect(statistics.weight.outOfRangeLots == 3)
        #expect(statistics.weight.weighedLots == 1)
        #expect(statistics.weight.collectedGrams == 48_500 + 3 * DeviceCategory.laptop.typicalWeightGrams)

        let apportioned = DivertedWeight.apportion([
            (Int.max, [DivertedWeight.DeviceGroup(category: .desktop, stage: .sold, count: Int.max)]),
            (Int.min, [DivertedWeight.DeviceGroup(category: .desktop, stage: .recycled, count: 3)]),
            (nil, [DivertedWeight.DeviceGroup(category: .printer, stage: .sold, count: Int.max)]),
        ])
        #expect(apportioned.outOfRangeLots == 2)
        #expect(apportioned.collectedGrams == .max, "held at the limit rather than overflowing")
    }

    /// Writes straight into the database, as another program could, past every check of the store.
    static func sql(_ world: TemporaryDatabase, _ statement: String) throws {
        let queue = try DatabaseQueue(path: world.path)
        try queue.write { db in try db.execute(sql: statement) }
        try queue.close()
    }
}
