import Foundation
import HummingbirdTesting
import RefurbCore
import RefurbStore
import Testing

/// Every test of a device's checklist passed, as a technician records them at the bench: `ready` asks a
/// complete checklist. Through the API (as the technician) or straight into the store, for tests whose
/// subject is elsewhere.
enum PassedTests {
    /// The body of `POST /api/devices/{tag}/tests` with every test of the category's first checklist passed.
    static func json(_ category: DeviceCategory = .laptop) -> String {
        let tests = DefaultChecklists.checklist(for: category).items.map { #"{"key":"\#($0.key)","outcome":"pass"}"# }
        return #"{"tests":[\#(tests.joined(separator: ","))]}"#
    }

    static func record(_ tag: String, _ client: some TestClientProtocol, _ workshop: TestWorkshop,
                       category: DeviceCategory = .laptop) async throws {
        let sent = try await client.call(.post, "/api/devices/\(tag)/tests", as: .technician, in: workshop, json: json(category))
        #expect(sent.status == .ok, "\(sent.json)")
    }

    static func record(_ tag: AssetTag, in db: AppDatabase, actor: Actor) throws {
        guard let device = try db.device(tag: tag), let checklist = try db.testChecklist(for: device.category)?.checklist else {
            throw StoreError.deviceNotFound(tag.text)
        }
        _ = try db.recordTests(tag, entries: Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.key, TestRecord.Entry(outcome: .pass)) }),
                               checklistVersion: nil, actor: actor, at: Date())
    }
}
