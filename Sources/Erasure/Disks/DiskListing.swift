import RefurbCore

/// One line of `refurb wipe --list`: the disk and whether it would be refused, with the reasons.
public struct DiskListing: Sendable {
    public struct Entry: Sendable {
        public var disk: Disk
        public var refusals: [DiskRefusal]
    }

    public static func entries(paths: HostPaths = .live) -> [Entry] {
        let usage = SystemUsage.read(paths: paths)
        let inspector = DiskSafetyInspector(paths: paths)
        return DiskInventory(paths: paths).disks().map { disk in
            Entry(disk: disk, refusals: inspector.inspect(disk, usage: usage).refusals)
        }
    }
}
