import Diagnostics
import Erasure
import Foundation
import RefurbCore
import RefurbStore

/// A lot with each of its devices and what became of each drive: the content of the lot's page and of
/// the donor report. Drives and their erasures come from each device's history, the same facts the
/// lifecycle rules read, so the report says exactly what allowed a device to leave. What a person reads
/// of a drive (its serial as the firmware gave it, its model, the method and its certificate's reference)
/// comes from the signed certificate, or, before one, from the device's latest hardware report.
struct LotDossier {
    struct Drive {
        enum State {
            case erased(certificate: String?)
            case failed(certificate: String?)
            case destroyed
            /// Found by the probe, with neither an erasure nor a destruction on record.
            case pending
        }

        /// What the certificate or the hardware report says of the drive, when either is kept.
        struct Details {
            /// The serial as the drive's firmware gave it (the store's key is upper-cased), or nil when it has none.
            var serial: String?
            var model: String?
            var capacityBytes: UInt64?
            var method: WipeMethod?
            /// When the certificate was issued.
            var erasedAt: Date?
            var reference: CertificateReference?
        }

        /// The drive's serial as the store compares it.
        let storage: String
        let state: State
        var details = Details()

        var certificate: String? {
            switch state {
            case .erased(let id), .failed(let id): id
            case .destroyed, .pending: nil
            }
        }

        var isDone: Bool {
            switch state {
            case .erased, .destroyed: true
            case .failed, .pending: false
            }
        }
    }

    struct Entry {
        let device: Device
        var drives: [Drive]
        let hasDiagnosticReport: Bool
        let noStorageConfirmed: Bool
        /// Nothing left on the device can hold the donor's data.
        let cleared: Bool
        /// When it left the workshop (its move to sold, donated or recycled), nil while it is still there:
        /// the date of the public donor's « attestation de réemploi ».
        var leftAt: Date? = nil
        /// How it was sold, when it was: a public donor's device goes only to a solidarity sale.
        var saleKind: SaleKind? = nil
    }

    let summary: LotSummary
    let entries: [Entry]

    var drives: [Drive] { entries.flatMap(\.drives) }

    /// Some device of the lot may still hold the donor's data (a drive not yet erased, or a device not yet
    /// diagnosed): the report can only be provisional.
    var isProvisional: Bool { entries.contains { !$0.cleared } }

    /// The devices that may still hold data.
    var uncleared: [Entry] { entries.filter { !$0.cleared } }

    /// What became of the lot's kilograms (see `LotOutcomeWeight`).
    var weight: LotOutcomeWeight {
        LotOutcomeWeight.apportion(weightGrams: summary.lot.weightGrams,
                                   devices: entries.map { (category: $0.device.category, stage: $0.device.stage) })
    }

    static func load(_ code: LotCode, from database: any ServiceStore) async throws -> LotDossier {
        guard let summary = try await database.lot(code: code) else { throw StoreError.lotNotFound(code.text) }
        let devices = try await database.devices(matching: DeviceFilter(lot: code, limit: 1_000_000))
        var entries: [Entry] = []
        entries.reserveCapacity(devices.count)
        for device in devices {
            let events = try await database.history(of: device.assetTag)
            var entry = entry(for: device, history: events.map(\.change))
            if device.stage.hasLeftWorkshop {
                entry.leftAt = events.last { event in
                    if case .moved(_, let to, _) = event.change { to == device.stage } else { false }
                }?.occurredAt
            }
            for event in events { if case .sold(_, let kind, _) = event.change { entry.saleKind = kind } }
            try await entry.readDriveDetails(from: database)
            entries.append(entry)
        }
        return LotDossier(summary: summary, entries: entries)
    }

    static func entry(for device: Device, history: [Change]) -> Entry {
        let facts = EventReplay.facts(after: history)
        var latestErasure: [String: (passed: Bool, certificate: String?)] = [:]
        var order = facts.erasure.storageFound
        for change in history {
            switch change {
            case .erasureRecorded(let storage, let passed, let certificate):
                latestErasure[storage] = (passed, certificate)
                if !order.contains(storage) { order.append(storage) }
            case .storageDestroyed(let storage, _):
                if !order.contains(storage) { order.append(storage) }
            default: break
            }
        }
        // A USB stick or card reader is not a disk of the device: the donor report never lists it as one.
        order.removeAll { facts.erasure.removableMedia.contains($0) }
        let drives = order.map { storage -> Drive in
            if facts.erasure.destroyed.contains(storage) { return Drive(storage: storage, state: .destroyed) }
            guard let erasure = latestErasure[storage] else { return Drive(storage: storage, state: .pending) }
            return Drive(storage: storage, state: erasure.passed ? .erased(certificate: erasure.certificate) : .failed(certificate: erasure.certificate))
        }
        return Entry(device: device, drives: drives, hasDiagnosticReport: facts.hasDiagnosticReport,
                     noStorageConfirmed: facts.erasure.noStorageConfirmed, cleared: facts.erasure.isCleared)
    }
}

extension LotDossier.Entry {
    /// Fills each drive's details from its signed certificate, else from the latest hardware report that
    /// lists it. A certificate or report that cannot be read leaves the details empty: the drive is then
    /// named by its key, as before.
    mutating func readDriveDetails(from database: any ServiceStore) async throws {
        guard !drives.isEmpty else { return }
        let report = hasDiagnosticReport ? try await database.latestReport(of: device.assetTag).flatMap { try? HardwareReport.decode(from: $0) } : nil
        // A report recorded before removable media were set apart listed a stick among the drives.
        let media = Set(report?.storage.filter(\.isRemovableMedia).map {
            SerialNumber.key(for: DriveName.of(serial: $0.serialNumber, wwn: $0.wwn, devicePath: $0.devicePath))
        } ?? [])
        drives.removeAll { media.contains($0.storage) }
        for index in drives.indices {
            let key = drives[index].storage
            if let reported = report?.storage.first(where: {
                SerialNumber.key(for: DriveName.of(serial: $0.serialNumber, wwn: $0.wwn, devicePath: $0.devicePath)) == key
            }) {
                drives[index].details.serial = reported.serialNumber.flatMap { $0.isEmpty ? nil : $0 }
                drives[index].details.model = [reported.vendor, reported.model].compactMap { $0 }.joined(separator: " ").nonEmpty
                drives[index].details.capacityBytes = reported.sizeBytes
            }
            guard let id = drives[index].certificate, let (_, body) = try await database.certificate(id: id),
                  let certificate = try? JSONDecoder().decode(ErasureCertificate.self, from: body) else { continue }
            let drive = certificate.drive
            drives[index].details.serial = drive.serial.flatMap { $0.isEmpty ? nil : $0 }
            drives[index].details.model = [drive.vendor, drive.model].compactMap { $0 }.joined(separator: " ").nonEmpty
                ?? drives[index].details.model
            drives[index].details.capacityBytes = drive.visibleCapacityBytes
            drives[index].details.method = certificate.erasure.method
            drives[index].details.erasedAt = ISO8601DateFormatter().date(from: certificate.issuedAt)
            drives[index].details.reference = CertificateReference(certificate)
        }
    }
}

fileprivate extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
