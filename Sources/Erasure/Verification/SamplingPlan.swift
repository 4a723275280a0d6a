/// Which parts of the disk a sampled verification reads: the disk is cut into equal blocks, and a
/// pseudorandom selection of them covering the requested share is read, always including the first and
/// last blocks (where partition tables and backup headers live). The seed is recorded on the
/// certificate so that anyone can recompute exactly which blocks were read.
public struct SamplingPlan: Codable, Sendable, Hashable {
    public var seed: UInt64
    public var blockSize: Int
    public var basisPoints: Int
    public var ranges: [ByteRange]

    public static let defaultBlockSize = 1 << 20

    public init(diskSize: UInt64, basisPoints: Int, seed: UInt64, blockSize: Int = SamplingPlan.defaultBlockSize) {
        self.seed = seed
        self.blockSize = blockSize
        self.basisPoints = basisPoints
        let block = UInt64(blockSize)
        let blockCount = Int((diskSize + block - 1) / block)
        let wanted = min(blockCount, max(min(blockCount, 2), Int((UInt64(blockCount) * UInt64(basisPoints) + 9_999) / 10_000)))
        var chosen = Set<Int>([0, blockCount - 1].filter { $0 >= 0 })
        // A partial Fisher–Yates shuffle driven by SplitMix64: deterministic from the seed, no repeats.
        var generator = SplitMix64(seed: seed)
        var indices = Array(0..<blockCount)
        var position = 0
        while chosen.count < wanted, position < blockCount {
            let pick = position + Int(generator.next() % UInt64(blockCount - position))
            indices.swapAt(position, pick)
            chosen.insert(indices[position])
            position += 1
        }
        self.ranges = chosen.sorted().map { index in
            let offset = UInt64(index) * block
            return ByteRange(offset: offset, length: min(block, diskSize - offset))
        }
    }

    public var coveredBytes: UInt64 { ranges.reduce(0) { $0 + $1.length } }
}

/// SplitMix64 (Steele, Lea & Flood): a tiny, well-known generator, used only to choose sample positions
/// reproducibly. Not for anything secret.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
