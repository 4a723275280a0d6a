import Diagnostics
import Erasure
import RefurbCore

/// A drive of a report or a certificate, named by `DriveName`.
struct DriveKey: Hashable {
    let text: String

    init(reported drive: StorageDevice) {
        text = DriveName.of(serial: drive.serialNumber, wwn: drive.wwn, devicePath: drive.devicePath)
    }

    init(certified drive: ErasureCertificate.Drive) {
        text = DriveName.of(serial: drive.serial, wwn: drive.wwn, devicePath: drive.devicePath)
    }
}
