import RefurbCore

/// One entry of `/sys/block` as sysfs describes it, read the same way for the probe (Diagnostics'
/// `BlockDeviceReader`, which reports it) and the wipe (Erasure's `DiskInventory`, which lists and erases it).
/// Values are as the kernel gives them; each reader decides what to show (the probe drops libata's "ATA" vendor
/// and placeholder serials, the certificate keeps them).
public struct BlockDevice: Sendable, Equatable {
    /// The kernel name: "sda", "nvme0n1", "mmcblk0", "loop3".
    public var name: String
    /// The `size` attribute: 512-byte units whatever the disk's own sector size; nil when missing or not a number.
    public var sectors: Int64?
    public var transport: DiskTransport
    /// `device/model`, or `device/name` for SD and MMC cards.
    public var model: String?
    /// `device/vendor` as written: "ATA" for every disk libata drives, a PCI id ("0x144d") for some NVMe.
    public var vendor: String?
    /// `device/serial` (NVMe, MMC), `serial` (virtio), or the unit serial number VPD page (SATA, SCSI).
    public var serial: String?
    /// `wwid` or `device/wwid` as written: "naa.5000c500a1b2c3d4", "eui.0025388b91b1c5e2", "t10.ATA …".
    public var wwid: String?
    /// `device/firmware_rev` (NVMe, MMC) or `device/rev` (SCSI).
    public var firmware: String?
    public var logicalSectorSize: Int?
    public var physicalSectorSize: Int?
    /// `queue/rotational`; nil when absent. Virtual disks report it whatever backs them.
    public var rotational: Bool?
    public var removable: Bool
    public var readOnly: Bool

    /// The size in bytes; nil when `size` is missing, negative or too large to be a disk's.
    public var sizeBytes: UInt64? {
        guard let sectors, sectors >= 0, UInt64(sectors) < UInt64.max / 512 else { return nil }
        return UInt64(sectors) * 512
    }

    /// Reads `sys/block/NAME`; nil when there is no such entry.
    public init?(name: String, root: SystemRoot) {
        let directory = "sys/block/" + name
        guard root.exists(directory) else { return nil }
        self.name = name
        sectors = root.integer(directory + "/size")
        transport = DiskTransport.classify(name: name, devicePath: root.resolved(directory))
        model = root.text(directory + "/device/model") ?? root.text(directory + "/device/name")
        vendor = root.text(directory + "/device/vendor")
        serial = root.text(directory + "/device/serial") ?? root.text(directory + "/serial")
            ?? Self.unitSerial(root: root, directory: directory)
        wwid = root.text(directory + "/wwid") ?? root.text(directory + "/device/wwid")
        firmware = root.text(directory + "/device/firmware_rev") ?? root.text(directory + "/device/rev")
        logicalSectorSize = root.integer(directory + "/queue/logical_block_size").map { Int($0) }
        physicalSectorSize = root.integer(directory + "/queue/physical_block_size").map { Int($0) }
        rotational = root.integer(directory + "/queue/rotational").map { $0 != 0 }
        removable = root.integer(directory + "/removable") == 1
        readOnly = root.integer(directory + "/ro") == 1
    }

    /// The entries of `/sys/block`, in the order people count ("sda" before "sdb", "nvme2n1" before "nvme10n1").
    public static func names(root: SystemRoot) -> [String] {
        root.entries("sys/block")
    }

    /// The kernel names of the disk's partitions ("sda1", "nvme0n1p2"): the folders of `sys/block/NAME` that
    /// have a `partition` attribute.
    public static func partitions(of name: String, root: SystemRoot) -> [String] {
        let directory = "sys/block/" + name
        return root.entries(directory).filter { root.exists(directory + "/" + $0 + "/partition") }
    }

    /// SCSI VPD page 0x80 (unit serial number): a 4-byte header, then the serial in ASCII. This is where a SATA
    /// disk's serial lives in sysfs (libata fills it), so it is there even without udev.
    static func unitSerial(root: SystemRoot, directory: String) -> String? {
        guard case .success(let bytes) = root.readBytes(directory + "/device/vpd_pg80", limit: 4096), bytes.count > 4 else {
            return nil
        }
        let length = Int(bytes[2]) << 8 | Int(bytes[3])
        return PrintableText.trimmed(bytes[4..<min(bytes.count, 4 + length)])
    }
}
