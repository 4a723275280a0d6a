import Foundation
import GRDB
import RefurbCore

/// A hardware report as the store keeps it: the JSON as received and the few facts it is matched on.
public struct IncomingReport: Sendable {
    public var body: Data
    public var sha256: String
    public var systemSerial: String?
    public var manufacturer: String?
    public var model: String?
    /// The serial of every drive of the device found, as the certificates will name them.
    public var storageSerials: [String]
    /// The removable media found plugged in (USB sticks, card readers): not part of the device.
    public var removableSerials: [String]

    public init(body: Data, sha256: String, systemSerial: String?, manufacturer: String?, model: String?, storageSerials: [String],
                removableSerials: [String] = []) {
        self.body = body
        self.sha256 = sha256
        self.systemSerial = systemSerial
        self.manufacturer = manufacturer
        self.model = model
        self.storageSerials = storageSerials
        self.removableSerials = removableSerials
    }
}

/// How the report's firmware serial compares with the serial scanned at intake.
public enum SerialCheck: String, Sendable, Codable {
    case matched
    /// The device was taken in without a serial; the report's serial is now its serial.
    case linked
    /// The firmware gave no usable serial (blank, or a placeholder such as "To Be Filled By O.E.M.").
    case notInReport = "not-in-report"
}

public struct ReportReceipt: Sendable {
    public var device: Device
    public var reportId: Int64
    public var serialCheck: SerialCheck
    /// The same report had already been received (a retry after a lost answer): nothing was added.
    public var replayed: Bool

    package init(device: Device, reportId: Int64, serialCheck: SerialCheck, replayed: Bool) {
        self.device = device
        self.reportId = reportId
        self.serialCheck = serialCheck
        self.replayed = replayed
    }
}

extension AppDatabase {
    /// Records a report against a device. A report whose serial belongs to another device, or differs
    /// from the one scanned at intake, is refused: it was most likely run on another machine.
    public func recordReport(_ report: IncomingReport, for tag: AssetTag, actor: Actor, at date: Date) throws -> ReportReceipt {
        try writer.write { db in
            guard var device = try Self.device(tag: tag, in: db) else { throw StoreError.deviceNotFound(tag.text) }
            let deviceId = Int64(tag.sequence)
            if let earlier = try HardwareReportRecord
                .filter(HardwareReportRecord.Columns.deviceId == deviceId && HardwareReportRecord.Columns.sha256 == report.sha256)
                .fetchOne(db), let id = earlier.id {
                return ReportReceipt(device: device, reportId: id, serialCheck: SerialCheck(rawValue: earlier.serialCheck) ?? .matched,
                                     replayed: true)
            }
            let owner = try ReportEffects.reportedSerial(in: report).flatMap { try Self.device(serialKey: $0.key, in: db) }
            let effects = try ReportEffects(report: report, device: device, serialOwner: owner)
            var assignments: [ColumnAssignment] = []
            if let serial = effects.linkedSerial {
                assignments += [DeviceRecord.Columns.serial.set(to: serial.text), DeviceRecord.Columns.serialKey.set(to: serial.key)]
            }
            if let manufacturer = effects.manufacturer { assignments.append(DeviceRecord.Columns.manufacturer.set(to: manufacturer)) }
            if let model = effects.model { assignments.append(DeviceRecord.Columns.model.set(to: model)) }
            let serialCheck = effects.serialCheck
            let changes = effects.changes

            var record = HardwareReportRecord(deviceId: deviceId, sha256: report.sha256, systemSerial: report.systemSerial,
                                              serialCheck: serialCheck.rawValue, body: report.body, receivedAt: date)
            try record.insert(db)
            device = try Self.apply(assignments, changes: changes, to: device, actor: actor, at: date, in: db)
            return ReportReceipt(device: device, reportId: record.id ?? 0, serialCheck: serialCheck, replayed: false)
        }
    }

    /// The latest report received for a device, as JSON.
    public func latestReport(of tag: AssetTag) throws -> Data? {
        try writer.read { db in
            try HardwareReportRecord.filter(HardwareReportRecord.Columns.deviceId == Int64(tag.sequence))
                .order(HardwareReportRecord.Columns.id.desc).fetchOne(db)?.body
        }
    }

    /// Updates a device row (bumping its version) and appends its events, inside the caller's transaction.
    static func apply(_ assignments: [ColumnAssignment], changes: [Change], to device: Device,
                      actor: Actor, at date: Date, in db: Database) throws -> Device {
        let id = Int64(device.assetTag.sequence)
        // A version at Int.max was written by another program: a damaged row, not an overflow.
        guard device.version < Int.max else { throw StoreError.corruptRow(table: DeviceRecord.databaseTableName, id: id) }
        let updated = try DeviceRecord
            .filter(DeviceRecord.Columns.id == id && DeviceRecord.Columns.version == device.version)
            .updateAll(db, assignments + [
                DeviceRecord.Columns.version.set(to: device.version + 1),
                DeviceRecord.Columns.updatedAt.set(to: date),
            ])
        guard updated == 1 else { throw StoreError.versionConflict(current: device, expected: device.version) }
        for change in changes {
            var event = EventRecord(deviceId: id, lotId: nil, change: change, actor: actor, occurredAt: date)
            try event.insert(db)
        }
        guard let result = try Self.device(tag: device.assetTag, in: db) else { throw StoreError.deviceNotFound(device.assetTag.text) }
        return result
    }
}
