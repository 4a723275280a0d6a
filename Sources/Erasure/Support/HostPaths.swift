/// Where the kernel's views of the machine live. Every reader takes one, so that tests can point it at a
/// fixture tree instead of the live `/sys`, `/proc` and `/dev`.
public struct HostPaths: Sendable, Hashable {
    public var sys: String
    public var proc: String
    public var dev: String
    public var udevData: String
    /// Live paths allow `stat()`/`open()` on device nodes; fixture trees don't.
    public var isLive: Bool

    public init(sys: String, proc: String, dev: String, udevData: String, isLive: Bool) {
        self.sys = sys
        self.proc = proc
        self.dev = dev
        self.udevData = udevData
        self.isLive = isLive
    }

    public static let live = HostPaths(sys: "/sys", proc: "/proc", dev: "/dev", udevData: "/run/udev/data", isLive: true)

    /// A fixture tree laid out as `ROOT/sys`, `ROOT/proc`, `ROOT/dev`, `ROOT/run/udev/data`.
    public static func fixture(root: String) -> HostPaths {
        HostPaths(sys: root + "/sys", proc: root + "/proc", dev: root + "/dev", udevData: root + "/run/udev/data", isLive: false)
    }
}
