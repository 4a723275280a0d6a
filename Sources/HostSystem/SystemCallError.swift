import Glibc

/// A failed system call, kept with its errno so that callers can tell "busy" from "gone" from "broken". The
/// one errno-to-error translation of Refurb's host code: the erasure's block I/O, the probe's file reads, the
/// command runner's pipes, the printers' descriptors and sockets, the client's spool, the service's lock and the
/// hand-off to `refurb-commands`. As swift-nio's System.swift: each call goes through `retryingInterrupts`, and a
/// caller asks the error what it means (`meansMissing`, `meansWouldBlock`…) rather than compare errno itself.
public struct SystemCallError: Error, Sendable, Equatable, CustomStringConvertible {
    public let call: String
    public let path: String
    public let code: Int32

    public init(_ call: String, path: String, code: Int32 = errno) {
        self.call = call
        self.path = path
        self.code = code
    }

    public var reason: String { Self.reason(of: code) }

    public var description: String { "\(call)(\(path)): \(reason) (errno \(code))" }

    /// Errors that mean the device itself is no longer there, rather than one bad sector.
    public var meansDeviceIsGone: Bool { code == ENODEV || code == ENXIO || code == ENOMEDIUM }

    /// The path, or a folder on the way to it, does not exist.
    public var meansMissing: Bool { code == ENOENT || code == ENOTDIR }

    public var meansPermissionDenied: Bool { code == EACCES || code == EPERM }

    /// A non-blocking descriptor with nothing to give yet, or a lock (flock with LOCK_NB) someone else holds.
    public var meansWouldBlock: Bool { code == EAGAIN || code == EWOULDBLOCK }

    /// A non-blocking connect under way: poll for writing, then read SO_ERROR.
    public var meansInProgress: Bool { code == EINPROGRESS }

    /// The text of an errno kept from an earlier call (a socket's SO_ERROR, the last of several attempts).
    public static func reason(of code: Int32) -> String { String(cString: strerror(code)) }

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
