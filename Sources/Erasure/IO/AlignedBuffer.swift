import Glibc

/// Memory aligned for O_DIRECT: the kernel transfers straight from it to the disk, so its address and
/// length must be multiples of the device's logical block size (4096 covers every disk).
public final class AlignedBuffer: @unchecked Sendable {
    public static let alignment = 4096

    public let capacity: Int
    public let base: UnsafeMutableRawPointer

    /// - Parameter capacity: rounded up to the alignment.
    public init(capacity: Int) {
        let rounded = (capacity + Self.alignment - 1) / Self.alignment * Self.alignment
        var pointer: UnsafeMutableRawPointer?
        precondition(posix_memalign(&pointer, Self.alignment, rounded) == 0 && pointer != nil, "out of memory for an I/O buffer")
        self.capacity = rounded
        self.base = pointer!
        memset(base, 0, rounded)
    }

    deinit { free(base) }

    public func bytes(count: Int) -> UnsafeMutableRawBufferPointer {
        precondition(count <= capacity)
        return UnsafeMutableRawBufferPointer(start: base, count: count)
    }
}
