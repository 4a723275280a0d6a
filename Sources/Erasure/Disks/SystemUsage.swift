import Foundation
import Glibc
import HostSystem

/// What the running system is using right now: mounted block devices, swap devices, and the device that
/// holds the root filesystem. Read from procfs in one go, before any decision about a disk.
public struct SystemUsage: Sendable {
    public struct Mount: Sendable, Hashable {
        public var device: DeviceNumber
        public var mountPoint: String
        public var source: String
    }

    public var mounts: [Mount]
    public var swapDevices: [DeviceNumber: String]
    public var rootDevice: DeviceNumber?

    public static func read(root: SystemRoot = .live) -> SystemUsage {
        var mounts: [Mount] = []
        for line in (try? root.lines("proc/self/mountinfo").get()) ?? [] {
            guard let mount = parseMountInfoLine(String(line), root: root) else { continue }
            mounts.append(mount)
        }
        var swaps: [DeviceNumber: String] = [:]
        for line in ((try? root.lines("proc/swaps").get()) ?? []).dropFirst() {
            guard let file = line.split(separator: " ", omittingEmptySubsequences: true).first.map(String.init),
                  let number = deviceNumber(ofNode: unescape(file), root: root) else { continue }
            swaps[number] = unescape(file)
        }
        let root = mounts.last { $0.mountPoint == "/" }?.device
        return SystemUsage(mounts: mounts, swapDevices: swaps, rootDevice: root)
    }

    /// One line of /proc/self/mountinfo: "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw".
    /// Anonymous devices (btrfs subvolumes, overlay) are mapped through their source path when it is a /dev node.
    static func parseMountInfoLine(_ line: String, root: SystemRoot) -> Mount? {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard fields.count >= 5, var number = DeviceNumber(fields[2]),
              let separator = fields.firstIndex(of: "-"), separator + 2 < fields.count else { return nil }
        let source = unescape(fields[separator + 2])
        if number.isAnonymous {
            guard source.hasPrefix("/dev/"), let resolved = deviceNumber(ofNode: source, root: root) else { return nil }
            number = resolved
        }
        return Mount(device: number, mountPoint: unescape(fields[4]), source: source)
    }

    /// The device number behind a /dev path: stat() when live, the sysfs `dev` attribute of the same name otherwise.
    static func deviceNumber(ofNode path: String, root: SystemRoot) -> DeviceNumber? {
        if root.isLive {
            var status = stat()
            guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFBLK else { return nil }
            return DeviceNumber(rawDevice: UInt64(status.st_rdev))
        }
        let name = (path as NSString).lastPathComponent
        return root.text("sys/class/block/" + name + "/dev").flatMap(DeviceNumber.init)
    }

    /// procfs escapes spaces and tabs in paths as octal (\040).
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var iterator = Array(text.unicodeScalars)[...]
        while let scalar = iterator.popFirst() {
            if scalar == "\\", iterator.count >= 3, let code = UInt8(String(String.UnicodeScalarView(iterator.prefix(3))), radix: 8) {
                result.unicodeScalars.append(Unicode.Scalar(code))
                iterator = iterator.dropFirst(3)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
