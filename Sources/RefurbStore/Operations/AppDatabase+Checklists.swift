import Foundation
import GRDB
import RefurbCore

/// A checklist version as an admin saved it (or migration v13, for version 1).
public struct SavedTestChecklist: Hashable, Sendable {
    public var checklist: TestChecklist
    public var savedAt: Date
    public var savedBy: String

    package init(checklist: TestChecklist, savedAt: Date, savedBy: String) {
        self.checklist = checklist
        self.savedAt = savedAt
        self.savedBy = savedBy
    }
}

extension AppDatabase {
    /// Every category's current checklist (its latest version), in the categories' order.
    public func testChecklists() throws -> [SavedTestChecklist] {
        try writer.read { db in
            try DeviceCategory.allCases.compactMap { try Self.testChecklist(for: $0, version: nil, in: db) }
        }
    }

    /// A category's checklist: the latest version, or the one asked for (nil when there is no such version).
    public func testChecklist(for category: DeviceCategory, version: Int? = nil) throws -> SavedTestChecklist? {
        try writer.read { db in try Self.testChecklist(for: category, version: version, in: db) }
    }

    /// Saves an admin's checklist (checked by `TestChecklist.edited`) as the category's next version, and
    /// notes it in the administration log. Devices already tested keep the version they were tested with.
    @discardableResult
    public func saveTestChecklist(_ edited: TestChecklist, actor: Actor, at date: Date) throws -> SavedTestChecklist {
        let checked = try Self.checkedChecklist(edited)
        return try writer.write { db in
            let latest = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM testChecklist WHERE category = ?",
                                          arguments: [checked.category.rawValue]) ?? 0
            var saved = checked
            saved.version = latest + 1
            try db.execute(sql: """
                INSERT INTO testChecklist (category, version, items, batteryThresholdPercent, savedAt, savedBy)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [saved.category.rawValue, saved.version, Self.checklistItemsText(saved.items),
                                 saved.batteryThresholdPercent, date, actor.user])
            try Self.appendAdministration("test-checklist-saved", subject: "\(saved.category.rawValue) v\(saved.version)",
                                          actor: actor, at: date, in: db)
            return SavedTestChecklist(checklist: saved, savedAt: date, savedBy: actor.user)
        }
    }

    /// Records what a technician found for the device's tests, through the change path: the record as it now
    /// stands (`TestRecord.recording`) is appended to the device's history. `checklistVersion` is the version
    /// the person's form showed: an admin's newer version since then is a conflict, said in words, so that
    /// nobody answers tests that are no longer the ones asked.
    public func recordTests(_ tag: AssetTag, entries: [String: TestRecord.Entry], checklistVersion: Int?,
                            prefill: [String: TestRecord.Entry] = [:], expectedVersion: Int? = nil,
                            actor: Actor, at date: Date) throws -> Device {
        try changeMany(tag, expectedVersion: expectedVersion, actor: actor, at: date) { device, facts, db in
            let current = try Self.testChecklist(for: device.category, version: nil, in: db)?.checklist
            return ([], [try Self.recordedTests(entries, device: device, facts: facts, current: current, checklistVersion: checklistVersion,
                                                prefill: prefill, actor: actor, at: date)])
        }
    }

    /// The change recording a technician's tests, or the refusal: no checklist for the device's category,
    /// a form showing another version than `current`, or entries that break the checklist.
    package static func recordedTests(_ entries: [String: TestRecord.Entry], device: Device, facts: LifecycleFacts,
                                      current: TestChecklist?, checklistVersion: Int?, prefill: [String: TestRecord.Entry],
                                      actor: Actor, at date: Date) throws -> Change {
        guard let current else { throw StoreError.notFound(Message("store.checklistMissing", device.category.rawValue)) }
        if let checklistVersion, checklistVersion != current.version {
            throw StoreError.conflict(Message("store.checklistChanged", String(checklistVersion), String(current.version)))
        }
        do {
            return .checklistRecorded(try TestRecord.recording(entries, checklist: current, previous: facts.tests, prefill: prefill,
                                                               by: actor.user, at: date))
        } catch {
            throw StoreError.invalidInput(error.message)
        }
    }

    /// An admin's checklist as `TestChecklist.edited` checks it, or the form's refusal.
    package static func checkedChecklist(_ edited: TestChecklist) throws -> TestChecklist {
        do {
            return try TestChecklist.edited(category: edited.category, items: edited.items,
                                            batteryThresholdPercent: edited.batteryThresholdPercent)
        } catch {
            throw StoreError.invalidInput(error.message)
        }
    }

    /// The tests as the `items` column keeps them (JSON), on either engine.
    package static func checklistItemsText(_ items: [ChecklistItem]) -> String {
        TestRecordCoding.encode(items: items)
    }

    /// A checklist version from its row's columns, whichever engine read them.
    package static func savedChecklist(category: DeviceCategory, version: Int, items: String, batteryThresholdPercent: Int,
                                       savedAt: Date, savedBy: String) throws -> SavedTestChecklist {
        let decoded: [ChecklistItem]
        do {
            decoded = try TestRecordCoding.decode(items: items)
        } catch {
            throw StoreError.corruptRow(table: "testChecklist", id: Int64(version))
        }
        return SavedTestChecklist(
            checklist: TestChecklist(category: category, version: version, items: decoded, batteryThresholdPercent: batteryThresholdPercent),
            savedAt: savedAt, savedBy: savedBy)
    }

    static func testChecklist(for category: DeviceCategory, version: Int?, in db: Database) throws -> SavedTestChecklist? {
        let row = if let version {
            try Row.fetchOne(db, sql: "SELECT * FROM testChecklist WHERE category = ? AND version = ?",
                             arguments: [category.rawValue, version])
        } else {
            try Row.fetchOne(db, sql: "SELECT * FROM testChecklist WHERE category = ? ORDER BY version DESC LIMIT 1",
                             arguments: [category.rawValue])
        }
        guard let row else { return nil }
        return try savedChecklist(category: category, version: row["version"], items: row["items"],
                                  batteryThresholdPercent: row["batteryThresholdPercent"], savedAt: row["savedAt"], savedBy: row["savedBy"])
    }
}
