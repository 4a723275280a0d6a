/// Type 4, Processor Information: one per socket, populated or not.
public struct ProcessorRecord: Sendable, Equatable {
    public static let type: UInt8 = 4

    public let socket: String?
    public let manufacturer: String?
    /// The model string, e.g. "Intel(R) Core(TM)2 Duo CPU T7500 @ 2.20GHz".
    public let version: String?
    public let maxSpeedMHz: Int?
    public let currentSpeedMHz: Int?
    public let isPopulated: Bool
    public let coreCount: Int?
    public let threadCount: Int?

    init?(_ structure: SMBIOSStructure, warnings: inout WarningLog) {
        guard structure.type == Self.type, structure.length >= 0x1A else { return nil }
        socket = structure.text(0x04, warnings: &warnings)
        manufacturer = structure.text(0x07, warnings: &warnings)
        version = structure.text(0x10, warnings: &warnings)
        maxSpeedMHz = structure.word(0x14).flatMap { $0 == 0 ? nil : Int($0) }
        currentSpeedMHz = structure.word(0x16).flatMap { $0 == 0 ? nil : Int($0) }
        isPopulated = (structure.byte(0x18) ?? 0) & 0x40 != 0
        // Counts exist from length 0x28; 0xFF means "see the 16-bit field" (length 0x2C/0x30), 0 unknown.
        if structure.length >= 0x28 {
            coreCount = Self.count(byte: structure.byte(0x23), wide: structure.length >= 0x2C ? structure.word(0x2A) : nil)
            threadCount = Self.count(byte: structure.byte(0x25), wide: structure.length >= 0x30 ? structure.word(0x2E) : nil)
        } else {
            coreCount = nil
            threadCount = nil
        }
    }

    private static func count(byte: UInt8?, wide: UInt16?) -> Int? {
        guard let byte, byte != 0 else { return nil }
        if byte == 0xFF, let wide, wide != 0, wide != 0xFFFF { return Int(wide) }
        return Int(byte)
    }
}
