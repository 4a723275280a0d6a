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
    /// Device rows written per statement. Each statement that inserts devices makes the full-text
    /// index write its pending terms as a new segment (SQLite opens a statement savepoint, and FTS5
    /// flushes on it), and segments are merged later: statements of a few hundred rows wrote three
    /// times as much to disk as the data itself. 2,000 rows of 15 values stay below SQLite's limit
    /// of 32,766 bound values.
    static let importDevicesPerStatement = 2_000
    /// Event rows per statement (6 values each), for the same reason without the index.
    static let importEventsPerStatement = 5_000

    /// Imports devices in one transaction: all of them or, on any refusal (unknown lot, duplicate
    /// serial, a history that does not start with its reception), none. The stored stage, grade and
    /// price are those the history leads to, so the rows agree with the log from the start.
    @discardableResult
    public func importDevices(_ devices: [ImportedDevice], actor: Actor, at date: Date) throws -> [AssetTag] {
        try writer.write { db in
            // Each lot's row id and its site's: a device is taken in at its lot's site.
            var lotIds: [LotCode: (lot: Int64, site: Int64)] = [:]
            let firstSequence = try Self.nextDeviceId(in: db)
            var sequence = firstSequence
            // Formatted once: a date is bound seven times per device.
            let stamp = BulkInsert.Value(String.fromDatabaseValue(date.databaseValue))
            let user = BulkInsert.Value(actor.user), station = BulkInsert.Value(actor.station)
            let deviceRows = BulkInsert(db, into: """
                INSERT INTO device (id, assetTag, lotId, category, manufacturer, model, serial, serialKey,
                                    stage, grade, priceCents, location, version, createdAt, updatedAt, siteId) VALUES
                """, row: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)", rowsPerStatement: Self.importDevicesPerStatement)
            let eventRows = BulkInsert(db, into: """
                INSERT INTO event (deviceId, lotId, kind, payload, actorUser, actorStation, occurredAt) VALUES
                """, row: "(?, NULL, ?, ?, ?, ?, ?)", rowsPerStatement: Self.importEventsPerStatement)
            // Events may be written before the device rows they belong to; SQLite checks at commit.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            var serialsSeen: Set<String> = []
            var tags: [AssetTag] = []
            tags.reserveCapacity(devices.count)
            do {
                for imported in devices {
                    let stage = try Self.checkImported(imported, serialsSeen: &serialsSeen)
                    let lotId: Int64, siteId: Int64
                    if let known = lotIds[imported.lot] {
                        (lotId, siteId) = known
                    } else {
                        guard let found = try Row.fetchOne(
                            db, LotRecord.filter(LotRecord.Columns.code == imported.lot.text)
                                .select(LotRecord.Columns.id, LotRecord.Columns.siteId)) else {
                            throw StoreError.lotNotFound(imported.lot.text)
                        }
                        (lotId, siteId) = (found[0], found[1])
                        lotIds[imported.lot] = (lotId, siteId)
                    }
                    var tag = AssetTag(sequence: sequence)
                    while tag == nil {
                        sequence += 1
                        tag = AssetTag(sequence: sequence)
                    }
                    let assetTag = tag!
                    let id = BulkInsert.Value(Int64(sequence))
                    sequence += 1
                    let facts = EventReplay.facts(after: imported.history)
                    try deviceRows.append(
                        id, .text(assetTag.text), .integer(lotId), .text(imported.category.rawValue),
                        .init(imported.manufacturer), .init(imported.model), .init(imported.serial?.text),
                        .init(imported.serial?.key), .text(stage.rawValue), .init(facts.grade?.rawValue),
                        .init(facts.price?.cents), .init(imported.history.count), stamp, stamp, .integer(siteId))
                    for change in imported.history {
                        try eventRows.append(id, .text(change.kind), .text(EventPayloadCoding.encode(change)),
                                             user, station, stamp)
                    }
                    tags.append(assetTag)
                }
                try deviceRows.flush()
                try eventRows.flush()
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                // Serials repeated within the import were refused above: this one belongs to a device
                // that was here before.
                for case let serial? in devices.map(\.serial) {
                    if let existing = try Self.device(serialKey: serial.key, in: db), existing.assetTag.sequence < firstSequence {
                        throw StoreError.duplicateSerial(serial: serial.text, existing: existing)
                    }
                }
                throw error
            }
            return tags
        }
    }

    /// The checks every imported device passes before its lot is looked up, in the order both engines make
    /// them: a history that starts with its reception and leads to a stage, amounts in range, and a serial
    /// not already seen earlier in the same import (`serialsSeen`, by key). Returns the stage it leads to.
    package static func checkImported(_ imported: ImportedDevice, serialsSeen: inout Set<String>) throws -> Stage {
        guard case .received? = imported.history.first, let stage = EventReplay.stage(after: imported.history) else {
            throw StoreError.invalidInput(Message("store.importNeedsReception"))
        }
        try Self.checkAmounts(in: imported.history)
        if let serial = imported.serial, !serialsSeen.insert(serial.key).inserted {
            throw StoreError.invalidInput(Message("store.importRepeatsSerial", serial.text))
        }
        return stage
    }

    /// The amounts an imported history brings (prices, parts, sales) are checked like those typed in:
    /// an inventory exported from another program must not bring in what the service could not add up.
    package static func checkAmounts(in history: [Change]) throws {
        for change in history {
            switch change {
            case .priced(let price): try checked(price.cents, .money, field: "priceCents")
            case .sold(let price, _, _): try checked(price.cents, .money, field: "priceCents")
            case .repairLogged(_, let parts?): try checked(parts, .money, field: "partsCents")
            default: break
            }
        }
    }
}
