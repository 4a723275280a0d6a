import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// Hardware reports, erasure certificates and a person's word on the storage on PostgreSQL, with the rules
/// `AppDatabase+Reports`, `AppDatabase+Certificates` and `AppDatabase+Changes` keep on SQLite. The device's row is locked first, so that a station's retry
/// arriving while the first send is still being written waits for it, then finds it and is a replay; the
/// device then changes through the one change path (`change(_:expectedVersion:actor:at:on:logger:decide:)`).
extension PostgresStore {
    public func recordReport(_ report: IncomingReport, for tag: AssetTag, actor: Actor, at date: Date) async throws -> ReportReceipt {
        do {
            return try await transaction { connection in
                try await Self.recordReport(report, for: tag, actor: actor, at: date, on: connection, logger: logger)
            }
        } catch where Self.sqlState(of: error) == "23505" {
            // Another process linked the same serial to another device between the check and the update.
            if let reported = ReportEffects.reportedSerial(in: report),
               let other = try await device(serial: reported.text), other.assetTag != tag {
                throw StoreError.conflict(Message("store.serialOnAnotherDevice", reported.text, other.assetTag.text, tag.text))
            }
            throw error
        }
    }

    public func latestReport(of tag: AssetTag) async throws -> Data? {
        try await single("SELECT body FROM hardwareReport WHERE deviceId = \(Int64(tag.sequence)) ORDER BY id DESC LIMIT 1",
                         as: Data.self)
    }

    public func recordCertificate(_ certificate: IncomingCertificate, for tag: AssetTag,
                                  actor: Actor, at date: Date) async throws -> (device: Device, replayed: Bool) {
        if let written = certificate.assetTag, let writtenTag = try? AssetTag(parsing: written), writtenTag != tag {
            throw StoreError.conflict(Message("store.certificateForAnotherDevice", certificate.id, written, tag.text))
        }
        let storageKey = SerialNumber.key(for: certificate.driveSerial)
        guard !storageKey.isEmpty else { throw StoreError.invalidInput(Message("store.certificateWithoutSerial", certificate.id)) }
        return try await transaction { connection in
            let deviceId = Int64(tag.sequence)
            guard let device = try await Self.device(where: "device.id = $1", bind: deviceId, on: connection, logger: logger,
                                                     forUpdate: true) else {
                throw StoreError.deviceNotFound(tag.text)
            }
            if try await Self.recordedCertificate(certificate.id, for: tag, on: connection, logger: logger) {
                return (device, true)
            }
            // The same certificate sent for another device by another process at the same time: the key decides,
            // and the loser reads what the winner recorded.
            var inserted = false
            for try await _ in try await connection.query("""
                INSERT INTO certificate (id, deviceId, storageKey, passed, keyId, body, receivedAt)
                VALUES (\(certificate.id), \(deviceId), \(storageKey), \(certificate.passed), \(certificate.keyId),
                        \(certificate.body), \(date))
                ON CONFLICT (id) DO NOTHING RETURNING 1
                """, logger: logger) { inserted = true }
            guard inserted else {
                _ = try await Self.recordedCertificate(certificate.id, for: tag, on: connection, logger: logger)
                return (device, true)
            }
            let updated = try await Self.change(tag, expectedVersion: nil, actor: actor, at: date, on: connection, logger: logger) { _, facts in
                if facts.hasDiagnosticReport, !facts.erasure.storageFound.contains(storageKey) {
                    throw StoreError.conflict(Message("store.driveNotInReport", certificate.driveSerial, tag.text,
                                                      facts.erasure.storageFound.joined(separator: ", ")))
                }
                return ([.none], [.erasureRecorded(storage: storageKey, passed: certificate.passed, certificate: certificate.id)])
            }
            return (updated, false)
        }
    }

    public func certificates(of tag: AssetTag) async throws -> [CertificateSummary] {
        var summaries: [CertificateSummary] = []
        for try await (id, storage, passed, keyId, received) in try await client.query("""
            SELECT id, storageKey, passed, keyId, receivedAt FROM certificate WHERE deviceId = \(Int64(tag.sequence))
            ORDER BY receivedAt, id
            """, logger: logger).decode((String, String, Bool, String, Date).self) {
            summaries.append(CertificateSummary(id: id, storage: storage, passed: passed, keyId: keyId, receivedAt: received))
        }
        return summaries
    }

    public func certificate(id: String) async throws -> (assetTag: String, body: Data)? {
        for try await (tag, body) in try await client.query("""
            SELECT device.assetTag, certificate.body FROM certificate JOIN device ON device.id = certificate.deviceId
            WHERE certificate.id = \(id)
            """, logger: logger).decode((String, Data).self) {
            return (tag, body)
        }
        return nil
    }

