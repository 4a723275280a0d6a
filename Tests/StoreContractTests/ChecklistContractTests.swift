import Foundation
import RefurbCore
import RefurbStore
import Testing

/// The bench's test checklists: the same promises on every engine.
@Suite("The checklist contract, on each engine")
struct ChecklistContractTests {
    static let admin = Actor(user: "admin", station: "office")
    static let technician = Actor(user: "camille", station: "bench-1")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    func withChecklists(_ engine: StoreEngine, _ body: (any InventoryStore & ChecklistStore & AccessStore) async throws -> Void) async throws {
        try await engine.withStore { store in
            try await body(try #require(store as? any InventoryStore & ChecklistStore & AccessStore))
        }
    }

    static func laptop(_ outcome: ChecklistOutcome, items: [ChecklistItem] = DefaultChecklists.checklist(for: .laptop).items)
        -> [String: TestRecord.Entry] {
        Dictionary(uniqueKeysWithValues: items.map { ($0.key, TestRecord.Entry(outcome: outcome)) })
    }

    @Test("a new workshop starts with version 1 of every category's shipped checklist", arguments: StoreEngine.available)
    func shipped(engine: StoreEngine) async throws {
        try await withChecklists(engine) { store in
            let checklists = try await store.testChecklists()
            #expect(checklists.map(\.checklist.category) == DeviceCategory.allCases)
            #expect(checklists.map(\.checklist) == DefaultChecklists.all)
            #expect(checklists.allSatisfy { $0.savedBy == "refurb" })
            #expect(try await store.testChecklist(for: .phone, version: nil)?.checklist == DefaultChecklists.checklist(for: .phone))
            #expect(try await store.testChecklist(for: .phone, version: 2) == nil)
        }
    }

    @Test("an admin's change is the next version, the old one stays readable, and a checklist that breaks a check is refused", arguments: StoreEngine.available)
    func versions(engine: StoreEngine) async throws {
        try await withChecklists(engine) { store in
            var edited = DefaultChecklists.checklist(for: .laptop)
            edited.items.removeAll { $0.key == "card-reader" }
            edited.items.append(ChecklistItem(key: "custom-1", label: "Lecteur d'empreintes", mandatory: false))
            edited.batteryThresholdPercent = 75
            let saved = try await store.saveTestChecklist(edited, actor: Self.admin, at: Self.now)
            #expect(saved.checklist.version == 2 && saved.savedBy == "admin" && saved.savedAt == Self.now)
            #expect(try await store.testChecklist(for: .laptop, version: nil) == saved)
            #expect(try await store.testChecklist(for: .laptop, version: 1)?.checklist == DefaultChecklists.checklist(for: .laptop))
            #expect(try await store.testChecklists().first { $0.checklist.category == .laptop } == saved)
            #expect(try await store.saveTestChecklist(edited, actor: Self.admin, at: Self.now).checklist.version == 3)
            await #expect(throws: StoreError.invalidInput(ChecklistEditError.noItems.message)) {
                try await store.saveTestChecklist(TestChecklist(category: .laptop, version: 0, items: [], batteryThresholdPercent: 70),
                                                  actor: Self.admin, at: Self.now)
            }
            #expect(try await store.testChecklist(for: .laptop, version: nil)?.checklist.version == 3)
            #expect(try await store.administrationEvents(limit: 5).map(\.change) == [
                .administered(action: "test-checklist-saved", subject: "laptop v3"),
                .administered(action: "test-checklist-saved", subject: "laptop v2"),
            ])
        }
    }

    @Test("a technician's answers are recorded against the version the form showed; a newer version since is a conflict that changes nothing", arguments: StoreEngine.available)
    func recording(engine: StoreEngine) async throws {
        try await withChecklists(engine) { store in
            let lot = try await store.openLot(try LotInput(donorName: "Mairie"), receivedOn: "2026-11-02", actor: Self.admin, at: Self.now)
            let device = try await store.intake(try IntakeInput(lot: lot.code.text, category: "laptop", serial: "PF1GGGG1"),
                                                actor: Self.technician, at: Self.now)
            let recorded = try await store.recordTests(device.assetTag, entries: Self.laptop(.pass), checklistVersion: 1, prefill: [:],
                                                       expectedVersion: device.version, actor: Self.technician, at: Self.now)
            #expect(recorded.version == device.version + 1)
            guard case .checklistRecorded(let record)? = try await store.history(of: device.assetTag).last?.change else {
                Issue.record("no checklist recorded")
                return
            }
            #expect(record.checklistVersion == 1)
            #expect(record.answers.count == DefaultChecklists.checklist(for: .laptop).items.count && record.allowsSale)

            var edited = DefaultChecklists.checklist(for: .laptop)
            edited.items.append(ChecklistItem(key: "custom-1", label: "Lecteur d'empreintes", mandatory: true))
            _ = try await store.saveTestChecklist(edited, actor: Self.admin, at: Self.now)
            await #expect(throws: StoreError.conflict(Message("store.checklistChanged", "1", "2"))) {
                try await store.recordTests(device.assetTag, entries: Self.laptop(.fail), checklistVersion: 1, prefill: [:],
                                            expectedVersion: nil, actor: Self.technician, at: Self.now)
            }
            await #expect(throws: StoreError.self) {  // the device changed since the version the form showed
                try await store.recordTests(device.assetTag, entries: Self.laptop(.pass), checklistVersion: 2, prefill: [:],
                                            expectedVersion: device.version, actor: Self.technician, at: Self.now)
            }
            #expect(try await store.device(tag: device.assetTag) == recorded)
            let unknown = try #require(AssetTag(sequence: 999))
            await #expect(throws: StoreError.deviceNotFound(unknown.text)) {
                try await store.recordTests(unknown, entries: Self.laptop(.pass), checklistVersion: nil, prefill: [:],
                                            expectedVersion: nil, actor: Self.technician, at: Self.now)
            }
            let again = try await store.recordTests(device.assetTag, entries: Self.laptop(.pass, items: edited.items), checklistVersion: 2,
                                                    prefill: [:], expectedVersion: nil, actor: Self.technician, at: Self.now)
            #expect(again.version == recorded.version + 1)
        }
    }
}
