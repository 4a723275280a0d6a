import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

/// Checklists are versioned rows (never changed); a device's tests are events through the change path, and
/// `ready` follows them.
@Suite("Test checklists in the store")
struct TestChecklistStoreTests {
    static let actor = TemporaryDatabase.actor

    /// A laptop diagnosed, its one drive erased, graded and priced, wiped: only its tests are missing for `ready`.
    static func wipedLaptop(in world: TemporaryDatabase) throws -> Device {
        let db = world.database
        let device = try world.intake(lot: try world.openLot().code, serial: "SN-\(UUID().uuidString.prefix(8))")
        _ = try db.recordDiagnostic(device.assetTag, storage: ["WD-1"], actor: actor, at: Date())
        _ = try db.recordErasure(device.assetTag, storage: "WD-1", passed: true, certificate: "c", actor: actor, at: Date())
        _ = try db.setGradeAndPrice(device.assetTag, grade: .b, price: Money(cents: 9_900), actor: actor, at: Date())
        _ = try db.move(device.assetTag, to: .diagnosed, actor: actor, at: Date())
        return try db.move(device.assetTag, to: .wiped, actor: actor, at: Date())
    }

    static func all(_ outcome: ChecklistOutcome, except changes: [String: ChecklistOutcome] = [:]) -> [String: TestRecord.Entry] {
        Dictionary(uniqueKeysWithValues: DefaultChecklists.checklist(for: .laptop).items.map {
            ($0.key, TestRecord.Entry(outcome: changes[$0.key] ?? outcome))
        })
    }

    @Test("every category starts with version 1 of its default checklist")
    func seeded() throws {
        let world = try TemporaryDatabase()
        let checklists = try world.database.testChecklists()
        #expect(checklists.map(\.checklist.category) == DeviceCategory.allCases)
        #expect(checklists.map(\.checklist) == DefaultChecklists.all)
    }

