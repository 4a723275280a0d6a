/// The small header that says where the SMBIOS structure table is, how long it is and which
/// specification it follows. Three formats exist: `_SM3_` (64-bit, SMBIOS 3), `_SM_` (SMBIOS 2.1+,
/// with an embedded `_DMI_` intermediate anchor) and the legacy bare `_DMI_` of pre-2.1 firmware.
public struct SMBIOSEntryPoint: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case smbios3 = "_SM3_"
        case smbios2 = "_SM_"
        case legacyDMI = "_DMI_"
    }

    public let kind: Kind
    public let version: SMBIOSVersion
    /// Where the table starts: a physical address in firmware, an offset in a `--dump-bin` file.
    public let tableAddress: UInt64
    /// Exact length for `_SM_` and `_DMI_`; only a maximum for `_SM3_`, whose table may be shorter.
    public let tableLength: Int
    /// The announced number of structures; SMBIOS 3 has none and ends at type 127.
    public let structureCount: Int?
    /// False when a checksum does not add up. We still decode (every read is bounds-checked) and warn.
    public let checksumsValid: Bool
    /// The version as announced, when dmidecode's fixup table replaced it.
    public let announcedVersion: SMBIOSVersion?

    public enum ParseError: Error, Equatable, Sendable {
        case noAnchor
        case truncated(Kind)
        case missingIntermediateAnchor
    }

    public static func parse(_ bytes: some Collection<UInt8>) throws(ParseError) -> SMBIOSEntryPoint {
        let bytes = Array(bytes)
        if bytes.hasASCII("_SM3_", at: 0) { return try parseSMBIOS3(bytes) }
        if bytes.hasASCII("_SM_", at: 0) { return try parseSMBIOS2(bytes) }
        if bytes.hasASCII("_DMI_", at: 0) { return try parseLegacy(bytes) }
        throw .noAnchor
    }

    /// `_SM3_`: length at 0x06 (0x18), version at 0x07–0x09, maximum table size at 0x0C, address at 0x10.
    private static func parseSMBIOS3(_ bytes: [UInt8]) throws(ParseError) -> SMBIOSEntryPoint {
        guard let declaredLength = bytes.byte(at: 0x06),
              let major = bytes.byte(at: 0x07), let minor = bytes.byte(at: 0x08), let revision = bytes.byte(at: 0x09),
              let maximumSize = bytes.littleEndianUInt32(at: 0x0C),
              let address = bytes.littleEndianUInt64(at: 0x10)
        else { throw .truncated(.smbios3) }
        let checksumLength = max(Int(declaredLength), 0x18)
        return SMBIOSEntryPoint(
            kind: .smbios3,
            version: SMBIOSVersion(major: major, minor: minor, revision: revision),
            tableAddress: address,
            tableLength: Int(maximumSize),
            structureCount: nil,
            checksumsValid: declaredLength >= 0x18 && bytes.checksumIsValid(length: checksumLength),
            announcedVersion: nil
        )
    }

    /// `_SM_`: length at 0x05 (0x1F, or 0x1E from a mistake in SMBIOS 2.1), version at 0x06/0x07, then
    /// the `_DMI_` intermediate anchor at 0x10 with its own checksum over 15 bytes.
    private static func parseSMBIOS2(_ bytes: [UInt8]) throws(ParseError) -> SMBIOSEntryPoint {
        guard let declaredLength = bytes.byte(at: 0x05),
              let major = bytes.byte(at: 0x06), let minor = bytes.byte(at: 0x07),
              let tableLength = bytes.littleEndianUInt16(at: 0x16),
              let address = bytes.littleEndianUInt32(at: 0x18),
              let count = bytes.littleEndianUInt16(at: 0x1C)
        else { throw .truncated(.smbios2) }
        guard bytes.hasASCII("_DMI_", at: 0x10) else { throw .missingIntermediateAnchor }
        let lengthIsPlausible = declaredLength >= 0x1E && declaredLength <= 0x20
        let announced = SMBIOSVersion(major: major, minor: minor)
        let fixed = announced.fixedUp()
        return SMBIOSEntryPoint(
            kind: .smbios2,
            version: fixed ?? announced,
            tableAddress: UInt64(address),
            tableLength: Int(tableLength),
            structureCount: Int(count),
            checksumsValid: lengthIsPlausible
                && bytes.checksumIsValid(length: Int(declaredLength))
                && bytes[0x10...].checksumIsValid(length: 0x0F),
            announcedVersion: fixed == nil ? nil : announced
        )
    }

    /// Legacy `_DMI_` (15 bytes): checksum over 15 bytes, table length at 0x06, address at 0x08, count at
    /// 0x0C and the version as BCD at 0x0E.
    private static func parseLegacy(_ bytes: [UInt8]) throws(ParseError) -> SMBIOSEntryPoint {
        guard let tableLength = bytes.littleEndianUInt16(at: 0x06),
              let address = bytes.littleEndianUInt32(at: 0x08),
              let count = bytes.littleEndianUInt16(at: 0x0C),
              let bcdRevision = bytes.byte(at: 0x0E)
        else { throw .truncated(.legacyDMI) }
        return SMBIOSEntryPoint(
            kind: .legacyDMI,
            version: SMBIOSVersion(major: bcdRevision >> 4, minor: bcdRevision & 0x0F),
            tableAddress: UInt64(address),
            tableLength: Int(tableLength),
            structureCount: Int(count),
            checksumsValid: bytes.checksumIsValid(length: 0x0F),
            announcedVersion: nil
        )
    }
}
