import HostSystem

/// Whether a disk is still attached: its sysfs node exists and it still has a size. A USB disk pulled
/// out mid-wipe, or a loop device whose capacity dropped to zero, fails this check, and the wipe ends
/// with a failed certificate instead of retrying forever.
public struct DevicePresence: Sendable {
    public let root: SystemRoot
    public let number: DeviceNumber

    public init(root: SystemRoot, number: DeviceNumber) {
        self.root = root
        self.number = number
    }

    public var isPresent: Bool {
        let base = "sys/dev/block/\(number)"
        guard root.exists(base), let sectors = root.integer(base + "/size") else { return false }
        return sectors > 0
    }
}
