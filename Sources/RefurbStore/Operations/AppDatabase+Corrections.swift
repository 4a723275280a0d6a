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
            let plan = try Self.plan(correction, of: device, roles: roles) { serial in try Self.device(serialKey: serial.key, in: db) }
            var assignments: [ColumnAssignment] = []
            if let serial = plan.serial {
                assignments += [DeviceRecord.Columns.serial.set(to: serial.text), DeviceRecord.Columns.serialKey.set(to: serial.key)]
            }
            if let category = plan.category { assignments.append(DeviceRecord.Columns.category.set(to: category.rawValue)) }
            if let manufacturer = plan.manufacturer { assignments.append(DeviceRecord.Columns.manufacturer.set(to: manufacturer)) }
            if let model = plan.model { assignments.append(DeviceRecord.Columns.model.set(to: model)) }
            if let displayName = plan.displayName { assignments.append(DeviceRecord.Columns.displayName.set(to: displayName)) }
            return (assignments, plan.changes)
        }
    }

    /// What a correction changes on `device`, decided the same way on both engines: the fields whose value
    /// differs, one `corrected` event each, in the order serial, category, manufacturer, model, display name.
    /// `serialOwner` finds the device that has a serial (by its key); one other than this device refuses the
    /// correction. Nothing to change, or a field the corrector's `roles` may not change at this stage, is
    /// refused too.
    package static func plan(_ correction: DeviceCorrection, of device: Device, roles: Set<Role>,
                             serialOwner: (SerialNumber) throws -> Device?) throws -> DeviceCorrectionPlan {
        var plan = DeviceCorrectionPlan()
        var fields = Set<CorrectionRule.Field>()
        let reason = correction.reason
        if let serial = correction.serial, serial.text != device.serial?.text {
            if serial.key != device.serial?.key, let other = try serialOwner(serial), other.assetTag != device.assetTag {
                throw StoreError.duplicateSerial(serial: serial.text, existing: other)
            }
            fields.insert(.serial)
            plan.serial = serial
            plan.changes.append(.corrected(field: "serial", from: device.serial?.text, to: serial.text, reason: reason))
        }
        if let category = correction.category, category != device.category {
            fields.insert(.category)
            plan.category = category
            plan.changes.append(.corrected(field: "category", from: device.category.rawValue, to: category.rawValue, reason: reason))
        }
        if let manufacturer = correction.manufacturer, manufacturer != device.manufacturer {
            fields.insert(.manufacturer)
            plan.manufacturer = manufacturer
            plan.changes.append(.corrected(field: "manufacturer", from: device.manufacturer, to: manufacturer, reason: reason))
        }
        if let model = correction.model, model != device.model {
            fields.insert(.model)
            plan.model = model
            plan.changes.append(.corrected(field: "model", from: device.model, to: model, reason: reason))
        }
        if let displayName = correction.displayName, displayName != device.displayName {
            fields.insert(.displayName)
            plan.displayName = displayName
            plan.changes.append(.corrected(field: "displayName", from: device.displayName, to: displayName, reason: reason))
        }
        guard !plan.changes.isEmpty else { throw StoreError.invalidInput(Message("correction.nothingToChange")) }
        if let refusal = CorrectionRule.refusal(device: device, fields: fields, roles: roles) {
            throw StoreError.conflict(refusal)
        }
        return plan
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
            let plan = try Self.plan(correction, donorName: before.lot.donorName, donorType: record.donorType, site: record.site,
                                     declaredCount: record.declaredCount, weightGrams: record.weightGrams)
            let changes = plan.changes
            if let donorName = plan.donorName {
                var donor: DonorRecord
                if let existing = try DonorRecord.filter(DonorRecord.Columns.name == donorName).fetchOne(db) {
                    donor = existing
                } else {
                    donor = DonorRecord(id: nil, name: donorName, contact: nil, createdAt: date)
                    try donor.insert(db)
                }
                record.donorId = donor.id!
            }
            if let donorType = plan.donorType { record.donorType = donorType }
            if let site = plan.site { record.site = site }
            if let count = plan.declaredCount { record.declaredCount = count }
            if let grams = plan.weightGrams { record.weightGrams = grams }
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

    /// What a lot correction changes, decided the same way on both engines from the lot's stored values: the
    /// fields whose value differs, one `corrected` event each, in the order donor, donor type, site, declared
    /// count, weight. Nothing to change is refused.
    package static func plan(_ correction: LotCorrection, donorName: String, donorType: String?, site: String?,
                             declaredCount: Int?, weightGrams: Int?) throws -> LotCorrectionPlan {
        var plan = LotCorrectionPlan()
        let reason = correction.reason
        if let newDonor = correction.donorName, newDonor != donorName {
            plan.donorName = newDonor
            plan.changes.append(.corrected(field: "donor", from: donorName, to: newDonor, reason: reason))
        }
        if let newType = correction.donorType?.rawValue, newType != donorType {
            plan.donorType = newType
            plan.changes.append(.corrected(field: "donorType", from: donorType, to: newType, reason: reason))
        }
        if let newSite = correction.site, newSite != site {
            plan.site = newSite
            plan.changes.append(.corrected(field: "site", from: site, to: newSite, reason: reason))
        }
        if let count = correction.declaredCount, count != declaredCount {
            plan.declaredCount = count
            plan.changes.append(.corrected(field: "declaredCount", from: declaredCount.map(String.init), to: String(count), reason: reason))
        }
        if let grams = correction.weightGrams, grams != weightGrams {
            plan.weightGrams = grams
            plan.changes.append(.corrected(field: "weightGrams", from: weightGrams.map(String.init), to: String(grams), reason: reason))
        }
        guard !plan.changes.isEmpty else { throw StoreError.invalidInput(Message("correction.nothingToChange")) }
        return plan
    }
}

/// The new value of each device field a correction changes (nil: left as it is), and its events.
package struct DeviceCorrectionPlan: Sendable {
    package var serial: SerialNumber?
    package var category: DeviceCategory?
    package var manufacturer: String?
    package var model: String?
    package var displayName: String?
    package var changes: [Change] = []

    package init() {}
}

/// The new value of each lot field a correction changes (nil: left as it is), and its events. `donorName` is
/// the donor the lot now belongs to, created on first sight.
package struct LotCorrectionPlan: Sendable {
    package var donorName: String?
    package var donorType: String?
    package var site: String?
    package var declaredCount: Int?
    package var weightGrams: Int?
    package var changes: [Change] = []

    package init() {}
}
