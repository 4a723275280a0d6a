#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import RefurbCore

/// The directory that plays the part of `/`: every reader takes one, so the same code reads the live
/// machine, a fixture tree in the tests, or a mounted disk image (`refurb probe --root DIR`). The one host root
/// of Refurb: the probe reads sysfs, procfs and pci.ids through it, the erasure its disks, mounts and udev data.
///
/// Reads go through POSIX calls with a size limit and `O_NONBLOCK`, so that a FIFO, a character device
/// or a huge file planted in a fixture tree cannot block the probe or exhaust memory.
public struct SystemRoot: Sendable, Equatable {
    public let path: String

    /// The largest sysfs or procfs file we expect (cpuinfo on a many-core machine is a few hundred KiB).
    public static let defaultReadLimit = 4 << 20

    public static let live = SystemRoot(path: "/")

    /// The running machine's own `/`: only there do device nodes (`dev/sda`) and `stat()` of a /dev path name
    /// real devices. A fixture tree or a mounted image has the files, not the devices.
    public var isLive: Bool { path == "/" }

    public init(path: String) {
        var normalized = path.isEmpty ? "/" : path
        while normalized.count > 1 && normalized.hasSuffix("/") {
            normalized.removeLast()
        }
        self.path = normalized
    }

    /// The absolute path of `relative` (written like "sys/block") under this root.
    public func absolute(_ relative: String) -> String {
        let trimmed = relative.hasPrefix("/") ? String(relative.dropFirst()) : relative
        return path == "/" ? "/" + trimmed : path + "/" + trimmed
    }

    public func readBytes(_ relative: String, limit: Int = SystemRoot.defaultReadLimit) -> Result<[UInt8], FileReadFailure> {
        Self.readBytes(atAbsolutePath: absolute(relative), limit: limit)
    }

    /// Reads a whole file by absolute path (used for `--smbios-dump FILE` too, which is not under the root).
    public static func readBytes(atAbsolutePath path: String, limit: Int = SystemRoot.defaultReadLimit) -> Result<[UInt8], FileReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(failure(for: SystemCallError("open", path: path))) }
        defer { close(descriptor) }

        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let readCount: Int
            do {
                readCount = try SystemCallError.retryingInterrupts("read", path: path) {
                    chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                }
            } catch {
                // EAGAIN: a FIFO or socket with nothing to give. Whatever arrived is all there is.
                return error.meansWouldBlock ? .success(result) : .failure(failure(for: error))
            }
            if readCount == 0 { return .success(result) }
            guard result.count + readCount <= limit else { return .failure(.tooLarge(limit: limit)) }
            result.append(contentsOf: chunk[0..<readCount])
        }
    }

    /// Lets `body` read a regular file in place, mapped read-only, without copying it: for a large file of which a
    /// reader needs a part (pci.ids, 1.3 MB, of which one vendor's lines are wanted). Under the bench stick's
    /// emulation, reading and copying the whole of pci.ids took 12 of the probe's 37 ms. Nil when the file is
    /// missing, not a regular file, empty or larger than `limit`.
    public func withMappedFile<T>(_ relative: String, limit: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        let descriptor = open(absolute(relative), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size > 0, status.st_size <= limit else { return nil }
        let size = Int(status.st_size)
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else { return nil }
        defer { munmap(mapping, size) }
        return body(UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// The file's text, trimmed and sanitised; nil when it is missing, unreadable or empty.
    public func text(_ relative: String) -> String? {
        guard case .success(let bytes) = readBytes(relative) else { return nil }
        return PrintableText.trimmed(bytes)
    }

    /// The file's text with its line structure kept (for /proc/cpuinfo, uevent files and pci.ids).
    public func lines(_ relative: String, limit: Int = SystemRoot.defaultReadLimit) -> Result<[Substring], FileReadFailure> {
        readBytes(relative, limit: limit).map { bytes in
            PrintableText.sanitizedLines(bytes)
        }
    }

    /// A decimal integer read from a sysfs attribute.
    public func integer(_ relative: String) -> Int64? {
        text(relative).flatMap { Int64($0) }
    }

    /// A hexadecimal sysfs attribute such as PCI `class` ("0x030000") or `vendor` ("0x8086").
    public func hexadecimal(_ relative: String) -> UInt32? {
        guard let value = text(relative) else { return nil }
        let digits = value.hasPrefix("0x") || value.hasPrefix("0X") ? value.dropFirst(2) : Substring(value)
        return UInt32(digits, radix: 16)
    }

    public func exists(_ relative: String) -> Bool {
        access(absolute(relative), F_OK) == 0
    }

    /// Entries of a directory, sorted so that reports are stable; empty when it cannot be listed.
    public func entries(_ relative: String) -> [String] {
        guard let directory = opendir(absolute(relative)) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." {
                names.append(name)
            }
        }
        return names.sorted { $0.naturallyPrecedes($1) }
    }

    /// The target of a symbolic link as written (sysfs uses relative targets such as "../../devices/…").
    public func linkTarget(_ relative: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink(absolute(relative), &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The canonical path of `relative` with all links followed, as seen from inside the root
    /// ("/sys/devices/pci0000:00/…"); nil when it does not exist or escapes the root.
    public func resolved(_ relative: String) -> String? {
        guard let real = realpath(absolute(relative), nil) else { return nil }
        defer { free(real) }
        let full = String(cString: real)
        if path == "/" { return full }
        guard full == path || full.hasPrefix(path + "/") else { return nil }
        return String(full.dropFirst(path.count))
    }

    static func failure(for error: SystemCallError) -> FileReadFailure {
        if error.meansMissing { return .missing }
        if error.meansPermissionDenied { return .permissionDenied }
        return .failed(errno: error.code)
    }
}
