/// Type 3, System Enclosure or Chassis: the type code tells a laptop from a tower.
public struct ChassisRecord: Sendable, Equatable {
    public static let type: UInt8 = 3

    public let manufacturer: String?
    public let chassisType: ChassisType
    public let isLocked: Bool
    public let version: String?
    public let serialNumber: String?
    public let assetTag: String?
    /// SMBIOS 2.7+: after the contained elements, so its offset depends on their count and size.
    public let sku: String?

    init?(_ structure: SMBIOSStructure, warnings: inout WarningLog) {
        guard structure.type == Self.type, structure.length >= 0x09, let typeByte = structure.byte(0x05) else { return nil }
        manufacturer = structure.text(0x04, warnings: &warnings)
        // Bit 7 is the lock bit, the type is in bits 6:0 (dmidecode and the kernel mask it the same way).
        chassisType = ChassisType(code: typeByte & 0x7F)
        isLocked = typeByte & 0x80 != 0
        version = structure.text(0x06, warnings: &warnings)
        serialNumber = structure.text(0x07, warnings: &warnings)
        assetTag = structure.text(0x08, warnings: &warnings)
        if let elementCount = structure.byte(0x13), let elementSize = structure.byte(0x14) {
            let skuOffset = 0x15 + Int(elementCount) * Int(elementSize)
            sku = structure.length >= skuOffset + 1 ? structure.text(skuOffset, warnings: &warnings) : nil
        } else {
            sku = nil
        }
    }
}
