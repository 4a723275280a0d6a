/// What an entry of `/sys/block` is, before anything else is read of it. Loop, RAM, zram and device-mapper
/// devices are views of other storage; optical drives hold no donor data we erase. The probe reports the disks
/// and names the optical drives it skipped; the wipe lists the disks and the loop devices.
public enum BlockDeviceKind: Equatable, Sendable {
    /// A disk of its own: what a donor's data can be on.
    case disk
    /// A CD or DVD drive.
    case optical
    /// A file seen as a disk: not hardware (the probe leaves it out), but erasable (the wipe's own tests).
    case loop
    /// RAM, zram, md/dm composites, network and ZFS volumes, floppies, an eMMC's boot and RPMB areas, or a block
    /// device with no backing device: never a disk in its own right.
    case virtual

    static let virtualPrefixes = ["ram", "zram", "dm-", "md", "nbd", "zd", "fd", "drbd", "rbd"]

    /// Decides from the name and, for what the name does not settle, from `sys/block/NAME/device`.
    public static func of(_ name: String, root: SystemRoot) -> BlockDeviceKind {
        if name.hasPrefix("sr") { return .optical }
        if name.hasPrefix("loop") { return .loop }
        if virtualPrefixes.contains(where: name.hasPrefix) { return .virtual }
        // eMMC boot and RPMB areas are parts of the same chip, not separate disks.
        if name.hasPrefix("mmcblk") && (name.contains("boot") || name.contains("rpmb")) { return .virtual }
        let directory = "sys/block/" + name
        // Anything without a backing device is a virtual block device we do not know by name.
        guard root.exists(directory + "/device") else { return .virtual }
        // SCSI peripheral type 5 is a CD/DVD drive, whatever its name.
        if root.text(directory + "/device/type") == "5" { return .optical }
        return .disk
    }
}
