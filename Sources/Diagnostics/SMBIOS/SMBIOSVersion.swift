/// An SMBIOS specification version as the entry point announces it (after dmidecode's fixups).
public struct SMBIOSVersion: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let major: UInt8
    public let minor: UInt8
    /// Only SMBIOS 3 entry points carry a documentation revision.
    public let revision: UInt8?

    public init(major: UInt8, minor: UInt8, revision: UInt8? = nil) {
        self.major = major
        self.minor = minor
        self.revision = revision
    }

    public static func < (lhs: SMBIOSVersion, rhs: SMBIOSVersion) -> Bool {
        (lhs.major, lhs.minor, lhs.revision ?? 0) < (rhs.major, rhs.minor, rhs.revision ?? 0)
    }

    public var description: String {
        revision.map { "\(major).\(minor).\($0)" } ?? "\(major).\(minor)"
    }

    /// Some firmware announced versions that never existed; dmidecode (`dmi_fixup_version`) maps them
    /// to the version they meant. The VMware dump in the corpus announces 2.31.
    func fixedUp() -> SMBIOSVersion? {
        switch (major, minor) {
        case (2, 0x1F), (2, 0x21): SMBIOSVersion(major: 2, minor: 3)
        case (2, 0x33): SMBIOSVersion(major: 2, minor: 6)
        default: nil
        }
    }
}