    public func recordStorageDestroyed(_ tag: AssetTag, storage: String, note: String?, actor: Actor, at date: Date) async throws -> Device {
        try await change(tag, expectedVersion: nil, actor: actor, at: date) { _, _ in
            (.none, .storageDestroyed(storage: SerialNumber.key(for: storage), note: note.flatMap(AppDatabase.cleanedReason)))
        }
    }

    public func confirmNoStorage(_ tag: AssetTag, note: String?, actor: Actor, at date: Date) async throws -> Device {
        try await change(tag, expectedVersion: nil, actor: actor, at: date) { _, _ in
            (.none, .noStorageConfirmed(note: note.flatMap(AppDatabase.cleanedReason)))
        }
    }

    public func setRemovableMedia(_ tag: AssetTag, storage: String, disposition: RemovableMediaDisposition, reason: String,
                                  actor: Actor, at date: Date) async throws -> Device {
        guard let reason = AppDatabase.cleanedReason(reason) else { throw StoreError.invalidInput(Message("store.removableReasonMissing")) }
        let key = SerialNumber.key(for: storage)
        return try await change(tag, expectedVersion: nil, actor: actor, at: date) { _, facts in
            guard facts.erasure.removableMedia.contains(key) || facts.erasure.storageFound.contains(key) else {
                throw StoreError.invalidInput(Message("store.removableUnknown", storage))
            }
            return (.none, .removableMediaSet(storage: key, disposition: disposition, reason: reason))
        }
    }

    // MARK: - Inside a transaction

    static func recordReport(_ report: IncomingReport, for tag: AssetTag, actor: Actor, at date: Date,
                             on connection: PostgresConnection, logger: Logger) async throws -> ReportReceipt {
        let deviceId = Int64(tag.sequence)
        guard let device = try await device(where: "device.id = $1", bind: deviceId, on: connection, logger: logger,
                                            forUpdate: true) else {
            throw StoreError.deviceNotFound(tag.text)
        }
        for try await (id, check) in try await connection.query(
            "SELECT id, serialCheck FROM hardwareReport WHERE deviceId = \(deviceId) AND sha256 = \(report.sha256)",
            logger: logger).decode((Int64, String).self) {
            return ReportReceipt(device: device, reportId: id, serialCheck: SerialCheck(rawValue: check) ?? .matched, replayed: true)
        }
        var owner: Device?
        if let reported = ReportEffects.reportedSerial(in: report) {
            owner = try await Self.device(where: "device.serialKey = $1", bind: reported.key, on: connection, logger: logger)
        }
        let effects = try ReportEffects(report: report, device: device, serialOwner: owner)
        var assignments: [Assignment] = []
        if let serial = effects.linkedSerial { assignments.append(.serial(serial)) }
        if let manufacturer = effects.manufacturer { assignments.append(.manufacturer(manufacturer)) }
        if let model = effects.model { assignments.append(.model(model)) }
        let serialCheck = effects.serialCheck
        let changes = effects.changes

        var reportId: Int64 = 0
        for try await id in try await connection.query("""
            INSERT INTO hardwareReport (deviceId, sha256, systemSerial, serialCheck, body, receivedAt)
            VALUES (\(deviceId), \(report.sha256), \(report.systemSerial), \(serialCheck.rawValue), \(report.body), \(date))
            RETURNING id
            """, logger: logger).decode(Int64.self) { reportId = id }
        let changed = try await change(tag, expectedVersion: device.version, actor: actor, at: date, on: connection, logger: logger) { _, _ in
            (assignments, changes)
        }
        return ReportReceipt(device: changed, reportId: reportId, serialCheck: serialCheck, replayed: false)
    }

    /// Whether the certificate is already recorded for this device; recorded for another one, it is refused.
    static func recordedCertificate(_ id: String, for tag: AssetTag, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        for try await (deviceId, otherTag) in try await connection.query("""
            SELECT certificate.deviceId, device.assetTag FROM certificate LEFT JOIN device ON device.id = certificate.deviceId
            WHERE certificate.id = \(id)
            """, logger: logger).decode((Int64, String?).self) {
            guard deviceId == Int64(tag.sequence) else {
                throw StoreError.conflict(Message("store.certificateAlreadyRecorded", id, otherTag ?? "?"))
            }
            return true
        }
        return false
    }
}

extension PostgresStore: BenchRecordStore {}
