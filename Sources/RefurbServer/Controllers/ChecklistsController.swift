import Foundation
import Hummingbird
import RefurbCore
import RefurbStore

/// Test checklists (issue 17): each category's tests, versioned and changed by an admin; a device's tests
/// as recorded at the bench, with what its hardware report suggests; the printable record.
struct ChecklistsController {
    let state: ServiceState

    struct ChecklistBody: Decodable, Sendable {
        struct Item: Decodable, Sendable {
            let key: String
            let label: String?
            let mandatory: Bool
        }
        let batteryThresholdPercent: Int
        let items: [Item]
    }

    struct TestsBody: Decodable, Sendable {
        struct Test: Decodable, Sendable {
            let key: String
            /// "pass", "fail", "not-applicable", or null (not done yet).
            let outcome: String?
            let note: String?
        }
        /// The checklist version the caller answered; a newer one since then is a 409.
        let checklistVersion: Int?
        let version: Int?
        let tests: [Test]
    }

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/checklists", .signedIn) { _, context in
            JSONResponse(try await state.database.testChecklists().map { ChecklistView($0, language: context.language) })
        }
        routes.add(.get, "/api/checklists/{category}", .signedIn) { _, context in
            let category = try Self.category(context)
            guard let saved = try await state.database.testChecklist(for: category, version: nil) else {
                throw StoreError.notFound(Message("store.checklistMissing", category.rawValue))
            }
            return JSONResponse(ChecklistView(saved, language: context.language))
        }
        routes.add(.put, "/api/checklists/{category}", .permission(.manageWorkshop)) { request, context in
            let body = try await request.decode(as: ChecklistBody.self, context: context)
            let edited = TestChecklist(category: try Self.category(context), version: 0,
                                       items: body.items.map { ChecklistItem(key: $0.key, label: $0.label, mandatory: $0.mandatory) },
                                       batteryThresholdPercent: body.batteryThresholdPercent)
            let saved = try await state.database.saveTestChecklist(edited, actor: try context.actor(), at: Date())
            return JSONResponse(ChecklistView(saved, language: context.language))
        }
        routes.add(.get, "/api/devices/{tag}/tests", .signedIn) { _, context in
            let tests = try await DeviceTests.load(try DevicesController.tag(context), state: state, language: context.language)
            return JSONResponse(DeviceTestsView(tests, language: context.language))
        }
        routes.add(.post, "/api/devices/{tag}/tests", .permission(.submitDiagnostics)) { request, context in
            let body = try await request.decode(as: TestsBody.self, context: context)
            var entries: [String: TestRecord.Entry] = [:]
            for test in body.tests {
                var outcome: ChecklistOutcome?
                if let text = test.outcome {
                    guard let known = ChecklistOutcome(rawValue: text) else {
                        throw APIError.unprocessable(Message("checklist.unknownOutcome", text,
                                                             ChecklistOutcome.allCases.map(\.rawValue).joined(separator: ", ")))
                    }
                    outcome = known
                }
                entries[test.key] = TestRecord.Entry(outcome: outcome, note: test.note)
            }
            let tag = try DevicesController.tag(context)
            let before = try await DeviceTests.load(tag, state: state, language: context.language)
            let unknown = entries.keys.filter { key in !before.checklist.items.contains { $0.key == key } }.sorted()
            guard unknown.isEmpty else {
                throw APIError.unprocessable(Message("checklist.unknownTest", unknown.joined(separator: ", "),
                                                     before.checklist.items.map(\.key).joined(separator: ", ")))
            }
            _ = try await state.database.recordTests(tag, entries: entries, checklistVersion: body.checklistVersion, prefill: before.prefill,
                                               expectedVersion: body.version, actor: try context.actor(), at: Date())
            let after = try await DeviceTests.load(tag, state: state, language: context.language)
            return JSONResponse(DeviceTestsView(after, language: context.language))
        }
        routes.add(.get, "/api/devices/{tag}/tests/pdf", .signedIn) { _, context -> Response in
            try await TestRecordPDF.response(for: try DevicesController.tag(context), state: state, language: context.language)
        }
    }

    static func category(_ context: RefurbRequestContext) throws -> DeviceCategory {
        let text = context.parameters.get("category") ?? ""
        guard let category = DeviceCategory(rawValue: text) else {
            throw StoreError.notFound(Message("store.checklistMissing", text))
        }
        return category
    }
}

struct ChecklistView: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        let key: String
        let name: String
        let custom: Bool
        let mandatory: Bool
    }
    let category: String
    let version: Int
    let batteryThresholdPercent: Int
    let savedAt: Date
    let savedBy: String
    let items: [Item]

    init(_ saved: SavedTestChecklist, language: Language) {
        category = saved.checklist.category.rawValue
        version = saved.checklist.version
        batteryThresholdPercent = saved.checklist.batteryThresholdPercent
        savedAt = saved.savedAt
        savedBy = saved.savedBy
        items = saved.checklist.items.map {
            Item(key: $0.key, name: $0.name(in: language), custom: !$0.isStandard, mandatory: $0.mandatory)
        }
    }
}

struct DeviceTestsView: Encodable, Sendable {
    struct Test: Encodable, Sendable {
        let key: String
        let name: String
        let mandatory: Bool
        let outcome: String?
        let note: String?
        /// The answer was the hardware report's suggestion, confirmed by the person.
        let fromReport: Bool
        let testedBy: String?
        let testedAt: Date?
        /// What the latest report suggests for this test, when the probe measured it.
        let suggestedOutcome: String?
        let suggestedNote: String?
    }
    let assetTag: String
    let category: String
    /// The current checklist's version (the one a new answer is recorded against).
    let checklistVersion: Int
    /// The version the record was made with; null before any test.
    let recordVersion: Int?
    let complete: Bool
    /// Every test answered and no mandatory one failed: what `ready` asks of the tests.
    let allowsReady: Bool
    /// What `ready` would say of the tests, in the reader's language; empty when nothing is missing.
    let missing: [String]
    let tests: [Test]

    init(_ tests: DeviceTests, language: Language) {
        assetTag = tests.device.assetTag.text
        category = tests.device.category.rawValue
        checklistVersion = tests.checklist.version
        recordVersion = tests.record?.checklistVersion
        complete = tests.record.map { $0.unanswered.isEmpty } ?? false
        allowsReady = tests.record?.allowsSale ?? false
        missing = LifecycleCondition.testChecklist.brokenRules(LifecycleFacts(tests: tests.record)).map { $0.message(in: language) }
        // The record's tests when there is one (its version), else the current checklist's.
        let items = tests.record?.answers.map(\.item) ?? tests.checklist.items
        self.tests = items.map { item in
            let answer = tests.record?.answers.first { $0.item.key == item.key }
            let suggestion = tests.prefill[item.key]
            return Test(key: item.key, name: item.name(in: language), mandatory: item.mandatory,
                        outcome: answer?.outcome?.rawValue, note: answer?.note, fromReport: answer?.fromReport ?? false,
                        testedBy: answer?.testedBy, testedAt: answer?.testedAt,
                        suggestedOutcome: suggestion?.outcome?.rawValue, suggestedNote: suggestion?.note)
        }
    }
}
