import Foundation
import RefurbCore
import RefurbStore
import Testing

/// Corrections of a device or a lot, and intake scans undone: the same promises on every engine.
@Suite("The correction and intake-void contract, on each engine")
struct CorrectionContractTests {
    static let office = Actor(user: "office", station: "office-1")
    static let intake = Actor(user: "marie", station: "intake-1")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    typealias Store = any InventoryStore & CorrectionStore

    /// Each engine's store seen through both boundaries a case needs, with one lot open.
    func withCorrections(_ engine: StoreEngine, _ body: (Store, LotCode) async throws -> Void) async throws {
        try await engine.withStore { store in
            let corrections = try #require(store as? Store)
            let lot = try await corrections.openLot(try LotInput(donorName: "Mairie de Lyon", declaredCount: 10),
                                                    receivedOn: "2026-12-07", actor: Self.office, at: Self.now)
            try await body(corrections, lot.code)
        }
    }

    @Test("a correction changes what is read by tag, serial and search, and is itself an event with the old value, the new one, who and why",
          arguments: StoreEngine.available)
    func deviceCorrection(engine: StoreEngine) async throws {
        try await withCorrections(engine) { store, lot in
            let device = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "PF1WRONG",
                                                                manufacturer: "Lenovo", model: "T480"),
                                                actor: Self.intake, at: Self.now)
            let correction = try DeviceCorrection(serial: "PF1RIGHT", category: "desktop", model: "ThinkCentre M720q",
                                                  displayName: "Lenovo M720q", reason: "typed from the wrong sticker")
            let later = Self.now.addingTimeInterval(120)
            let corrected = try await store.correct(device.assetTag, correction, roles: [.technician], expectedVersion: device.version,
                                                    actor: Self.office, at: later)
            #expect(corrected.version == device.version + 1)
            #expect(corrected.serial?.text == "PF1RIGHT")
            #expect(corrected.category == .desktop)
            #expect(corrected.manufacturer == "Lenovo")
            #expect(corrected.model == "ThinkCentre M720q")
            #expect(corrected.displayName == "Lenovo M720q")
            #expect(try await store.device(tag: device.assetTag) == corrected)
            #expect(try await store.device(serial: "pf1right") == corrected)
            #expect(try await store.device(serial: "PF1WRONG") == nil)
            #expect(try await store.devices(matching: DeviceFilter(search: "thinkcentre")).map(\.assetTag) == [device.assetTag])
            #expect(try await store.devices(matching: DeviceFilter(search: "T480")).isEmpty)

