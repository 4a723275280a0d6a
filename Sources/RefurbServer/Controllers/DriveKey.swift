import Diagnostics
import Erasure

/// How a drive is named when reports and certificates are matched: its serial, else its WWN, else
/// where it sat in the machine. The probe and the wiping station see the same drive the same way.
struct DriveKey: Hashable {
    let text: String

    init(reported drive: StorageDevice) {
        text = Self.choose(serial: drive.serialNumber, wwn: drive.wwn, path: drive.devicePath)
    }

    init(certified drive: ErasureCertificate.Drive) {
        text = Self.choose(serial: drive.serial, wwn: drive.wwn, path: drive.devicePath)
    }

    private static func choose(serial: String?, wwn: String?, path: String) -> String {
        if let serial, !serial.isEmpty { return serial }
        if let wwn, !wwn.isEmpty { return wwn }
        return "path:" + path
    }
}
