import Diagnostics
import Foundation
import RefurbCore
import RefurbStore

/// Where a removable medium found plugged into a device went, for the API, the bench page and
/// `refurb device storage removable`: the drive must be a removable medium (USB, or marked removable) in
/// the device's latest report, so that none of the device's own drives is ever set apart instead of erased.
public enum RemovableMediaRecording {
    public static func record(_ tag: AssetTag, storage: String, disposition: String?, reason: String?,
                              in database: any BenchRecordStore, actor: Actor, at date: Date) async throws -> Device {
        let chosen = try check(storage: storage, disposition: disposition, reportJSON: try await database.latestReport(of: tag))
        return try await database.setRemovableMedia(tag, storage: storage, disposition: chosen, reason: reason ?? "", actor: actor, at: date)
    }

    /// The disposition typed, once the drive is found to be a removable medium of the device's latest report
    /// (as received, JSON); `refurb device storage removable` asks it on its own engine too.
    public static func check(storage: String, disposition: String?, reportJSON: Data?) throws -> RemovableMediaDisposition {
        guard let chosen = disposition.flatMap(RemovableMediaDisposition.init(rawValue:)) else {
            throw StoreError.invalidInput(Message("store.removableDispositionUnknown", disposition ?? "",
                                                  RemovableMediaDisposition.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let key = SerialNumber.key(for: storage)
        let report = reportJSON.flatMap { try? HardwareReport.decode(from: $0) }
        guard let drive = report?.storage.first(where: { SerialNumber.key(for: DriveKey(reported: $0).text) == key }) else {
            throw StoreError.invalidInput(Message("store.removableUnknown", storage))
        }
        guard drive.isRemovableMedia else { throw StoreError.invalidInput(Message("store.removableNotRemovable", storage)) }
        return chosen
    }
}