            let history = try await store.history(of: device.assetTag)
            let reason = "typed from the wrong sticker"
            #expect(history.map(\.change).dropFirst() == [
                .corrected(field: "serial", from: "PF1WRONG", to: "PF1RIGHT", reason: reason),
                .corrected(field: "category", from: "laptop", to: "desktop", reason: reason),
                .corrected(field: "model", from: "T480", to: "ThinkCentre M720q", reason: reason),
                .corrected(field: "displayName", from: nil, to: "Lenovo M720q", reason: reason),
            ])
            #expect(history.dropFirst().allSatisfy { $0.actor == Self.office && $0.occurredAt == later })

            // The freed serial can be scanned again; the old version is refused.
            _ = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "PF1WRONG"), actor: Self.intake, at: later)
            await #expect(throws: StoreError.versionConflict(current: corrected, expected: device.version)) {
                try await store.correct(device.assetTag, try DeviceCorrection(model: "M920q", reason: "again"), roles: [.admin],
                                        expectedVersion: device.version, actor: Self.office, at: later)
            }
        }
    }

    @Test("a correction to another device's serial, one that changes nothing, or one the role may not make is refused and changes nothing",
          arguments: StoreEngine.available)
    func deviceCorrectionRefusals(engine: StoreEngine) async throws {
        try await withCorrections(engine) { store, lot in
            let first = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "5CG111"),
                                               actor: Self.intake, at: Self.now)
            let second = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "5CG222", model: "EliteBook"),
                                                actor: Self.intake, at: Self.now)
            await #expect(throws: StoreError.duplicateSerial(serial: "5cg 111", existing: first)) {
                try await store.correct(second.assetTag, try DeviceCorrection(serial: "5cg 111", reason: "swap"), roles: [.admin],
                                        expectedVersion: nil, actor: Self.office, at: Self.now)
            }
            await #expect(throws: StoreError.invalidInput(Message("correction.nothingToChange"))) {
                try await store.correct(second.assetTag, try DeviceCorrection(model: "EliteBook", reason: "same"), roles: [.admin],
                                        expectedVersion: nil, actor: Self.office, at: Self.now)
            }
            await #expect(throws: StoreError.conflict(Message("correction.shopMakerModelOnly", second.assetTag.text, "serial"))) {
                try await store.correct(second.assetTag, try DeviceCorrection(serial: "5CG333", reason: "shop"), roles: [.shop],
                                        expectedVersion: nil, actor: Self.office, at: Self.now)
            }
            let unknown = try #require(AssetTag(sequence: 999))
            await #expect(throws: StoreError.deviceNotFound(unknown.text)) {
                try await store.correct(unknown, try DeviceCorrection(model: "x", reason: "y"), roles: [.admin],
                                        expectedVersion: nil, actor: Self.office, at: Self.now)
            }
            #expect(try await store.device(tag: second.assetTag) == second)
            #expect(try await store.history(of: second.assetTag).count == 1)
            // The same serial written differently is the same device's: corrected, not refused.
            let respelled = try await store.correct(first.assetTag, try DeviceCorrection(serial: "5cg-111", reason: "as printed"),
                                                    roles: [.intake], expectedVersion: nil, actor: Self.office, at: Self.now)
            #expect(respelled.serial?.text == "5cg-111")
        }
    }

    @Test("a lot's correction is one event per field on the lot and raises its version by as many; an older version is refused",
          arguments: StoreEngine.available)
    func lotCorrection(engine: StoreEngine) async throws {
        try await withCorrections(engine) { store, lot in
            _ = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop"), actor: Self.intake, at: Self.now)
            let correction = try LotCorrection(donorName: "Métropole de Lyon", declaredCount: 12, weightKilograms: "48,5",
                                               donorType: .publicBody, reason: "bon de collecte relu")
            let later = Self.now.addingTimeInterval(60)
            let summary = try await store.correctLot(lot, correction, expectedVersion: 1, actor: Self.office, at: later)
            let expected = LotSummary(lot: Lot(code: lot, donorName: "Métropole de Lyon", receivedOn: "2026-12-07", declaredCount: 12,
                                               weightGrams: 48_500, donorType: .publicBody),
                                      deviceCount: 1, version: 5)
            #expect(summary == expected)
            #expect(try await store.lot(code: lot) == expected)
            let reason = "bon de collecte relu"
            // The lot's own events: its opening and its corrections (the intake is its device's).
            let history = try await store.history(ofLot: lot).filter { event in
                if case .corrected = event.change { true } else { false }
            }
            #expect(history.map(\.change) == [
                .corrected(field: "donor", from: "Mairie de Lyon", to: "Métropole de Lyon", reason: reason),
                .corrected(field: "donorType", from: nil, to: "public", reason: reason),
                .corrected(field: "declaredCount", from: "10", to: "12", reason: reason),
                .corrected(field: "weightGrams", from: nil, to: "48500", reason: reason),
            ])
            #expect(history.last?.actor == Self.office)

            await #expect(throws: StoreError.conflict(Message("correction.lotVersionConflict", lot.text, "1", "5"))) {
                try await store.correctLot(lot, try LotCorrection(site: "Gerland", reason: "stale"), expectedVersion: 1,
                                           actor: Self.office, at: later)
            }
            await #expect(throws: StoreError.invalidInput(Message("correction.nothingToChange"))) {
                try await store.correctLot(lot, try LotCorrection(declaredCount: 12, reason: "same"), expectedVersion: nil,
                                           actor: Self.office, at: later)
            }
            let unknown = LotCode(year: 2026, number: 99)
            await #expect(throws: StoreError.lotNotFound(unknown.text)) {
                try await store.correctLot(unknown, try LotCorrection(site: "Gerland", reason: "r"), expectedVersion: nil,
                                           actor: Self.office, at: later)
            }
            #expect(try await store.lot(code: lot) == expected)
            // Back to a donor that exists already: found, not created again.
            let back = try await store.correctLot(lot, try LotCorrection(donorName: "Mairie de Lyon", reason: "finalement"),
                                                  expectedVersion: 5, actor: Self.office, at: later)
            #expect(back.lot.donorName == "Mairie de Lyon")
            #expect(back.version == 6)
        }
    }

    @Test("an intake scan undone by its author is counted nowhere, frees its serial and leaves the scan list; anyone else, later, or twice is refused",
          arguments: StoreEngine.available)
    func intakeVoid(engine: StoreEngine) async throws {
        try await withCorrections(engine) { store, lot in
            let kept = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "KEPT01"),
                                              actor: Self.intake, at: Self.now)
            let mistaken = try await store.intake(try IntakeInput(lot: lot.text, category: "desktop", serial: "WRONG01"),
                                                  actor: Self.intake, at: Self.now.addingTimeInterval(10))
            #expect(try await store.intakeScans(in: lot, limit: 200).map(\.device) == [mistaken, kept])
            #expect(try await store.intakeScans(in: lot, limit: 1).map(\.device) == [mistaken])

            await #expect(throws: StoreError.conflict(Message("intake.voidByAnotherUser", mistaken.assetTag.text, "marie"))) {
                try await store.voidIntake(mistaken.assetTag, actor: Self.office, at: Self.now.addingTimeInterval(20))
            }
            await #expect(throws: StoreError.conflict(Message("intake.voidTooLate", mistaken.assetTag.text, "10"))) {
                try await store.voidIntake(mistaken.assetTag, actor: Self.intake, at: Self.now.addingTimeInterval(3_600))
            }
            let at = Self.now.addingTimeInterval(30)
            let before = try await store.voidIntake(mistaken.assetTag, actor: Self.intake, at: at)
            #expect(before.assetTag == mistaken.assetTag)
            #expect(before.version == mistaken.version + 1)

            #expect(try await store.device(tag: mistaken.assetTag) == nil)
            #expect(try await store.device(serial: "WRONG01") == nil)
            #expect(try await store.lot(code: lot)?.deviceCount == 1)
            #expect(try await store.deviceCountsByStage() == ["received": 1])
            #expect(try await store.intakeScans(in: lot, limit: 200).map(\.device) == [kept])
            let scan = try #require(try await store.intakeScans(in: lot, limit: 200).first)
            #expect(scan.receivedAt == Self.now)
            #expect(scan.receivedBy == Self.intake)
            #expect(try await store.history(of: mistaken.assetTag).map(\.change).last == .intakeVoided(serial: "WRONG01"))
            await #expect(throws: StoreError.deviceNotFound(mistaken.assetTag.text)) {
                try await store.voidIntake(mistaken.assetTag, actor: Self.intake, at: at)
            }
            // The serial is free for the right device.
            let right = try await store.intake(try IntakeInput(lot: lot.text, category: "laptop", serial: "WRONG01"),
                                               actor: Self.intake, at: at)
            #expect(try await store.device(serial: "WRONG01") == right)

            // A device that anything happened to since its scan is corrected, not undone.
            _ = try await store.setGrade(kept.assetTag, to: .b, expectedVersion: nil, actor: Self.intake, at: at)
            await #expect(throws: StoreError.conflict(Message("intake.voidAfterOtherEvents", kept.assetTag.text))) {
                try await store.voidIntake(kept.assetTag, actor: Self.intake, at: at)
            }
        }
    }
}
