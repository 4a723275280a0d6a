/// Type 16, Physical Memory Array: how much memory the board takes and in how many slots.
public struct MemoryArrayRecord: Sendable, Equatable {
    public static let type: UInt8 = 16

    public let handle: UInt16
    /// 3 is system memory; others (video, flash, cache…) are not RAM a buyer cares about.
    public let use: UInt8
    public let maximumCapacityBytes: UInt64?
    public let numberOfDevices: Int

    public var isSystemMemory: Bool { use == 0x03 }

    init?(_ structure: SMBIOSStructure) {
        guard structure.type == Self.type, structure.length >= 0x0F,
              let use = structure.byte(0x05), let capacity = structure.doubleWord(0x07), let devices = structure.word(0x0D)
        else { return nil }
        handle = structure.handle
        self.use = use
        numberOfDevices = Int(devices)
        // In KiB, or 0x8000_0000 meaning "see the extended capacity in bytes at 0x0F" (length ≥ 0x17).
        if capacity == 0x8000_0000 {
            maximumCapacityBytes = structure.length >= 0x17 ? structure.quadWord(0x0F).flatMap { $0 == 0 ? nil : $0 } : nil
        } else {
            maximumCapacityBytes = capacity == 0 ? nil : UInt64(capacity) * 1024
        }
    }
}
