import Glibc

/// A failed system call, kept with its errno so that callers can tell "busy" from "gone" from "broken". The
/// one errno-to-error translation of Refurb's host code: the erasure's block I/O, the probe's file reads and the
/// command runner's pipes.
public struct SystemCallError: Error, Sendable, Equatable, CustomStringConvertible {
    public let call: String
    public let path: String
    public let code: Int32

    public init(_ call: String, path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "\(call)(\(path)): \(reason) (errno \(code))" }

    /// Errors that mean the device itself is no longer there, rather than one bad sector.
    public var meansDeviceIsGone: Bool { code == ENODEV || code == ENXIO || code == ENOMEDIUM }

    /// The path, or a folder on the way to it, does not exist.
    public var meansMissing: Bool { code == ENOENT || code == ENOTDIR }

    public var meansPermissionDenied: Bool { code == EACCES || code == EPERM }

    /// A non-blocking descriptor with nothing to give yet.
    public var meansWouldBlock: Bool { code == EAGAIN || code == EWOULDBLOCK }

    /// Runs a call that returns a negative value and sets errno when it fails (read, pwrite, open…), again as
    /// long as a signal interrupts it (EINTR), and returns its result or throws the error with its errno.
    @inlinable
    public static func retryingInterrupts<Value: BinaryInteger>(_ call: String, path: String, _ body: () -> Value) throws(SystemCallError) -> Value {
        while true {
            let value = body()
            if value >= 0 { return value }
            let code = errno
            if code != EINTR { throw SystemCallError(call, path: path, code: code) }
        }
    }
}