    @Test("an admin's change is the next version; the old one stays readable and rows are never changed")
    func versions() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        var edited = DefaultChecklists.checklist(for: .laptop)
        edited.items.removeAll { $0.key == "card-reader" }
        edited.items.append(ChecklistItem(key: "custom-1", label: "Lecteur d'empreintes", mandatory: false))
        edited.batteryThresholdPercent = 75
        let saved = try db.saveTestChecklist(edited, actor: Self.actor, at: Date())
        #expect(saved.checklist.version == 2)
        #expect(try db.testChecklist(for: .laptop)?.checklist == saved.checklist)
        #expect(try db.testChecklist(for: .laptop, version: 1)?.checklist == DefaultChecklists.checklist(for: .laptop))
        #expect(throws: (any Error).self) {
            try db.writer.write { try $0.execute(sql: "UPDATE testChecklist SET batteryThresholdPercent = 10") }
        }
        #expect(throws: StoreError.invalidInput(ChecklistEditError.noItems.message)) {
            try db.saveTestChecklist(TestChecklist(category: .laptop, version: 0, items: [], batteryThresholdPercent: 70),
                                     actor: Self.actor, at: Date())
        }
    }

    @Test("ready waits for the tests, names a failed mandatory one, and goes once it passes; the record names who and when")
    func readyFollowsTheTests() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let device = try Self.wipedLaptop(in: world)
        let tag = device.assetTag
        #expect(throws: StoreError.refused(LifecycleRefusal(from: .wiped, to: .ready, rules: [.needsTestChecklist]))) {
            try db.move(tag, to: .ready, actor: Self.actor, at: Date())
        }
        let first = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try db.recordTests(tag, entries: Self.all(.pass, except: ["battery": .fail]), checklistVersion: 1,
                               actor: Actor(user: "camille", station: "banc-1"), at: first)
        #expect(throws: StoreError.refused(LifecycleRefusal(from: .wiped, to: .ready, rules: [.mandatoryTestsFailed(["battery"])]))) {
            try db.move(tag, to: .ready, actor: Self.actor, at: Date())
        }
        let history = try db.history(of: tag)
        #expect(history.last?.change.kind == "checklist-recorded")
        #expect(history.last?.change.summary(in: .fr) == "Tests passés (liste version 1) : 15 sur 15 ; en panne : Batterie (seuil de santé)")

        let later = first.addingTimeInterval(600)
        _ = try db.recordTests(tag, entries: ["battery": TestRecord.Entry(outcome: .pass, note: "batterie changée")], checklistVersion: 1,
                               actor: Actor(user: "sami", station: "banc-2"), at: later)
        let record = try #require(try db.facts(for: tag).tests)
        #expect(record.answers.first { $0.item.key == "battery" }.map { ($0.testedBy, $0.testedAt, $0.note) } ?? (nil, nil, nil) == ("sami", later, "batterie changée"))
        #expect(record.answers.first { $0.item.key == "keyboard" }?.testedBy == "camille")
        #expect(record.answers.first { $0.item.key == "keyboard" }?.testedAt == first)
        #expect(try db.move(tag, to: .ready, actor: Self.actor, at: Date()).stage == .ready)
    }

    @Test("answers for a checklist version replaced meanwhile are refused, and nothing is recorded")
    func staleVersion() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        let device = try Self.wipedLaptop(in: world)
        try db.saveTestChecklist(DefaultChecklists.checklist(for: .laptop), actor: Self.actor, at: Date())
        let before = try db.history(of: device.assetTag).count
        #expect(throws: StoreError.conflict(Message("store.checklistChanged", "1", "2"))) {
            try db.recordTests(device.assetTag, entries: Self.all(.pass), checklistVersion: 1, actor: Self.actor, at: Date())
        }
        #expect(try db.history(of: device.assetTag).count == before)
        #expect(StoreError.conflict(Message("store.checklistChanged", "1", "2")).code == "checklist-changed")
    }

    @Test("the record survives the log: read back from SQLite it is the record written, dates to the second")
    func roundTrip() throws {
        let world = try TemporaryDatabase()
        let device = try Self.wipedLaptop(in: world)
        let at = Date(timeIntervalSince1970: 1_800_000_123)
        _ = try world.database.recordTests(device.assetTag, entries: Self.all(.notApplicable, except: ["keyboard": .pass]),
                                           checklistVersion: nil, actor: Self.actor, at: at)
        let reopened = try world.reopen()
        let record = try #require(try reopened.facts(for: device.assetTag).tests)
        #expect(record.answers.count == DefaultChecklists.checklist(for: .laptop).items.count)
        #expect(record.answers.allSatisfy { $0.testedAt == at && $0.testedBy == Self.actor.user })
        #expect(record.answers.first?.outcome == .pass)
    }

    @Test("the wording guard reads the workshop's saved address for « reconditionné en France »")
    func wordingGuard() throws {
        let world = try TemporaryDatabase()
        let db = world.database
        #expect(throws: SaleWordingRefusal(field: .displayName, violations: [.madeInFranceUnproven])) {
            try db.checkSaleWording("Reconditionné en France", field: .displayName)
        }
        _ = try db.saveWorkshopIdentity(WorkshopIdentity(name: "Atelier", addressLines: ["35000 Rennes", "France"]), actor: Self.actor, at: Date())
        try db.checkSaleWording("Reconditionné en France", field: .displayName)
        #expect(throws: SaleWordingRefusal(field: .listingTitle, violations: [.forbiddenPhrase("comme neuf")])) {
            try db.checkSaleWording("Reconditionné en France, comme neuf", field: .listingTitle)
        }
        // The workshop's name heads every receipt: it is held to the same rule, against the address being saved.
        #expect(throws: SaleWordingRefusal(field: .workshopName, violations: [.madeInFranceUnproven])) {
            try db.saveWorkshopIdentity(WorkshopIdentity(name: "PC reconditionnés en France", addressLines: ["1000 Bruxelles"]),
                                        actor: Self.actor, at: Date())
        }
        #expect(throws: SaleWordingRefusal(field: .workshopName, violations: [.forbiddenPhrase("à neuf")])) {
            try db.saveWorkshopIdentity(WorkshopIdentity(name: "Atelier", addressLines: ["France"], contact: "Ordis reconditionnés remis à neuf"),
                                        actor: Self.actor, at: Date())
        }
        #expect(try db.workshopIdentity()?.identity.addressLines == ["35000 Rennes", "France"], "nothing was saved")
        try db.saveWorkshopIdentity(WorkshopIdentity(name: "PC reconditionnés en France", addressLines: ["Rennes, France"]),
                                    actor: Self.actor, at: Date())
    }
}
