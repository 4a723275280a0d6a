/// Bounds-checked little-endian reads. Firmware tables, EDID blocks and dumps are untrusted input:
/// every read that would run past the end answers nil instead of trapping.
extension Collection where Element == UInt8, Index == Int {
    /// The byte at `offset` counted from the start of this collection (slices keep their parent's indices).
    func byte(at offset: Int) -> UInt8? {
        guard offset >= 0, offset < count else { return nil }
        return self[startIndex + offset]
    }

    func littleEndianUInt16(at offset: Int) -> UInt16? {
        littleEndianInteger(at: offset, size: 2).map { UInt16(truncatingIfNeeded: $0) }
    }

    func littleEndianUInt32(at offset: Int) -> UInt32? {
        littleEndianInteger(at: offset, size: 4).map { UInt32(truncatingIfNeeded: $0) }
    }

    func littleEndianUInt64(at offset: Int) -> UInt64? {
        littleEndianInteger(at: offset, size: 8)
    }

    private func littleEndianInteger(at offset: Int, size: Int) -> UInt64? {
        guard offset >= 0, size <= count, offset <= count - size else { return nil }
        var value: UInt64 = 0
        for position in (0..<size).reversed() {
            value = value << 8 | UInt64(self[startIndex + offset + position])
        }
        return value
    }

    /// The 8-bit sum of the first `length` bytes, which SMBIOS and EDID require to be zero.
    func checksumIsValid(length: Int) -> Bool {
        guard length > 0, length <= count else { return false }
        var sum: UInt8 = 0
        for index in startIndex..<(startIndex + length) {
            sum &+= self[index]
        }
        return sum == 0
    }

    /// True when the bytes at `offset` spell `anchor` in ASCII.
    func hasASCII(_ anchor: String, at offset: Int) -> Bool {
        let expected = Array(anchor.utf8)
        guard offset >= 0, expected.count <= count, offset <= count - expected.count else { return false }
        for (position, byte) in expected.enumerated() where self[startIndex + offset + position] != byte {
            return false
        }
        return true
    }
}
