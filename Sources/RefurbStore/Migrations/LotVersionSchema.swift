import GRDB

/// A lot's version, kept on the lot as a device's is on the device. It was counted from the lot's
/// `corrected` events on every read; but a lot's devices' intake events carry the lot too, so every scan
/// of a lot code read one event row per device of the lot to find none (a lot of 100 devices: 0.6 ms a scan
/// instead of 0.44, measured by `scripts/bench/api`). The column starts at that count, so no version changes.
enum LotVersionSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "lot") { table in
            table.add(column: "version", .integer).notNull().defaults(to: 1)
        }
        try db.execute(sql: """
            UPDATE lot SET version = 1 + (
                SELECT count(*) FROM event
                WHERE event.lotId = lot.id AND event.deviceId IS NULL AND event.kind = 'corrected')
            """)
    }
}
