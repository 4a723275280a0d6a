/// Whether a disk is still attached: its sysfs node exists and it still has a size. A USB disk pulled
/// out mid-wipe, or a loop device whose capacity dropped to zero, fails this check, and the wipe ends
/// with a failed certificate instead of retrying forever.
public struct DevicePresence: Sendable {
    public let paths: HostPaths
    public let number: DeviceNumber

    public init(paths: HostPaths, number: DeviceNumber) {
        self.paths = paths
        self.number = number
    }

    public var isPresent: Bool {
        let reader = SysfsReader()
        let base = paths.sys + "/dev/block/\(number)"
        guard reader.exists(base), let sectors = reader.integer(base + "/size") else { return false }
        return sectors > 0
    }
}
