/// Type 19, Memory Array Mapped Address: the address ranges RAM occupies, a cross-check on module sizes.
public struct MappedAddressRecord: Sendable, Equatable {
    public static let type: UInt8 = 19

    public let arrayHandle: UInt16
    public let sizeBytes: UInt64

    init?(_ structure: SMBIOSStructure) {
        guard structure.type == Self.type, structure.length >= 0x0F,
              let start = structure.doubleWord(0x04), let end = structure.doubleWord(0x08),
              let arrayHandle = structure.word(0x0C)
        else { return nil }
        self.arrayHandle = arrayHandle
        // Addresses in KiB, or 0xFFFF_FFFF meaning "see the 64-bit byte addresses" (length ≥ 0x1F).
        if start == 0xFFFF_FFFF {
            guard structure.length >= 0x1F,
                  let extendedStart = structure.quadWord(0x0F), let extendedEnd = structure.quadWord(0x17),
                  extendedEnd >= extendedStart, extendedEnd != UInt64.max
            else { return nil }
            sizeBytes = extendedEnd - extendedStart + 1
        } else {
            guard end >= start else { return nil }
            sizeBytes = (UInt64(end) - UInt64(start) + 1) << 10
        }
    }
}
