/// Type 1, System Information: who made the machine, what it is and its serial number.
public struct SystemRecord: Sendable, Equatable {
    public static let type: UInt8 = 1

    public let manufacturer: String?
    public let productName: String?
    public let version: String?
    public let serialNumber: String?
    public let uuid: SMBIOSUUID?
    public let sku: String?
    public let family: String?

    init?(_ structure: SMBIOSStructure, version smbiosVersion: SMBIOSVersion, warnings: inout WarningLog) {
        guard structure.type == Self.type, structure.length >= 0x08 else { return nil }
        manufacturer = structure.text(0x04, warnings: &warnings)
        productName = structure.text(0x05, warnings: &warnings)
        version = structure.text(0x06, warnings: &warnings)
        serialNumber = structure.text(0x07, warnings: &warnings)
        if structure.length >= 0x19 {
            uuid = SMBIOSUUID(bytes: Array(structure.formatted[0x08..<0x18]), version: smbiosVersion)
        } else {
            uuid = nil
        }
        if structure.length >= 0x1B {
            sku = structure.text(0x19, warnings: &warnings)
            family = structure.text(0x1A, warnings: &warnings)
        } else {
            sku = nil
            family = nil
        }
    }
}
