/// How a disk is attached. It decides which firmware commands can reach the drive: ATA commands need a
/// direct SATA link, NVMe commands an NVMe controller; USB bridges often pass neither.
public enum Transport: String, Codable, Sendable, CaseIterable {
    case sata
    case sas
    case nvme
    case usb
    case mmc
    case virtio
    case loop
    case other
}
