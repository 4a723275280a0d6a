/// The order in which a pass visits the disk: every chunk front to back, or an explicit list (samples).
public struct ChunkPlan: Sendable {
    private enum Layout: Sendable {
        case sequential(total: UInt64, chunkSize: UInt64)
        case explicit([ByteRange])
    }

    private let layout: Layout
    public let count: Int

    public static func sequential(totalBytes: UInt64, chunkSize: Int) -> ChunkPlan {
        let chunk = UInt64(chunkSize)
        return ChunkPlan(layout: .sequential(total: totalBytes, chunkSize: chunk), count: Int((totalBytes + chunk - 1) / chunk))
    }

    public static func explicit(_ ranges: [ByteRange]) -> ChunkPlan {
        ChunkPlan(layout: .explicit(ranges), count: ranges.count)
    }

    private init(layout: Layout, count: Int) {
        self.layout = layout
        self.count = count
    }

    public subscript(index: Int) -> ByteRange {
        switch layout {
        case .sequential(let total, let chunkSize):
            let offset = UInt64(index) * chunkSize
            return ByteRange(offset: offset, length: min(chunkSize, total - offset))
        case .explicit(let ranges):
            return ranges[index]
        }
    }

    public var totalBytes: UInt64 {
        switch layout {
        case .sequential(let total, _): total
        case .explicit(let ranges): ranges.reduce(0) { $0 + $1.length }
        }
    }

    public var largestChunk: Int {
        switch layout {
        case .sequential(let total, let chunkSize): Int(min(total, chunkSize))
        case .explicit(let ranges): Int(ranges.map(\.length).max() ?? 0)
        }
    }
}
