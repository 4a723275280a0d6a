import Foundation
import GRDB
import RefurbCore

/// A verified erasure certificate, reduced to what the store matches it on, with the signed file.
public struct IncomingCertificate: Sendable {
    public var id: String
    /// The asset tag written in the certificate by the wiping station, when it knew it.
    public var assetTag: String?
    public var driveSerial: String
    public var passed: Bool
    public var keyId: String
    public var body: Data

    public init(id: String, assetTag: String?, driveSerial: String, passed: Bool, keyId: String, body: Data) {
        self.id = id
        self.assetTag = assetTag
        self.driveSerial = driveSerial
        self.passed = passed
        self.keyId = keyId
        self.body = body
    }
}

extension AppDatabase {
    /// Records a certificate against the device and drive it names. A certificate sent again returns
    /// the device unchanged (`replayed`); one naming another device, or a drive the device's report
    /// does not list, is refused.
    public func recordCertificate(_ certificate: IncomingCertificate, for tag: AssetTag,
                                  actor: Actor, at date: Date) throws -> (device: Device, replayed: Bool) {
        if let written = certificate.assetTag, let writtenTag = try? AssetTag(parsing: written), writtenTag != tag {
            throw StoreError.conflict(Message("store.certificateForAnotherDevice", certificate.id, written, tag.text))
        }
        let storageKey = SerialNumber.key(for: certificate.driveSerial)
        guard !storageKey.isEmpty else { throw StoreError.invalidInput(Message("store.certificateWithoutSerial", certificate.id)) }
        return try writer.write { db in
            guard let device = try Self.device(tag: tag, in: db) else { throw StoreError.deviceNotFound(tag.text) }
            if let existing = try CertificateRecord.fetchOne(db, key: certificate.id) {
                guard existing.deviceId == Int64(tag.sequence) else {
                    let other = try DeviceRecord.fetchOne(db, key: existing.deviceId)?.assetTag ?? "?"
                    throw StoreError.conflict(Message("store.certificateAlreadyRecorded", certificate.id, other))
                }
                return (device, true)
            }
            let facts = EventReplay.facts(after: try Self.events(of: tag, in: db).map(\.change))
            if facts.hasDiagnosticReport, !facts.erasure.storageFound.contains(storageKey) {
                throw StoreError.conflict(Message("store.driveNotInReport", certificate.driveSerial, tag.text,
                                                  facts.erasure.storageFound.joined(separator: ", ")))
            }
            try CertificateRecord(id: certificate.id, deviceId: Int64(tag.sequence), storageKey: storageKey,
                                  passed: certificate.passed, keyId: certificate.keyId, body: certificate.body,
                                  receivedAt: date).insert(db)
            let updated = try Self.apply([], changes: [.erasureRecorded(storage: storageKey, passed: certificate.passed,
                                                                        certificate: certificate.id)],
                                         to: device, actor: actor, at: date, in: db)
            return (updated, false)
        }
    }

    public func certificates(of tag: AssetTag) throws -> [CertificateSummary] {
        try writer.read { db in
            try CertificateRecord.filter(CertificateRecord.Columns.deviceId == Int64(tag.sequence))
                .order(CertificateRecord.Columns.receivedAt).fetchAll(db).map(\.summary)
        }
    }

    /// The signed certificate file as received, and the tag of its device.
    public func certificate(id: String) throws -> (assetTag: String, body: Data)? {
        try writer.read { db in
            guard let record = try CertificateRecord.fetchOne(db, key: id),
                  let device = try DeviceRecord.fetchOne(db, key: record.deviceId) else { return nil }
            return (device.assetTag, record.body)
        }
    }
}
