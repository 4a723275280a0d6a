import HostSystem

/// What kind of storage the disk is, as the sanitisation standards (NIST SP 800-88, IEEE 2883) classify it:
/// each kind has its own way of being erased properly.
public enum MediaType: String, Codable, Sendable, CaseIterable {
    case hdd
    case sataSSD = "sata-ssd"
    case nvme
    /// USB sticks and drives behind USB bridges.
    case usb
    /// SD and MMC cards.
    case sd
    /// Loop devices and virtual disks: no physical medium of their own.
    case virtual
    case other

    public static func classify(transport: DiskTransport, rotational: Bool) -> MediaType {
        switch transport {
        case .nvme: .nvme
        case .usb: .usb
        case .mmc: .sd
        case .loop, .virtio: .virtual
        case .sata: rotational ? .hdd : .sataSSD
        case .sas, .scsi, .unknown: rotational ? .hdd : .other
        }
    }
}
