/// A block device's kernel identity (major:minor), the one thing that names a device unambiguously
/// whatever path or symlink was used to reach it.
public struct DeviceNumber: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    public let major: UInt32
    public let minor: UInt32

    public init(major: UInt32, minor: UInt32) {
        self.major = major
        self.minor = minor
    }

    /// Parses the "8:0" form used by sysfs `dev` files and mountinfo.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":")
        guard parts.count == 2, let major = UInt32(parts[0]), let minor = UInt32(parts[1]) else { return nil }
        self.init(major: major, minor: minor)
    }

    /// Splits a `dev_t` as glibc's gnu_dev_major/gnu_dev_minor do (those are macros Swift can't import).
    public init(rawDevice: UInt64) {
        self.major = UInt32(truncatingIfNeeded: ((rawDevice >> 8) & 0xFFF) | ((rawDevice >> 32) & ~0xFFF))
        self.minor = UInt32(truncatingIfNeeded: (rawDevice & 0xFF) | ((rawDevice >> 12) & ~0xFF))
    }

    public var description: String { "\(major):\(minor)" }

    /// Major 0 is the kernel's "anonymous" device (tmpfs, overlay, btrfs subvolumes): no disk behind it.
    public var isAnonymous: Bool { major == 0 }

    public static func < (lhs: DeviceNumber, rhs: DeviceNumber) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}

import Foundation
