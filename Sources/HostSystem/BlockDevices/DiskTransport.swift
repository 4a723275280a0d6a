/// How a disk is attached, read from where it sits in the device tree: the canonical path of
/// `/sys/block/NAME` runs through its controller ("…/usb2/…", "…/ata1/…", "…/nvme/…", "…/end_device-…").
/// The one classification of Refurb: the probe reports it (how to wipe or remove the disk), the erasure decides
/// with it which firmware commands can reach the drive (ATA commands need a direct SATA link, NVMe commands an
/// NVMe controller; USB bridges often pass neither).
///
/// The raw values are the hardware report's; each document that records a transport keeps its own words for the
/// cases it has always had (`inHardwareReport` in Diagnostics, `certificateName` in Erasure).
public enum DiskTransport: String, Codable, Sendable, CaseIterable {
    case sata
    /// Serial-attached SCSI: a SAS expander's end device or an HBA port in the path.
    case sas
    /// Another SCSI disk ("sd…" behind no bus named above: a RAID controller, a hypervisor's SCSI).
    case scsi
    case nvme
    case usb
    /// SD and MMC cards, eMMC.
    case mmc
    case virtio
    /// A file seen as a disk.
    case loop
    case unknown

    /// `devicePath` is where `/sys/block/NAME` leads (SystemRoot.resolved), nil when it leads nowhere.
    public static func classify(name: String, devicePath: String?) -> DiskTransport {
        let path = devicePath ?? ""
        if name.hasPrefix("loop") { return .loop }
        // USB first: a USB-to-SATA enclosure also goes through SCSI, and is removed, not wiped in place.
        if path.contains("/usb") { return .usb }
        if name.hasPrefix("nvme") || path.contains("/nvme") { return .nvme }
        if name.hasPrefix("mmcblk") || path.contains("/mmc_host/") { return .mmc }
        if name.hasPrefix("vd") || path.contains("/virtio") { return .virtio }
        if path.contains("/ata") { return .sata }
        if path.contains("/end_device-") || path.contains("/port-") { return .sas }
        if name.hasPrefix("sd") { return .scsi }
        return .unknown
    }
}
