@testable import Erasure
import Testing

@Suite struct ChunkComparatorTests {
    let stream = AESCounterStream(keyBytes: (0..<32).map { UInt8($0) }, initialCounter: [UInt8](repeating: 7, count: 16))

    /// The expected bytes are regenerated slice by slice: a chunk larger than a slice, at an offset other
    /// than zero, must compare equal to the stream, and corrupted sectors on either side of a slice
    /// boundary must be located exactly.
    @Test func locatesCorruptedSectorsAcrossSliceBoundaries() {
        let offset: UInt64 = 3 << 20
        let length = 2 * ChunkComparator.sliceSize + 4096
        var bytes = [UInt8](repeating: 0, count: length)
        bytes.withUnsafeMutableBytes { stream.fill($0, deviceOffset: offset) }
        let comparator = ChunkComparator(content: .pattern(stream), sectorSize: 512)
        let range = ByteRange(offset: offset, length: UInt64(length))
        #expect(bytes.withUnsafeBytes { comparator.mismatches(range, read: $0) }.isEmpty)

        let boundary = ChunkComparator.sliceSize
        bytes[boundary - 1] ^= 1   // last sector of the first slice
        bytes[boundary] ^= 1       // first sector of the second slice
        bytes[length - 1] ^= 1     // the short last slice
        let found = bytes.withUnsafeBytes { comparator.mismatches(range, read: $0) }
        #expect(found == [
            ByteRange(offset: offset + UInt64(boundary - 512), length: 1024),
            ByteRange(offset: offset + UInt64(length - 512), length: 512),
        ])
    }

    @Test func constantPatternComparesEverySlice() {
        var bytes = [UInt8](repeating: 0, count: 3 * ChunkComparator.sliceSize)
        let comparator = ChunkComparator(content: .pattern(ZeroPattern()), sectorSize: 4096)
        let range = ByteRange(offset: 0, length: UInt64(bytes.count))
        #expect(bytes.withUnsafeBytes { comparator.mismatches(range, read: $0) }.isEmpty)
        bytes[2 * ChunkComparator.sliceSize + 5000] = 0xAA
        #expect(bytes.withUnsafeBytes { comparator.mismatches(range, read: $0) } == [
            ByteRange(offset: UInt64(2 * ChunkComparator.sliceSize + 4096), length: 4096),
        ])
    }
}
