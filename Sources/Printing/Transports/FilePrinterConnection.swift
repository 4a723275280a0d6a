import Glibc
import HostSystem
import RefurbCore

/// A plain file or a printer device node (`/dev/usb/lp0`, the kernel's usblp driver).
/// A file only receives the bytes; a character device can also answer, since usblp passes
/// reads to the printer's bulk IN endpoint.
public final class FilePrinterConnection: PrinterConnection {
    public let summary: String
    public let canRead: Bool

    private let descriptor: Int32
    private let thread: BlockingIOThread
    private let writeStallTimeout: Duration

    /// Opens `path` as `access` allows: anywhere for a person's own command, only inside the folder given
    /// at start for the service (see `FilePrinterAccess`).
    public static func open(path: String, access: FilePrinterAccess,
                            writeStallTimeout: Duration = .seconds(15)) async throws -> FilePrinterConnection {
        try access.check(.file(path: path))
        let thread = BlockingIOThread(name: "refurb.printing.file")
        let (descriptor, isDevice) = try await thread.run { () throws -> (Int32, Bool) in
            if case .inside(let folder) = access { return try folder.open(path) }
            var info = stat()
            let exists = stat(path, &info) == 0
            let isCharacterDevice = exists && (info.st_mode & S_IFMT) == S_IFCHR
            if isCharacterDevice {
                do {
                    return (try FileDescriptorIO.openDevice(path: path) { Glibc.open(path, $0) }, true)
                } catch let error as SystemCallError {
                    let key = error.meansPermissionDenied ? "printing.device.permission" : "printing.device.openFailed"
                    throw PrintingError(Message(key, path, error.reason), kind: .communication)
                }
            }
            do {
                let descriptor = try SystemCallError.retryingInterrupts("open", path: path) {
                    Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
                }
                return (descriptor, false)
            } catch let error as SystemCallError {
                throw PrintingError(Message("printing.file.openFailed", path, error.reason), kind: .badRequest)
            }
        }
        return FilePrinterConnection(descriptor: descriptor, isDevice: isDevice, path: path, thread: thread,
                                     writeStallTimeout: writeStallTimeout)
    }

    private init(descriptor: Int32, isDevice: Bool, path: String, thread: BlockingIOThread, writeStallTimeout: Duration) {
        self.descriptor = descriptor
        self.canRead = isDevice && (fcntl(descriptor, F_GETFL) & O_ACCMODE) == O_RDWR
        self.summary = isDevice ? "device \(path)" : "file \(path)"
        self.thread = thread
        self.writeStallTimeout = writeStallTimeout
    }

    public func write(_ bytes: [UInt8]) async throws {
        let (descriptor, timeout, summary) = (self.descriptor, writeStallTimeout, self.summary)
        try await thread.run {
            try FileDescriptorIO.writeAll(bytes, to: descriptor, stallTimeout: timeout, what: summary)
        }
    }

    public func read(upTo maxCount: Int, timeout: Duration) async throws -> [UInt8] {
        guard canRead else { return [] }
        let (descriptor, summary) = (self.descriptor, self.summary)
        return try await thread.run {
            try FileDescriptorIO.read(upTo: maxCount, from: descriptor, timeout: timeout, what: summary)
        }
    }

    public func close() async {
        let descriptor = self.descriptor
        _ = try? await thread.run { Glibc.close(descriptor) }
        thread.stop()
    }
}
