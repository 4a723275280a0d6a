/// Which disks the bench console may erase: every disk with the safety inspector's refusals, and the disk that
/// holds the bench stick refused above all, whatever else is said of it. Pure, so that the rule is tested on
/// made-up disks; the console reads the disks, their refusals and which one holds the stick.
public enum BenchDiskChoice {
    /// One disk as read: its refusals from `DiskSafetyInspector` and whether it holds the stick.
    public struct Candidate: Sendable {
        public var disk: Disk
        public var refusals: [DiskRefusal]
        public var holdsStick: Bool

        public init(disk: Disk, refusals: [DiskRefusal], holdsStick: Bool) {
            self.disk = disk
            self.refusals = refusals
            self.holdsStick = holdsStick
        }
    }

    /// One disk on the console's screen: erasable when `refusals` is empty.
    public struct Entry: Sendable {
        public var disk: Disk
        public var refusals: [DiskRefusal]
        public var isErasable: Bool { refusals.isEmpty }
    }

    /// The disks in the inventory's order. With `only` (kernel names, from `--disk`), the other disks are left
    /// out of the bench altogether, as if they were not there: never erased, not even listed.
    public static func choose(_ candidates: [Candidate], stickMountPoint: String, only: Set<String>? = nil) -> [Entry] {
        candidates.filter { only?.contains($0.disk.name) ?? true }.map { candidate in
            var refusals = candidate.refusals.filter { $0 != .benchStick(mountPoint: stickMountPoint) }
            if candidate.holdsStick { refusals.insert(.benchStick(mountPoint: stickMountPoint), at: 0) }
            return Entry(disk: candidate.disk, refusals: refusals)
        }
    }
}
