/// Which entries of `/sys/block` are disks a donor could have left data on. Loop, RAM, zram and
/// device-mapper devices are views of other storage; optical drives hold no donor data we erase.
enum BlockDeviceFilter {
    static let virtualPrefixes = ["loop", "ram", "zram", "dm-", "md", "nbd", "zd", "sr", "fd", "drbd", "rbd"]

    enum Decision: Equatable {
        case disk
        case skipped
        case optical
    }

    static func decide(name: String, root: SystemRoot) -> Decision {
        if name.hasPrefix("sr") { return .optical }
        if virtualPrefixes.contains(where: name.hasPrefix) { return .skipped }
        // eMMC boot and RPMB areas are parts of the same chip, not separate disks.
        if name.hasPrefix("mmcblk") && (name.contains("boot") || name.contains("rpmb")) { return .skipped }
        let directory = "sys/block/" + name
        // Anything without a backing device is a virtual block device we do not know by name.
        guard root.exists(directory + "/device") else { return .skipped }
        // SCSI peripheral type 5 is a CD/DVD drive, whatever its name.
        if root.text(directory + "/device/type") == "5" { return .optical }
        return .disk
    }
}
