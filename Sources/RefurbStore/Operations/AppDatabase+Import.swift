import Foundation
import GRDB
import RefurbCore

/// A device brought in with its history, for importing an existing inventory in bulk.
public struct ImportedDevice: Sendable {
    public var lot: LotCode
    public var category: DeviceCategory
    public var serial: SerialNumber?
    public var manufacturer: String?
    public var model: String?
    /// Everything that already happened to it, oldest first; the first change must be `.received`.
    public var history: [Change]

    public init(lot: LotCode, category: DeviceCategory, serial: SerialNumber?, manufacturer: String?,
                model: String?, history: [Change]) {
        self.lot = lot
        self.category = category
        self.serial = serial
        self.manufacturer = manufacturer
        self.model = model
        self.history = history
    }
}

extension AppDatabase {
    /// Imports devices in one transaction: all of them or, on any refusal (unknown lot, duplicate
    /// serial, a history that does not start with its reception), none. The stored stage, grade and
    /// price are those the history leads to, so the rows agree with the log from the start.
    @discardableResult
    public func importDevices(_ devices: [ImportedDevice], actor: Actor, at date: Date) throws -> [AssetTag] {
        try writer.write { db in
            var lotIds: [LotCode: Int64] = [:]
            var sequence = (try Int.fetchOne(db, sql: "SELECT MAX(id) FROM device") ?? 0) + 1
            let insertDevice = try db.cachedStatement(sql: """
                INSERT INTO device (id, assetTag, lotId, category, manufacturer, model, serial, serialKey,
                                    stage, grade, priceCents, location, version, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)
                """)
            let insertEvent = try db.cachedStatement(sql: """
                INSERT INTO event (deviceId, lotId, kind, payload, actorUser, actorStation, occurredAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            // Formatted once: a date is bound seven times per device.
            let stamp = date.databaseValue
            var tags: [AssetTag] = []
            tags.reserveCapacity(devices.count)
            for imported in devices {
                guard case .received? = imported.history.first, let stage = EventReplay.stage(after: imported.history) else {
                    throw StoreError.invalidInput(Message("store.importNeedsReception"))
                }
                let lotId: Int64
                if let known = lotIds[imported.lot] {
                    lotId = known
                } else {
                    guard let found = try Int64.fetchOne(
                        db, LotRecord.filter(LotRecord.Columns.code == imported.lot.text).select(LotRecord.Columns.id)) else {
                        throw StoreError.lotNotFound(imported.lot.text)
                    }
                    lotIds[imported.lot] = found
                    lotId = found
                }
                var tag = AssetTag(sequence: sequence)
                while tag == nil {
                    sequence += 1
                    tag = AssetTag(sequence: sequence)
                }
                let assetTag = tag!
                sequence += 1
                let facts = EventReplay.facts(after: imported.history)
                do {
                    try insertDevice.execute(arguments: [
                        assetTag.sequence, assetTag.text, lotId, imported.category.rawValue, imported.manufacturer,
                        imported.model, imported.serial?.text, imported.serial?.key, stage.rawValue,
                        facts.grade?.rawValue, facts.price?.cents, imported.history.count, stamp, stamp,
                    ])
                } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                    if let serial = imported.serial, let existing = try Self.device(serialKey: serial.key, in: db) {
                        throw StoreError.duplicateSerial(serial: serial.text, existing: existing)
                    }
                    throw error
                }
                for change in imported.history {
                    try insertEvent.execute(arguments: [
                        assetTag.sequence, nil as Int64?, change.kind, EventPayloadCoding.encode(change),
                        actor.user, actor.station, stamp,
                    ])
                }
                tags.append(assetTag)
            }
            return tags
        }
    }
}
