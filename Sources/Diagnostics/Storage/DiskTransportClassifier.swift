/// Tells how a disk is attached from where it sits in the device tree: the canonical path of
/// `/sys/block/NAME` runs through the controller ("…/usb2/…", "…/ata1/…", "…/nvme/…").
enum DiskTransportClassifier {
    static func transport(name: String, devicePath: String?) -> DiskTransport {
        let path = devicePath ?? ""
        // USB first: a USB-to-SATA enclosure also goes through SCSI, and is removed, not wiped in place.
        if path.contains("/usb") { return .usb }
        if name.hasPrefix("nvme") || path.contains("/nvme") { return .nvme }
        if name.hasPrefix("mmcblk") || path.contains("/mmc_host/") { return .mmc }
        if name.hasPrefix("vd") || path.contains("/virtio") { return .virtio }
        if path.contains("/ata") { return .sata }
        if name.hasPrefix("sd") { return .scsi }
        return .unknown
    }
}
