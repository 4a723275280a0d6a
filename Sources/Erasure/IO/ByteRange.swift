/// A span of the disk in bytes: where a write failed, where a mismatch was found, what a sample covered.
public struct ByteRange: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var offset: UInt64
    public var length: UInt64

    public init(offset: UInt64, length: UInt64) {
        self.offset = offset
        self.length = length
    }

    public var end: UInt64 { offset + length }

    public var description: String { "\(offset)+\(length)" }

    public static func < (lhs: ByteRange, rhs: ByteRange) -> Bool { (lhs.offset, lhs.length) < (rhs.offset, rhs.length) }

    /// Sorts and merges touching or overlapping ranges, so a run of bad sectors reads as one span.
    public static func coalesce(_ ranges: [ByteRange]) -> [ByteRange] {
        var merged: [ByteRange] = []
        for range in ranges.sorted() where range.length > 0 {
            if let last = merged.last, range.offset <= last.end {
                merged[merged.count - 1].length = max(last.end, range.end) - last.offset
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    public static func totalLength(_ ranges: [ByteRange]) -> UInt64 {
        coalesce(ranges).reduce(0) { $0 + $1.length }
    }
}
