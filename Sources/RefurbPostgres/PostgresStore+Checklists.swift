import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// Test checklists on PostgreSQL, with the rules `AppDatabase+Checklists` keeps on SQLite: the same
/// checks (`AppDatabase.checkedChecklist`), the same encoding of the items, and a technician's answers
/// decided by `AppDatabase.recordedTests` and recorded through the one change path.
///
/// SQLite's migration v13 stores version 1 of every category (`DefaultChecklists`, frozen since).
/// PostgreSQL's v13 step creates the table only, so this adapter stores the same version 1 of a category
/// the first time it finds none (`INSERT … ON CONFLICT DO NOTHING`, so two processes doing it at once store
/// it once): a new PostgreSQL workshop then starts from the same checklists as a new SQLite one, and a
/// copied one keeps its own.
extension PostgresStore {
    public func testChecklists() async throws -> [SavedTestChecklist] {
        var latest = try await client.withConnection { connection in try await Self.latestChecklists(on: connection, logger: logger) }
        if latest.count < DeviceCategory.allCases.count {
            try await transaction { connection in try await Self.storeShippedChecklists(on: connection, logger: logger) }
            latest = try await client.withConnection { connection in try await Self.latestChecklists(on: connection, logger: logger) }
        }
        return DeviceCategory.allCases.compactMap { latest[$0] }
    }

    public func testChecklist(for category: DeviceCategory, version: Int?) async throws -> SavedTestChecklist? {
        if let found = try await client.withConnection({ connection in
            try await Self.checklist(for: category, version: version, on: connection, logger: logger)
        }) {
            return found
        }
        guard version == nil || version == 1 else { return nil }
        return try await transaction { connection in
            try await Self.storeShippedChecklists(on: connection, logger: logger)
            return try await Self.checklist(for: category, version: version, on: connection, logger: logger)
        }
    }

    @discardableResult
    public func saveTestChecklist(_ edited: TestChecklist, actor: Actor, at date: Date) async throws -> SavedTestChecklist {
        let checked = try AppDatabase.checkedChecklist(edited)
        return try await transaction { connection in
            // Versions are numbered per category: one save at a time takes the next.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.checklistLock))", logger: logger)
            try await Self.storeShippedChecklists(on: connection, logger: logger)
            var latest: Int64 = 0
            for try await version in try await connection.query(
                "SELECT coalesce(max(version), 0) FROM testChecklist WHERE category = \(checked.category.rawValue)", logger: logger)
                .decode(Int64.self) { latest = version }
            var saved = checked
            saved.version = Int(latest) + 1
            try await connection.query("""
                INSERT INTO testChecklist (category, version, items, batteryThresholdPercent, savedAt, savedBy)
                VALUES (\(saved.category.rawValue), \(Int64(saved.version)), \(AppDatabase.checklistItemsText(saved.items)),
                        \(Int64(saved.batteryThresholdPercent)), \(date), \(actor.user))
                """, logger: logger)
            try await Self.appendAdministration("test-checklist-saved", subject: "\(saved.category.rawValue) v\(saved.version)",
                                                actor: actor, at: date, on: connection, logger: logger)
            return SavedTestChecklist(checklist: saved, savedAt: date, savedBy: actor.user)
        }
    }

    public func recordTests(_ tag: AssetTag, entries: [String: TestRecord.Entry], checklistVersion: Int?,
                            prefill: [String: TestRecord.Entry], expectedVersion: Int?, actor: Actor, at date: Date) async throws -> Device {
        try await transaction { connection in
            // The device's category says which checklist: the row is read (and locked) first, as the change path would.
            guard let device = try await Self.device(where: "device.id = $1", bind: Int64(tag.sequence), on: connection, logger: logger,
                                                     forUpdate: true) else {
                throw StoreError.deviceNotFound(tag.text)
            }
            var current = try await Self.checklist(for: device.category, version: nil, on: connection, logger: logger)
            if current == nil {
                try await Self.storeShippedChecklists(on: connection, logger: logger)
                current = try await Self.checklist(for: device.category, version: nil, on: connection, logger: logger)
            }
            let checklist = current?.checklist
            return try await Self.change(tag, expectedVersion: expectedVersion, actor: actor, at: date, on: connection,
                                         logger: logger) { device, facts in
                ([], [try AppDatabase.recordedTests(entries, device: device, facts: facts, current: checklist,
                                                    checklistVersion: checklistVersion, prefill: prefill, actor: actor, at: date)])
            }
        }
    }

    // MARK: - Inside a transaction or on one connection

    /// The advisory lock under which checklist versions are numbered ("chkl").
    static let checklistLock: Int64 = 0x63_68_6b_6c

    static func checklist(for category: DeviceCategory, version: Int?, on connection: PostgresConnection,
                          logger: Logger) async throws -> SavedTestChecklist? {
        let query: PostgresQuery = if let version {
            """
            SELECT category, version, items, batteryThresholdPercent, savedAt, savedBy FROM testChecklist
            WHERE category = \(category.rawValue) AND version = \(Int64(version))
            """
        } else {
            """
            SELECT category, version, items, batteryThresholdPercent, savedAt, savedBy FROM testChecklist
            WHERE category = \(category.rawValue) ORDER BY version DESC LIMIT 1
            """
        }
        return try await checklists(query, on: connection, logger: logger).first
    }

    /// Each category's latest version, by category.
    static func latestChecklists(on connection: PostgresConnection, logger: Logger) async throws -> [DeviceCategory: SavedTestChecklist] {
        let saved = try await checklists("""
            SELECT DISTINCT ON (category) category, version, items, batteryThresholdPercent, savedAt, savedBy FROM testChecklist
            ORDER BY category, version DESC
            """, on: connection, logger: logger)
        return Dictionary(saved.map { ($0.checklist.category, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func checklists(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger) async throws -> [SavedTestChecklist] {
        var saved: [SavedTestChecklist] = []
        for try await (category, version, items, threshold, savedAt, savedBy) in try await connection.query(query, logger: logger)
            .decode((String, Int64, String, Int64, Date, String).self) {
            // A category this version does not know is left out, as SQLite reads only the categories it knows.
            guard let category = DeviceCategory(rawValue: category) else { continue }
            saved.append(try AppDatabase.savedChecklist(category: category, version: Int(version), items: items,
                                                        batteryThresholdPercent: Int(threshold), savedAt: savedAt, savedBy: savedBy))
        }
        return saved
    }

    /// Version 1 of every category, as SQLite's migration v13 stores it, where a category has none.
    static func storeShippedChecklists(on connection: PostgresConnection, logger: Logger) async throws {
        let now = Date()
        for checklist in DefaultChecklists.all {
            try await connection.query("""
                INSERT INTO testChecklist (category, version, items, batteryThresholdPercent, savedAt, savedBy)
                VALUES (\(checklist.category.rawValue), 1, \(AppDatabase.checklistItemsText(checklist.items)),
                        \(Int64(checklist.batteryThresholdPercent)), \(now), 'refurb')
                ON CONFLICT (category, version) DO NOTHING
                """, logger: logger)
        }
    }
}

extension PostgresStore: ChecklistStore {}
