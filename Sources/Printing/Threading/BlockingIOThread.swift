import Foundation

/// One dedicated OS thread that runs blocking calls (libusb transfers, socket and file I/O) one
/// after another. Blocking on it never starves Swift's cooperative thread pool, which has only as many
/// threads as cores: a printer that stops answering must not freeze the web server sharing the process.
public final class BlockingIOThread: Sendable {
    private let queue = JobQueue()

    public init(name: String) {
        let queue = self.queue
        // The thread holds the queue, not `self`, so dropping the last reference stops it cleanly.
        let thread = Thread { queue.drain() }
        thread.name = name
        thread.start()
    }

    deinit {
        queue.stop()
    }

    /// Runs `work` on the dedicated thread and resumes the caller with its result.
    public func run<Result: Sendable>(_ work: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Result, Error>) in
            let accepted = queue.enqueue {
                continuation.resume(with: Swift.Result { try work() })
            }
            if !accepted {
                continuation.resume(throwing: CancellationError())
            }
        }
    }

    /// Lets queued work finish, then ends the thread. Later `run` calls throw `CancellationError`.
    public func stop() {
        queue.stop()
    }
}

/// The jobs waiting for the thread, guarded by a condition variable.
private final class JobQueue: @unchecked Sendable {
    // @unchecked: `pending` and `stopping` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var pending: [@Sendable () -> Void] = []
    private var stopping = false

    func enqueue(_ job: @escaping @Sendable () -> Void) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopping else { return false }
        pending.append(job)
        condition.signal()
        return true
    }

    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    func drain() {
        while true {
            condition.lock()
            while pending.isEmpty && !stopping {
                condition.wait()
            }
            if pending.isEmpty {
                condition.unlock()
                return
            }
            let job = pending.removeFirst()
            condition.unlock()
            job()
        }
    }
}
