import Glibc

/// A failed system call, kept with its errno so that callers can tell "busy" from "gone" from "broken".
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
}
