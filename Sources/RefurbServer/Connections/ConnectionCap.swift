import HummingbirdCore
import Logging

/// Counts the service's open connections and stops accepting new ones at the cap: Hummingbird then
/// stops reading the listening socket, so further clients wait in the kernel's listen queue (none of
/// them costs a descriptor) and are taken, in order, as connections close. Runs on the listening
/// socket's event loop only.
struct ConnectionCap: AvailableConnectionsDelegate {
    let maximum: Int
    let logger: Logger
    private var open = 0
    private var lastWarning: ContinuousClock.Instant?

    init(maximum: Int, logger: Logger) {
        self.maximum = maximum
        self.logger = logger
    }

    mutating func connectionOpened() {
        open += 1
        // Said when the cap is reached, at most once a minute: under a flood of connections the log
        // must not become the next thing to fill up.
        if open >= maximum, lastWarning.map({ $0.duration(to: .now) > .seconds(60) }) ?? true {
            lastWarning = .now
            logger.warning("connection cap reached: \(maximum) connections are open; new ones wait until one closes")
        }
    }

    mutating func connectionClosed() {
        open -= 1
    }

    func isAcceptingNewConnections() -> Bool {
        open < maximum
    }
}
