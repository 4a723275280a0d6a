import Dispatch
import Synchronization

/// Shared between a pass running on its own thread and the session watching it: how far it got, when it
/// last moved (for the stall watchdog and the progress bar), and whether it has been asked to stop.
public final class PassMonitor: Sendable {
    private let done = Atomic<UInt64>(0)
    private let lastActivity = Atomic<UInt64>(DispatchTime.now().uptimeNanoseconds)
    private let stopRequested = Atomic<Bool>(false)

    public init() {}

    public var bytesDone: UInt64 { done.load(ordering: .relaxed) }

    public func advance(by bytes: UInt64) {
        done.add(bytes, ordering: .relaxed)
        touch()
    }

    public func reset() {
        done.store(0, ordering: .relaxed)
        touch()
    }

    /// Marks activity without progress (a retry, a poll), so that slow-but-alive is not taken for stalled.
    public func touch() {
        lastActivity.store(DispatchTime.now().uptimeNanoseconds, ordering: .relaxed)
    }

    public var secondsSinceActivity: Double {
        Double(DispatchTime.now().uptimeNanoseconds &- lastActivity.load(ordering: .relaxed)) / 1e9
    }

    public func requestStop() { stopRequested.store(true, ordering: .relaxed) }
    public var shouldStop: Bool { stopRequested.load(ordering: .relaxed) || WipeCancellation.isRequested }
}
