import Foundation
import GRDB
import RefurbCore

/// Test checklists (issue 17): each category's tests, versioned. An admin's change adds a row with the next
/// version; rows are never changed, so that a device's record (an event) names a version that still says
/// which tests it had. Version 1 of every category is `DefaultChecklists` as it stood when this migration
/// shipped.
enum TestChecklistsSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "testChecklist") { t in
            t.column("category", .text).notNull()
            t.column("version", .integer).notNull()
            /// The tests, as JSON (`ChecklistItem`s: key, admin's label, mandatory).
            t.column("items", .text).notNull()
            t.column("batteryThresholdPercent", .integer).notNull()
            t.column("savedAt", .datetime).notNull()
            t.column("savedBy", .text).notNull()
            t.primaryKey(["category", "version"])
        }
        try db.execute(sql: """
            CREATE TRIGGER testChecklist_no_update BEFORE UPDATE ON testChecklist
            BEGIN SELECT RAISE(ABORT, 'a checklist version is never changed: save a new version'); END
            """)
        let now = Date()
        for checklist in DefaultChecklists.all {
            try db.execute(sql: """
                INSERT INTO testChecklist (category, version, items, batteryThresholdPercent, savedAt, savedBy)
                VALUES (?, 1, ?, ?, ?, 'refurb')
                """, arguments: [checklist.category.rawValue, TestRecordCoding.encode(items: checklist.items),
                                 checklist.batteryThresholdPercent, now])
        }
    }
}
