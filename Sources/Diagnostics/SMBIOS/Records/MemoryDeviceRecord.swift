/// Type 17, Memory Device: one per slot, with or without a module in it.
public struct MemoryDeviceRecord: Sendable, Equatable {
    public static let type: UInt8 = 17

    public enum Size: Sendable, Equatable {
        case empty
        case unknown
        case bytes(UInt64)
    }

    public let handle: UInt16
    public let arrayHandle: UInt16
    public let size: Size
    public let formFactor: UInt8?
    public let locator: String?
    public let bankLocator: String?
    public let memoryType: UInt8?
    public let speedMTs: Int?
    public let configuredSpeedMTs: Int?
    public let manufacturer: String?
    public let serialNumber: String?
    public let partNumber: String?

    init?(_ structure: SMBIOSStructure, warnings: inout WarningLog) {
        guard structure.type == Self.type, structure.length >= 0x15,
              let arrayHandle = structure.word(0x04), let sizeCode = structure.word(0x0C)
        else { return nil }
        handle = structure.handle
        self.arrayHandle = arrayHandle
        size = Self.size(code: sizeCode, extended: structure.length >= 0x20 ? structure.doubleWord(0x1C) : nil)
        formFactor = structure.byte(0x0E)
        locator = structure.text(0x10, warnings: &warnings)
        bankLocator = structure.text(0x11, warnings: &warnings)
        memoryType = structure.byte(0x12)
        speedMTs = structure.length >= 0x17
            ? Self.speed(code: structure.word(0x15), extended: structure.length >= 0x5C ? structure.doubleWord(0x54) : nil)
            : nil
        configuredSpeedMTs = structure.length >= 0x22
            ? Self.speed(code: structure.word(0x20), extended: structure.length >= 0x5C ? structure.doubleWord(0x58) : nil)
            : nil
        if structure.length >= 0x1B {
            manufacturer = structure.text(0x17, warnings: &warnings)
            serialNumber = structure.text(0x18, warnings: &warnings)
            partNumber = structure.text(0x1A, warnings: &warnings)
        } else {
            manufacturer = nil
            serialNumber = nil
            partNumber = nil
        }
    }

    /// 0 is an empty slot, 0xFFFF unknown; bit 15 set means KiB, else MiB; 0x7FFF means the real size
    /// is the extended DWORD at 0x1C in MiB (bits 30:0), present from length 0x20 (dmidecode's rule).
    static func size(code: UInt16, extended: UInt32?) -> Size {
        switch code {
        case 0: return .empty
        case 0xFFFF: return .unknown
        case 0x7FFF:
            guard let extended else { return .unknown }
            return .bytes(UInt64(extended & 0x7FFF_FFFF) << 20)
        default:
            let value = UInt64(code & 0x7FFF)
            return .bytes(code & 0x8000 != 0 ? value << 10 : value << 20)
        }
    }

    /// 0 is unknown; 0xFFFF means the extended DWORD holds the speed (length ≥ 0x5C).
    static func speed(code: UInt16?, extended: UInt32?) -> Int? {
        guard let code, code != 0 else { return nil }
        if code == 0xFFFF {
            guard let extended, extended != 0 else { return nil }
            return Int(extended)
        }
        return Int(code)
    }
}
