/// Type 22, Portable Battery: the design capacity the firmware knows. It never tells the current
/// capacity, so it only backs up what `/sys/class/power_supply` says.
public struct PortableBatteryRecord: Codable, Sendable, Equatable {
    public static let type: UInt8 = 22

    public let location: String?
    public let manufacturer: String?
    public let deviceName: String?
    public let chemistry: String?
    public let designCapacityMilliwattHours: Int?
    public let designVoltageMillivolts: Int?

    init?(_ structure: SMBIOSStructure, warnings: inout WarningLog) {
        guard structure.type == Self.type, structure.length >= 0x10 else { return nil }
        location = structure.text(0x04, warnings: &warnings)
        manufacturer = structure.text(0x05, warnings: &warnings)
        deviceName = structure.text(0x08, warnings: &warnings)
        let chemistryCode = structure.byte(0x09) ?? 0
        if chemistryCode == 0x02, structure.length >= 0x1A {
            // "Unknown" in the formatted area means "see the Smart Battery Data Specification string".
            chemistry = structure.text(0x14, warnings: &warnings)
        } else {
            chemistry = Self.chemistryNames[chemistryCode]
        }
        // Capacity × multiplier (length ≥ 0x16, else ×1); 0 is unknown.
        let multiplier = structure.length >= 0x16 ? Int(structure.byte(0x15) ?? 1) : 1
        let capacity = Int(structure.word(0x0A) ?? 0) * max(multiplier, 1)
        designCapacityMilliwattHours = capacity == 0 ? nil : capacity
        designVoltageMillivolts = structure.word(0x0C).flatMap { $0 == 0 ? nil : Int($0) }
    }

    static let chemistryNames: [UInt8: String] = [
        0x01: "Other", 0x02: "Unknown", 0x03: "Lead Acid", 0x04: "Nickel Cadmium", 0x05: "Nickel metal hydride",
        0x06: "Lithium Ion", 0x07: "Zinc air", 0x08: "Lithium Polymer",
    ]
}
