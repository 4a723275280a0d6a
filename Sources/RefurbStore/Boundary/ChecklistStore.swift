import Foundation
import RefurbCore

/// The bench's test checklists, on either engine: each category's versions (version 1 the shipped one,
/// each admin's save the next), and a technician's answers recorded through the device's change path
/// against the version the form showed.
public protocol ChecklistStore: Sendable {
    /// Every category's current checklist, in the categories' order.
    func testChecklists() async throws -> [SavedTestChecklist]
    /// A category's latest checklist, or the version asked for (nil when there is no such version).
    func testChecklist(for category: DeviceCategory, version: Int?) async throws -> SavedTestChecklist?
    /// Saves an admin's checklist as the category's next version; one that breaks a check is refused.
    @discardableResult
    func saveTestChecklist(_ edited: TestChecklist, actor: Actor, at date: Date) async throws -> SavedTestChecklist
    /// Records the technician's answers; a form showing an older version than the current one is a conflict.
    func recordTests(_ tag: AssetTag, entries: [String: TestRecord.Entry], checklistVersion: Int?,
                     prefill: [String: TestRecord.Entry], expectedVersion: Int?, actor: Actor, at date: Date) async throws -> Device
}

extension AppDatabase: ChecklistStore {}
