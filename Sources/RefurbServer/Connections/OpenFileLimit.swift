#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's open-file limit (RLIMIT_NOFILE): how many descriptors it may hold, so how many
/// connections it may take (see `ConnectionLimits`).
public struct OpenFileLimit: Sendable, Equatable {
    /// The limit in force; a process may raise it up to `hard` by itself.
    public let soft: Int
    /// The ceiling set by whoever started the process (systemd's `LimitNOFILE`, `ulimit -Hn`).
    public let hard: Int

    /// The limits in force now.
    public static func current() -> OpenFileLimit {
        var limit = rlimit()
        guard getrlimit(Self.resource, &limit) == 0 else { return OpenFileLimit(soft: 1024, hard: 1024) }
        return OpenFileLimit(soft: Self.count(limit.rlim_cur), hard: Self.count(limit.rlim_max))
    }

    /// Raises the soft limit to the hard one, as far as the system allows, and returns the limits then
    /// in force. Shells and many init systems start programs at a soft limit of 1,024 under a much higher
    /// hard limit; a service that holds a connection per descriptor should use what it is allowed.
    @discardableResult
    public static func raiseToHard() -> OpenFileLimit {
        var limit = rlimit()
        guard getrlimit(Self.resource, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return current() }
        var raised = limit
        raised.rlim_cur = limit.rlim_max
        if setrlimit(Self.resource, &raised) != 0 {
            // macOS refuses a soft limit above OPEN_MAX even under an unlimited hard one.
            raised.rlim_cur = rlim_t(min(UInt64(limit.rlim_max), 10_240))
            _ = setrlimit(Self.resource, &raised)
        }
        return current()
    }

    #if canImport(Glibc)
    private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resource = RLIMIT_NOFILE
    #endif

    /// RLIM_INFINITY (all bits set) and other huge values read as Int.max.
    private static func count(_ value: rlim_t) -> Int {
        value >= rlim_t(Int.max) ? Int.max : Int(value)
    }
}
