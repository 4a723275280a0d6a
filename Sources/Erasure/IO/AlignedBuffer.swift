import Glibc

/// Memory aligned for O_DIRECT: the kernel transfers straight from it to the disk, so its address and
/// length must be multiples of the device's logical block size (4096 covers every disk).
///
/// Buffers of a chunk's size (several MiB) are also placed on transparent huge pages where the kernel
/// offers them (`madvise` mode, Debian's default). The kernel describes a direct transfer to the device
/// page by page: in 4 KiB pages a 4 MiB chunk is 1,024 scatter-gather segments, more than a request may
/// carry (254 on a virtio disk, fewer on many SATA and USB controllers), so it is split into several
/// requests, each mapped and completed on its own; in 2 MiB pages it is two segments and one request. On the benchmark's virtual
/// disk this doubled O_DIRECT reads and raised writes by half. Where huge pages are unavailable the
/// advice is ignored and the buffer behaves as before.
public final class AlignedBuffer: @unchecked Sendable {
    public static let alignment = 4096
    /// A transparent huge page on x86-64 and on arm64 with 4 KiB base pages.
    static let hugePageSize = 2 << 20

    public let capacity: Int
    public let base: UnsafeMutableRawPointer

    /// - Parameter capacity: rounded up to the alignment; to whole huge pages from one huge page up.
    public init(capacity: Int) {
        let huge = capacity >= Self.hugePageSize
        let granule = huge ? Self.hugePageSize : Self.alignment
        let rounded = (capacity + granule - 1) / granule * granule
        // Mapped with room to slide to a huge-page boundary, then trimmed to it.
        let slack = huge ? granule : 0
        let mapped = mmap(nil, rounded + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | Self.anonymous, -1, 0)
        precondition(mapped != nil && mapped != UnsafeMutableRawPointer(bitPattern: -1), "out of memory for an I/O buffer")
        let start = (Int(bitPattern: mapped) + granule - 1) / granule * granule
        let head = start - Int(bitPattern: mapped)
        if head > 0 { munmap(mapped, head) }
        if slack - head > 0 { munmap(UnsafeMutableRawPointer(bitPattern: start + rounded), slack - head) }
        self.capacity = rounded
        self.base = UnsafeMutableRawPointer(bitPattern: start)!
        // Before the first touch: pages already faulted in as 4 KiB stay so until khugepaged merges them.
        if huge { _ = madvise(base, rounded, MADV_HUGEPAGE) }
        // Fresh anonymous memory reads as zeros. Its pages are faulted in now, all in one call
        // (MADV_POPULATE_WRITE, Linux 5.14), rather than by the first transfer or page by page: on the
        // benchmark's virtual machine, 19 chunk buffers took 8 ms so and 50 ms by touching each page.
        if madvise(base, rounded, Self.populateWrite) != 0 { memset(base, 0, rounded) }
    }

    deinit { munmap(base, capacity) }

    /// From <sys/mman.h>, which Swift's Glibc module does not all export.
    private static let anonymous: Int32 = 0x20
    private static let populateWrite: Int32 = 23

    public func bytes(count: Int) -> UnsafeMutableRawBufferPointer {
        precondition(count <= capacity)
        return UnsafeMutableRawBufferPointer(start: base, count: count)
    }
}
