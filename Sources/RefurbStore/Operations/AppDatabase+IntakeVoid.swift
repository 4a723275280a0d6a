import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Undoes an intake scan made by mistake (`IntakeVoidRule` says when that is allowed). The device row
    /// is kept, since its tag may already be printed and its history must stay, but it is marked void:
    /// lists, search and scans pass it by, and its serial is freed so the right device can be scanned.
    /// Returns the device as it was before the scan was undone.
    @discardableResult
    public func voidIntake(_ tag: AssetTag, actor: Actor, at date: Date) throws -> Device {
        try writer.write { db in
            guard let device = try Self.device(tag: tag, in: db) else {
                throw StoreError.deviceNotFound(tag.text)
            }
            let history = try Self.events(of: tag, in: db)
            if let refusal = IntakeVoidRule.refusal(device: device, history: history, by: actor, at: date) {
                throw StoreError.conflict(refusal)
            }
            // Reports and certificates come with their own events, so the rule has already refused a device
            // that has any; checked here too because a void must never hide evidence of an erasure.
            let id = Int64(tag.sequence)
            let evidence = try Int.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM hardwareReport WHERE deviceId = ?) + (SELECT COUNT(*) FROM certificate WHERE deviceId = ?)
                """, arguments: [id, id]) ?? 0
            guard evidence == 0 else {
                throw StoreError.conflict(Message("intake.voidAfterOtherEvents", tag.text))
            }
            // A version at Int.max was written by another program: a damaged row, not an overflow.
            guard device.version < Int.max else { throw StoreError.corruptRow(table: DeviceRecord.databaseTableName, id: id) }
            let updated = try DeviceRecord
                .filter(DeviceRecord.Columns.id == id && DeviceRecord.Columns.version == device.version)
                .updateAll(db, [
                    DeviceRecord.Columns.serialKey.set(to: nil),
                    DeviceRecord.Columns.voidedAt.set(to: date),
                    DeviceRecord.Columns.version.set(to: device.version + 1),
                    DeviceRecord.Columns.updatedAt.set(to: date),
                ])
            guard updated == 1 else { throw StoreError.versionConflict(current: device, expected: device.version) }
            var event = EventRecord(deviceId: id, lotId: nil, change: .intakeVoided(serial: device.serial?.text),
                                    actor: actor, occurredAt: date)
            try event.insert(db)
            var voided = device
            voided.version += 1
            return voided
        }
    }

    /// The devices scanned into a lot, newest first, with when and by whom (undone scans left out).
    public func intakeScans(in lot: LotCode, limit: Int = 200) throws -> [IntakeScan] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT device.*, lot.code AS lotCode, event.occurredAt AS receivedAt,
                       event.actorUser AS receivedByUser, event.actorStation AS receivedByStation
                FROM device
                JOIN lot ON lot.id = device.lotId
                JOIN event ON event.deviceId = device.id AND event.kind = 'received'
                WHERE lot.code = ? AND device.voidedAt IS NULL
                ORDER BY device.id DESC
                LIMIT ?
                """, arguments: [lot.text, limit])
            return try rows.map { row in
                let record = try DeviceRecord(row: row)
                return IntakeScan(device: try record.device(lotCode: row["lotCode"]), receivedAt: row["receivedAt"],
                                  receivedBy: Actor(user: row["receivedByUser"], station: row["receivedByStation"]))
            }
        }
    }
}
