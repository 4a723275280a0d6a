/// Type 0, BIOS Information.
public struct BIOSRecord: Sendable, Equatable {
    public static let type: UInt8 = 0

    public let vendor: String?
    public let version: String?
    public let releaseDate: String?
    /// "major.minor" of the BIOS itself (length ≥ 0x18); absent when the firmware says 0xFF.0xFF.
    public let release: String?

    init?(_ structure: SMBIOSStructure, warnings: inout WarningLog) {
        guard structure.type == Self.type, structure.length >= 0x12 else { return nil }
        vendor = structure.text(0x04, warnings: &warnings)
        version = structure.text(0x05, warnings: &warnings)
        releaseDate = structure.text(0x08, warnings: &warnings)
        if let major = structure.byte(0x14), let minor = structure.byte(0x15), structure.length >= 0x18,
           !(major == 0xFF && minor == 0xFF) {
            release = "\(major).\(minor)"
        } else {
            release = nil
        }
    }
}
