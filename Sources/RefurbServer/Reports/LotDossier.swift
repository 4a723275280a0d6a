import Foundation
import RefurbCore
import RefurbStore

/// A lot with each of its devices and what became of each drive: the content of the lot's page and of
/// the donor report. Drives and their erasures come from each device's history, the same facts the
/// lifecycle rules read, so the report says exactly what allowed a device to leave.
struct LotDossier {
    struct Drive {
        enum State {
            case erased(certificate: String?)
            case failed(certificate: String?)
            case destroyed
            /// Found by the probe, with neither an erasure nor a destruction on record.
            case pending
        }

        /// The drive's serial as the store compares it.
        let storage: String
        let state: State

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
        let drives: [Drive]
        let hasDiagnosticReport: Bool
        let noStorageConfirmed: Bool
        /// Nothing left on the device can hold the donor's data.
        let cleared: Bool
    }

    let summary: LotSummary
    let entries: [Entry]

    var drives: [Drive] { entries.flatMap(\.drives) }

    static func load(_ code: LotCode, from database: AppDatabase) throws -> LotDossier {
        guard let summary = try database.lot(code: code) else { throw StoreError.lotNotFound(code.text) }
        let devices = try database.devices(matching: DeviceFilter(lot: code, limit: 1_000_000))
        let entries = try devices.map { device in
            entry(for: device, history: try database.history(of: device.assetTag).map(\.change))
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
        let drives = order.map { storage -> Drive in
            if facts.erasure.destroyed.contains(storage) { return Drive(storage: storage, state: .destroyed) }
            guard let erasure = latestErasure[storage] else { return Drive(storage: storage, state: .pending) }
            return Drive(storage: storage, state: erasure.passed ? .erased(certificate: erasure.certificate) : .failed(certificate: erasure.certificate))
        }
        return Entry(device: device, drives: drives, hasDiagnosticReport: facts.hasDiagnosticReport,
                     noStorageConfirmed: facts.erasure.noStorageConfirmed, cleared: facts.erasure.isCleared)
    }
}
