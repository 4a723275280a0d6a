import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Records a newly received device in its lot and gives it the next asset tag. A serial already
    /// recorded is refused with the device that has it, and nothing is created.
    public func intake(_ input: IntakeInput, actor: Actor, at date: Date) throws -> Device {
        try writer.write { db in
            guard let lot = try LotRecord.filter(LotRecord.Columns.code == input.lot.text).fetchOne(db),
                  let lotId = lot.id else {
                throw StoreError.lotNotFound(input.lot.text)
            }
            if let serial = input.serial, let existing = try Self.device(serialKey: serial.key, in: db) {
                throw StoreError.duplicateSerial(serial: serial.text, existing: existing)
            }
            let tag = try Self.nextAssetTag(in: db)
            let record = DeviceRecord(
                id: Int64(tag.sequence), assetTag: tag.text, lotId: lotId, category: input.category.rawValue,
                manufacturer: input.manufacturer, model: input.model, serial: input.serial?.text,
                serialKey: input.serial?.key, stage: Stage.received.rawValue, grade: nil, priceCents: nil,
                location: input.location, version: 1, createdAt: date, updatedAt: date, siteId: lot.siteId)
            try record.insert(db)
            var event = EventRecord(
                deviceId: record.id, lotId: lotId,
                change: .received(lot: input.lot, category: input.category, serial: input.serial?.text),
                actor: actor, occurredAt: date)
            try event.insert(db)
            return try record.device(lotCode: lot.code)
        }
    }

    /// The tag after the highest one issued, skipping sequence numbers whose check character is `*`.
    static func nextAssetTag(in db: Database) throws -> AssetTag {
        var sequence = try nextDeviceId(in: db)
        while true {
            if let tag = AssetTag(sequence: sequence) { return tag }
            sequence += 1
        }
    }

    /// One more than the highest device id. An id past `Int.max / 2` can only have been written by another
    /// program; it is reported as a damaged row rather than overflowing on every intake.
    static func nextDeviceId(in db: Database) throws -> Int {
        let highest = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM device") ?? 0
        guard highest < Int.max / 2 else { throw StoreError.corruptRow(table: DeviceRecord.databaseTableName, id: Int64(highest)) }
        return highest + 1
    }
}
