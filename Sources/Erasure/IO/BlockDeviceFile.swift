import Glibc
import HostSystem
import Synchronization

/// An open block device with direct, unbuffered I/O. Writing requires a `ClearedDisk`, so only a disk
/// that passed every safety rule can be opened for writing; reading (verification) opens a separate
/// descriptor, independent of the one used to write.
public final class BlockDeviceFile: @unchecked Sendable {
    public let path: String
    public let descriptor: Int32
    /// False when the device refused O_DIRECT and buffered I/O is used instead (then data is flushed
    /// and the cache dropped before any read-back, so verification still reads the medium).
    public let isDirect: Bool

    private init(path: String, descriptor: Int32, isDirect: Bool) {
        self.path = path
        self.descriptor = descriptor
        self.isDirect = isDirect
    }

    private let isOpen = Atomic<Bool>(true)

    deinit { close() }

    /// Closes now rather than when the last reference goes: the read-back needs the exclusive open that
    /// this descriptor holds. Closing twice is harmless.
    public func close() {
        if isOpen.exchange(false, ordering: .acquiringAndReleasing) { Glibc.close(descriptor) }
    }

    /// Opens for writing, exclusively: while the wipe runs the kernel refuses mounts and other exclusive
    /// openers of this disk.
    public static func openForWriting(_ cleared: ClearedDisk) throws -> BlockDeviceFile {
        DeviceOpenLedger.shared.recordWriteOpen(cleared.disk.devicePath)
        return try open(cleared.disk.devicePath, flags: O_RDWR | O_EXCL)
    }

    public static func openForReading(_ path: String) throws -> BlockDeviceFile {
        try open(path, flags: O_RDONLY | O_EXCL)
    }

    /// O_DIRECT from <fcntl.h>; Glibc's Swift module hides it behind _GNU_SOURCE. Its value differs by
    /// architecture.
    #if arch(arm64) || arch(arm)
    static let directFlag: Int32 = 0o200000
    #else
    static let directFlag: Int32 = 0o40000
    #endif

    private static func open(_ path: String, flags: Int32) throws -> BlockDeviceFile {
        let descriptor = Glibc.open(path, flags | directFlag | O_CLOEXEC)
        if descriptor >= 0 { return BlockDeviceFile(path: path, descriptor: descriptor, isDirect: true) }
        guard errno == EINVAL else { throw SystemCallError("open", path: path) }
        let buffered = Glibc.open(path, flags | O_CLOEXEC)
        guard buffered >= 0 else { throw SystemCallError("open", path: path) }
        return BlockDeviceFile(path: path, descriptor: buffered, isDirect: false)
    }

    // Linux block ioctls, encoded as in <linux/fs.h>: _IO(0x12, n) and _IOR(0x12, 114, size_t).
    private static let BLKGETSIZE64: UInt = 0x8008_1272
    private static let BLKSSZGET: UInt = 0x1268
    private static let BLKPBSZGET: UInt = 0x127B
    private static let BLKFLSBUF: UInt = 0x1261

    public func sizeInBytes() throws -> UInt64 {
        var size: UInt64 = 0
        guard ioctl(descriptor, Self.BLKGETSIZE64, &size) == 0 else { throw SystemCallError("ioctl(BLKGETSIZE64)", path: path) }
        return size
    }

    public func logicalSectorSize() throws -> Int {
        var size: Int32 = 0
        guard ioctl(descriptor, Self.BLKSSZGET, &size) == 0 else { throw SystemCallError("ioctl(BLKSSZGET)", path: path) }
        return Int(size)
    }

    public func physicalSectorSize() throws -> Int {
        var size: UInt32 = 0
        guard ioctl(descriptor, Self.BLKPBSZGET, &size) == 0 else { throw SystemCallError("ioctl(BLKPBSZGET)", path: path) }
        return Int(size)
    }

    /// Writes all of `bytes` at `offset`, continuing after short writes and EINTR.
    public func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) -> SystemCallError? {
        var done = 0
        do {
            while done < bytes.count {
                let written = try SystemCallError.retryingInterrupts("pwrite", path: path) {
                    pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
                }
                if written == 0 { return SystemCallError("pwrite", path: path, code: ENOSPC) }
                done += written
            }
        } catch {
            return error
        }
        return nil
    }

    /// Reads exactly `bytes.count` bytes at `offset`; reading past the end is an error, not a short read.
    public func read(into bytes: UnsafeMutableRawBufferPointer, at offset: UInt64) -> SystemCallError? {
        var done = 0
        do {
            while done < bytes.count {
                let count = try SystemCallError.retryingInterrupts("pread", path: path) {
                    pread(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
                }
                if count == 0 { return SystemCallError("pread", path: path, code: EIO) }
                done += count
            }
        } catch {
            return error
        }
        return nil
    }

    /// Makes the drive commit its write cache: O_DIRECT bypasses the page cache, not the drive's own cache.
    public func flush() -> SystemCallError? {
        fsync(descriptor) == 0 ? nil : SystemCallError("fsync", path: path)
    }

    /// Drops the kernel's cached pages of this device, so a buffered read-back reads the medium.
    public func dropCachedPages() {
        _ = ioctl(descriptor, Self.BLKFLSBUF)
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
    }
}
