import Glibc

/// Finds the sectors of one chunk read back from the disk that differ from what they should hold.
///
/// A pattern is regenerated slice by slice into a small scratch buffer and compared while that slice is
/// still in the CPU's cache, instead of regenerating the whole chunk into a buffer of its own and reading
/// both back from memory: that halves the memory traffic of a random read-back, which competes with the
/// disk transfers on a small machine. Safe to use from several threads at once.
struct ChunkComparator: Sendable {
    let content: ExpectedContent
    let sectorSize: Int

    /// Bytes regenerated and compared at a time: small enough to stay in a core's L2 cache, a multiple
    /// of every sector size and of the 16-byte keystream block.
    static let sliceSize = 64 << 10

    /// The mismatching sectors of `range`, whose bytes are in `read`, merged into runs.
    func mismatches(_ range: ByteRange, read: UnsafeRawBufferPointer) -> [ByteRange] {
        switch content {
        case .pattern(let pattern):
            withUnsafeTemporaryAllocation(byteCount: Self.sliceSize, alignment: 64) { scratch in
                patternMismatches(range, read: read, pattern: pattern, scratch: scratch)
            }
        case .changedFrom(let fingerprints):
            ByteRange.coalesce(fingerprints.unchangedRanges(read, at: range.offset))
        }
    }

    private func patternMismatches(_ range: ByteRange, read: UnsafeRawBufferPointer, pattern: PatternSource,
                                   scratch: UnsafeMutableRawBufferPointer) -> [ByteRange] {
        var found: [ByteRange] = []
        var sliceStart = 0
        while sliceStart < read.count {
            let count = min(Self.sliceSize, read.count - sliceStart)
            let expected = UnsafeMutableRawBufferPointer(rebasing: scratch[0 ..< count])
            // A constant pattern is the same for every slice: filled once per chunk.
            if !pattern.isConstant || sliceStart == 0 {
                pattern.fill(expected, deviceOffset: range.offset + UInt64(sliceStart))
            }
            if memcmp(read.baseAddress! + sliceStart, expected.baseAddress!, count) != 0 {
                found += differingSectors(read.baseAddress! + sliceStart, expected.baseAddress!, count: count,
                                          at: range.offset + UInt64(sliceStart))
            }
            sliceStart += count
        }
        return ByteRange.coalesce(found)
    }

    /// Only a slice that differs is walked sector by sector.
    private func differingSectors(_ read: UnsafeRawPointer, _ expected: UnsafeRawPointer, count: Int, at offset: UInt64) -> [ByteRange] {
        var found: [ByteRange] = []
        var sectorStart = 0
        while sectorStart < count {
            let length = min(sectorSize, count - sectorStart)
            if memcmp(read + sectorStart, expected + sectorStart, length) != 0 {
                found.append(ByteRange(offset: offset + UInt64(sectorStart), length: UInt64(length)))
            }
            sectorStart += length
        }
        return found
    }
}
