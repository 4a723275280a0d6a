import HostSystem
import RefurbCore

/// One line of `refurb wipe --list`: the disk and whether it would be refused, with the reasons.
public struct DiskListing: Sendable {
    public struct Entry: Sendable {
        public var disk: Disk
        public var refusals: [DiskRefusal]
    }

    public static func entries(root: SystemRoot = .live) -> [Entry] {
        let usage = SystemUsage.read(root: root)
        let inspector = DiskSafetyInspector(root: root)
        return DiskInventory(root: root).disks().map { disk in
            Entry(disk: disk, refusals: inspector.inspect(disk, usage: usage).refusals)
        }
    }
}
