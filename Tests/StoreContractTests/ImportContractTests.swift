import Foundation
import RefurbCore
import RefurbStore
import Testing

/// The bulk import of an existing inventory: the same promises on every engine.
@Suite("The import contract, on each engine")
struct ImportContractTests {
    static let office = Actor(user: "import", station: "office-1")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    typealias Store = any InventoryStore & ImportStore

    func withImport(_ engine: StoreEngine, _ body: (Store, LotCode) async throws -> Void) async throws {
        try await engine.withStore { store in
            let imports = try #require(store as? Store)
            let lot = try await imports.openLot(try LotInput(donorName: "Ancien inventaire"), receivedOn: "2026-12-07",
                                                actor: Self.office, at: Self.now)
            try await body(imports, lot.code)
        }
    }

    static func device(_ lot: LotCode, _ category: DeviceCategory = .laptop, serial: String? = nil,
                       then changes: [Change] = []) -> ImportedDevice {
        let serialNumber = serial.flatMap { try? SerialNumber(scanned: $0) }
        return ImportedDevice(lot: lot, category: category, serial: serialNumber, manufacturer: "HP", model: "EliteBook 840",
                              history: [.received(lot: lot, category: category, serial: serialNumber?.text)] + changes)
    }

    static let toReady: [Change] = [
        .moved(from: .received, to: .diagnosed, reason: nil), .graded(.a), .priced(Money(cents: 14_900)),
        .moved(from: .diagnosed, to: .wiped, reason: nil), .moved(from: .wiped, to: .ready, reason: "imported"),
    ]

    @Test("imported devices take the next tags, stand where their history leads, and keep that history", arguments: StoreEngine.available)
    func imports(engine: StoreEngine) async throws {
        try await withImport(engine) { store, lot in
            let before = try await store.intake(try IntakeInput(lot: lot.text, category: "phone"), actor: Self.office, at: Self.now)
            let devices = [
                Self.device(lot, serial: "CND1234567", then: Self.toReady),
                Self.device(lot, .desktop, serial: "CZC7654321"),
                Self.device(lot, .monitor, then: [.moved(from: .received, to: .recycled, reason: "écran cassé")]),
            ]
            let tags = try await store.importDevices(devices, actor: Self.office, at: Self.now)
            #expect(tags.count == 3)
            #expect(tags.map(\.sequence) == tags.map(\.sequence).sorted())
            #expect(tags.first.map { $0.sequence > before.assetTag.sequence } == true)
            #expect(Set(tags).count == 3)

            let ready = try #require(try await store.device(tag: tags[0]))
            #expect(ready.stage == .ready)
            #expect(ready.grade == .a)
            #expect(ready.price == Money(cents: 14_900))
            #expect(ready.version == 6)
            #expect(ready.serial?.text == "CND1234567")
            #expect(ready.manufacturer == "HP")
            #expect(try await store.device(serial: "cnd1234567") == ready)
            #expect(try await store.history(of: tags[0]).map(\.change) == devices[0].history)
            #expect(try await store.history(of: tags[0]).allSatisfy { $0.actor == Self.office && $0.occurredAt == Self.now })
            #expect(try await store.device(tag: tags[2])?.stage == .recycled)
            #expect(try await store.deviceCountsByStage() == ["received": 2, "ready": 1, "recycled": 1])
            #expect(try await store.lot(code: lot)?.deviceCount == 4)
            #expect(try await store.devices(matching: DeviceFilter(search: "elitebook")).map(\.assetTag) == tags)

            let next = try await store.intake(try IntakeInput(lot: lot.text, category: "phone"), actor: Self.office, at: Self.now)
            #expect(next.assetTag.sequence > tags[2].sequence)
            #expect(try await store.importDevices([], actor: Self.office, at: Self.now).isEmpty)
        }
    }

    /// What is wrong with the third of five rows.
    enum BadRow: String, CaseIterable, Sendable {
        case unknownLot, repeatedSerial, recordedSerial, noReception, priceOutOfRange
    }

    @Test("an import of five rows with one bad row is refused with that row's reason, and writes nothing", arguments: StoreEngine.available, BadRow.allCases)
    func refusesEverything(engine: StoreEngine, bad: BadRow) async throws {
        try await withImport(engine) { store, lot in
            let recorded = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "5CG0000001"),
                                                  actor: Self.office, at: Self.now)
            var devices = (1...5).map { Self.device(lot, serial: "5CG100000\($0)", then: [.graded(.b)]) }
            let expected: StoreError
            switch bad {
            case .unknownLot:
                let unknown = LotCode(year: 2026, number: 99)
                devices[2] = Self.device(unknown, serial: "5CG1000003")
                expected = .lotNotFound(unknown.text)
            case .repeatedSerial:
                devices[2] = Self.device(lot, serial: "5cg1000001")
                expected = .invalidInput(Message("store.importRepeatsSerial", "5cg1000001"))
            case .recordedSerial:
                devices[2] = Self.device(lot, serial: "5cg0000001")
                expected = .duplicateSerial(serial: "5cg0000001", existing: recorded)
            case .noReception:
                devices[2].history = [.graded(.b)]
                expected = .invalidInput(Message("store.importNeedsReception"))
            case .priceOutOfRange:
                devices[2].history.append(.priced(Money(cents: -1)))
                do {
                    try AppDatabase.checked(-1, .money, field: "priceCents")
                    Issue.record("a negative price is out of range")
                    return
                } catch let error as StoreError {
                    expected = error
                }
            }
            await #expect(throws: expected) {
                try await store.importDevices(devices, actor: Self.office, at: Self.now)
            }
            #expect(try await store.deviceCountsByStage() == ["received": 1])
            #expect(try await store.lot(code: lot)?.deviceCount == 1)
            #expect(try await store.device(serial: "5CG1000001") == nil)
            #expect(try await store.devices(matching: DeviceFilter(lot: lot)) == [recorded])
            // No tag was used up: the next intake takes the one after the recorded device.
            let next = try await store.intake(try IntakeInput(lot: lot.text, category: "phone"), actor: Self.office, at: Self.now)
            #expect(try await store.history(of: next.assetTag).count == 1)
            #expect(next.assetTag == AssetTag(sequence: recorded.assetTag.sequence + 1)
                    ?? AssetTag(sequence: recorded.assetTag.sequence + 2))
        }
    }
}
