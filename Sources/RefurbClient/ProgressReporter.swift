#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Streams live progress (of a wipe, say) to the service, best effort: at most one POST per `minimumInterval`,
/// updates that come while one is in flight or too soon are dropped, nothing is spooled, and failures are only
/// counted. `report` returns at once; the work being reported on is never held up by the network.
public struct ProgressReporter: Sendable {
    public struct Statistics: Sendable, Equatable {
        /// Updates the service accepted.
        public var sent = 0
        /// Updates that were sent but refused or did not get through.
        public var failed = 0
        /// Updates not sent at all (one was in flight, or the last one went out less than `minimumInterval` ago).
        public var dropped = 0
        /// The reason of the last failure, for the log.
        public var lastFailure: String?
    }

    public let endpoint: ServiceEndpoint
    public let path: String
    public let sender: SubmissionSender
    public let minimumInterval: Duration
    private let state = State()

    public init(
        endpoint: ServiceEndpoint, path: String,
        sender: SubmissionSender = SubmissionSender(timeout: .seconds(5)),
        minimumInterval: Duration = .seconds(1)
    ) {
        self.endpoint = endpoint
        self.path = path
        self.sender = sender
        self.minimumInterval = minimumInterval
    }

    /// Sends `value` as JSON unless an update is in flight or the last one left too recently.
    /// Returns whether it is being sent.
    @discardableResult
    public func report<Value: Encodable>(_ value: Value) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        guard let body = try? encoder.encode(value) else {
            state.update { $0.statistics.failed += 1; $0.statistics.lastFailure = "encoding" }
            return false
        }
        return report(json: body)
    }

    /// Sends `body` (JSON already) under the same rules as `report(_:)`.
    @discardableResult
    public func report(json body: Data) -> Bool {
        let now = ContinuousClock.now
        let interval = minimumInterval
        let started: Bool = state.update { current in
            if current.busy {
                current.statistics.dropped += 1
                return false
            }
            if let last = current.lastStart, now - last < interval {
                current.statistics.dropped += 1
                return false
            }
            current.lastStart = now
            current.busy = true
            return true
        }
        guard started else { return false }

        let submission = Submission(path: path, body: body, summary: "progress")
        let sender = self.sender
        let endpoint = self.endpoint
        let state = self.state
        let task = Task.detached {
            let outcome = await sender.send(submission, to: endpoint)
            state.update { current in
                switch outcome {
                case .accepted:
                    current.statistics.sent += 1
                case .refused(let status, let message):
                    current.statistics.failed += 1
                    current.statistics.lastFailure = "HTTP \(status): \(message)"
                case .unreachable(let reason):
                    current.statistics.failed += 1
                    current.statistics.lastFailure = reason
                }
                current.busy = false
            }
        }
        state.update { $0.lastTask = task }
        return true
    }

    /// Sends `value` as the last update, once any in flight has been answered, whatever the interval since the
    /// previous one: an end (a failure) must not be dropped as a routine update would. Still one attempt only.
    @discardableResult
    public func reportLast<Value: Encodable>(_ value: Value) async -> SendOutcome? {
        await finish()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        guard let body = try? encoder.encode(value) else {
            state.update { $0.statistics.failed += 1; $0.statistics.lastFailure = "encoding" }
            return nil
        }
        let outcome = await sender.send(Submission(path: path, body: body, summary: "progress"), to: endpoint)
        state.update { current in
            switch outcome {
            case .accepted: current.statistics.sent += 1
            case .refused(let status, let message):
                current.statistics.failed += 1
                current.statistics.lastFailure = "HTTP \(status): \(message)"
            case .unreachable(let reason):
                current.statistics.failed += 1
                current.statistics.lastFailure = reason
            }
            current.lastStart = ContinuousClock.now
        }
        return outcome
    }

    /// Waits for the update in flight, if any (at most the sender's timeout).
    public func finish() async {
        let task = state.update { $0.lastTask }
        await task?.value
    }

    public var statistics: Statistics {
        state.update { $0.statistics }
    }

    private final class State: Sendable {
        struct Values {
            var statistics = Statistics()
            var busy = false
            var lastTask: Task<Void, Never>?
            var lastStart: ContinuousClock.Instant?
        }

        private let values = Mutex(Values())

        func update<T>(_ body: (inout Values) -> T) -> T {
            values.withLock { body(&$0) }
        }
    }
}
