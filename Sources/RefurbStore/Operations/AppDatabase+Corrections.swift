import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Corrects what was recorded about a device, through the one change path: one `corrected` event per
    /// field that changes, keeping the old value, the new one, who and why. `roles` are the corrector's
    /// (`CorrectionRule` limits them by stage and field). A serial that another device has is refused
    /// naming that device; the serial key changes with the serial, and the search index follows the row.
    public func correct(_ tag: AssetTag, _ correction: DeviceCorrection, roles: Set<Role>, expectedVersion: Int?,
                        actor: Actor, at date: Date) throws -> Device {
        try changeMany(tag, expectedVersion: expectedVersion, actor: actor, at: date) { device, _, db in
            var assignments: [ColumnAssignment] = []
            var changes: [Change] = []
            var fields = Set<CorrectionRule.Field>()
            let reason = correction.reason
            if let serial = correction.serial, serial.text != device.serial?.text {
                if serial.key != device.serial?.key, let other = try Self.device(serialKey: serial.key, in: db), other.assetTag != tag {
                    throw StoreError.duplicateSerial(serial: serial.text, existing: other)
                }
                fields.insert(.serial)
                assignments += [DeviceRecord.Columns.serial.set(to: serial.text), DeviceRecord.Columns.serialKey.set(to: serial.key)]
                changes.append(.corrected(field: "serial", from: device.serial?.text, to: serial.text, reason: reason))
            }
            if let category = correction.category, category != device.category {
                fields.insert(.category)
                assignments.append(DeviceRecord.Columns.category.set(to: category.rawValue))
                changes.append(.corrected(field: "category", from: device.category.rawValue, to: category.rawValue, reason: reason))
            }
            if let manufacturer = correction.manufacturer, manufacturer != device.manufacturer {
                fields.insert(.manufacturer)
                assignments.append(DeviceRecord.Columns.manufacturer.set(to: manufacturer))
                changes.append(.corrected(field: "manufacturer", from: device.manufacturer, to: manufacturer, reason: reason))
            }
            if let model = correction.model, model != device.model {
                fields.insert(.model)
                assignments.append(DeviceRecord.Columns.model.set(to: model))
                changes.append(.corrected(field: "model", from: device.model, to: model, reason: reason))
            }
            if let displayName = correction.displayName, displayName != device.displayName {
                fields.insert(.displayName)
                assignments.append(DeviceRecord.Columns.displayName.set(to: displayName))
                changes.append(.corrected(field: "displayName", from: device.displayName, to: displayName, reason: reason))
            }
            guard !changes.isEmpty else { throw StoreError.invalidInput(Message("correction.nothingToChange")) }
            if let refusal = CorrectionRule.refusal(device: device, fields: fields, roles: roles) {
                throw StoreError.conflict(refusal)
            }
            return (assignments, changes)
        }
    }

    /// Corrects a lot's donor, donor type, site, declared count or weight: one `corrected` event on the lot per field
    /// that changes. A lot's version is 1 when opened, plus one for each field corrected since; a
    /// caller that read an older one gets `lotVersionConflict`.
    public func correctLot(_ code: LotCode, _ correction: LotCorrection, expectedVersion: Int?,
                           actor: Actor, at date: Date) throws -> LotSummary {
        try writer.write { db in
            guard var record = try LotRecord.filter(LotRecord.Columns.code == code.text).fetchOne(db), let lotId = record.id else {
                throw StoreError.lotNotFound(code.text)
            }
            let before = try Self.summary(of: record, in: db)
            if let expectedVersion, expectedVersion != before.version {
                throw StoreError.conflict(Message("correction.lotVersionConflict", code.text, String(expectedVersion), String(before.version)))
            }
            var changes: [Change] = []
            let reason = correction.reason
            if let donorName = correction.donorName, donorName != before.lot.donorName {
                var donor: DonorRecord
                if let existing = try DonorRecord.filter(DonorRecord.Columns.name == donorName).fetchOne(db) {
                    donor = existing
                } else {
                    donor = DonorRecord(id: nil, name: donorName, contact: nil, createdAt: date)
                    try donor.insert(db)
                }
                record.donorId = donor.id!
                changes.append(.corrected(field: "donor", from: before.lot.donorName, to: donorName, reason: reason))
            }
            if let donorType = correction.donorType?.rawValue, donorType != record.donorType {
                changes.append(.corrected(field: "donorType", from: record.donorType, to: donorType, reason: reason))
                record.donorType = donorType
            }
            if let site = correction.site, site != record.site {
                changes.append(.corrected(field: "site", from: record.site, to: site, reason: reason))
                record.site = site
            }
            if let count = correction.declaredCount, count != record.declaredCount {
                changes.append(.corrected(field: "declaredCount", from: record.declaredCount.map(String.init), to: String(count), reason: reason))
                record.declaredCount = count
            }
            if let grams = correction.weightGrams, grams != record.weightGrams {
                changes.append(.corrected(field: "weightGrams", from: record.weightGrams.map(String.init), to: String(grams), reason: reason))
                record.weightGrams = grams
            }
            guard !changes.isEmpty else { throw StoreError.invalidInput(Message("correction.nothingToChange")) }
            guard record.version <= Int.max - changes.count else { throw StoreError.corruptRow(table: LotRecord.databaseTableName, id: lotId) }
            record.version += changes.count
            try record.update(db)
            for change in changes {
                var event = EventRecord(deviceId: nil, lotId: lotId, change: change, actor: actor, occurredAt: date)
                try event.insert(db)
            }
            return try Self.summary(of: record, in: db)
        }
    }
}
