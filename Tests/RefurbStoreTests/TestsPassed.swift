import Foundation
import RefurbCore
import RefurbStore

/// Records every test of a device's checklist as passed, as a technician does at the bench: `ready`
/// asks a complete checklist. For tests whose subject is elsewhere.
enum TestsPassed {
    @discardableResult
    static func record(_ tag: AssetTag, in db: AppDatabase, by actor: Actor = TemporaryDatabase.actor, at date: Date = Date()) throws -> Device {
        guard let device = try db.device(tag: tag), let checklist = try db.testChecklist(for: device.category)?.checklist else {
            throw StoreError.deviceNotFound(tag.text)
        }
        let entries = Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.key, TestRecord.Entry(outcome: .pass)) })
        return try db.recordTests(tag, entries: entries, checklistVersion: checklist.version, actor: actor, at: date)
    }
}
