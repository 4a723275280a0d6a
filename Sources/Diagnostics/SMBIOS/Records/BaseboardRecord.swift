/// Type 2, Baseboard (motherboard) Information.
public struct BaseboardRecord: Sendable, Equatable {
    public static let type: UInt8 = 2

    public let manufacturer: String?
    public let product: String?
    public let version: String?
    public let serialNumber: String?
    public let assetTag: String?

    init?(_ structure: SMBIOSStructure, warnings: inout WarningLog) {
        guard structure.type == Self.type, structure.length >= 0x08 else { return nil }
        manufacturer = structure.text(0x04, warnings: &warnings)
        product = structure.text(0x05, warnings: &warnings)
        version = structure.text(0x06, warnings: &warnings)
        serialNumber = structure.text(0x07, warnings: &warnings)
        assetTag = structure.length >= 0x09 ? structure.text(0x08, warnings: &warnings) : nil
    }
}
