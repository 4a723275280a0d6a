/// What an overwrite pass writes at each position of the disk. The same source regenerates the expected
/// bytes for verification, from its description alone (a constant, or a key kept in memory).
public protocol PatternSource: Sendable {
    /// True when every byte is the same value: the writer then reuses one buffer and skips generation.
    var isConstant: Bool { get }
    /// Fills `buffer` with the pattern bytes for the disk positions `deviceOffset ..< deviceOffset + buffer.count`.
    /// `deviceOffset` is a multiple of 16.
    func fill(_ buffer: UnsafeMutableRawBufferPointer, deviceOffset: UInt64)
}

/// One pass of zeros: NIST SP 800-88 Clear for hard disks.
public struct ZeroPattern: PatternSource {
    public init() {}
    public var isConstant: Bool { true }
    public func fill(_ buffer: UnsafeMutableRawBufferPointer, deviceOffset: UInt64) {
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
    }
}
