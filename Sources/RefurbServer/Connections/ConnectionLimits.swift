/// How many connections the service holds at once, and how long one may say nothing.
///
/// Every open connection is a file descriptor. When a Swift program on Linux runs out of descriptors
/// it does not fail politely: libdispatch, which runs Swift's tasks, opens `/proc/<thread>/stat` once a
/// second to watch its threads, and traps when that open fails (measured: 1,100 idle connections under a
/// 1,024-descriptor limit, with a few requests arriving, killed `refurb serve` with SIGILL). So the
/// service never lets connections take the last descriptors: it holds at most `cap(openFileLimit:)`
/// connections, and the kernel keeps further ones waiting in the listen queue until one closes.
/// The chosen figures and their reasons are in docs/operations.md.
public struct ConnectionLimits: Sendable, Equatable {
    /// At most this many connections are open at once (lowered further by the open-file limit).
    public var maximumConnections: Int
    /// A connection that sends nothing for this long is closed: one that never sends a request, a
    /// request head that never ends (sent a byte at a time or not at all), a body that stalls, a
    /// kept-alive connection nobody uses. A request being answered is never cut.
    public var idleTimeout: Duration

    public init(maximumConnections: Int = 256, idleTimeout: Duration = .seconds(30)) {
        self.maximumConnections = maximumConnections
        self.idleTimeout = idleTimeout
    }

    /// Descriptors left for everything that is not a connection: at rest the service holds 23 (the
    /// database and its journal files for each SQLite connection, event loops' epoll, event and timer
    /// descriptors, the lock file, standard streams); readers, scan look-ups, fonts for a PDF, a printer's
    /// socket and a backup add a few dozen at most, and libdispatch needs one now and then.
    public static let descriptorsKeptBack = 128

    /// Fewer than this and the service could not serve a workshop at all: it is allowed even under a
    /// tiny open-file limit (and a warning says so), unless `maximumConnections` asks for fewer.
    public static let smallestCap = 16

    /// The number of connections actually held at once under an open-file limit of `openFileLimit`.
    public func cap(openFileLimit: Int) -> Int {
        min(maximumConnections, max(Self.smallestCap, openFileLimit - Self.descriptorsKeptBack))
    }

    /// What `--max-connections` and `--idle-timeout` accept.
    public static let allowedMaximumConnections = 1...1_000_000
    public static let allowedIdleTimeoutSeconds = 1...3600
}
