import Foundation
import HostSystem

/// Transfers with plain pwrite/pread, one blocking call per thread, for where io_uring is not allowed
/// (seccomp profiles of container runtimes, `kernel.io_uring_disabled`, kernels before 5.1): as many
/// threads as transfers in flight, so that the disk sees the same queue depth.
final class ThreadedEngine: BlockIOEngine, @unchecked Sendable {
    private let file: BlockDeviceFile
    private let threadCount: Int
    // All state below is guarded by `condition`.
    private let condition = NSCondition()
    private var queued: [BlockIORequest] = []
    private var queuedStart = 0
    private var finished: [BlockIOCompletion] = []
    private var running = 0
    private var stopping = false

    let summary: String

    /// - Parameter name: the pass's thread names' stem; these threads are "\(name)-t0"…
    init(file: BlockDeviceFile, threads: Int, name: String, reason: String?) {
        self.file = file
        self.threadCount = max(1, threads)
        self.summary = "pwrite/pread on \(max(1, threads)) threads" + (reason.map { " (\($0))" } ?? "")
        condition.lock()
        running = threadCount
        condition.unlock()
        for number in 0..<threadCount {
            PassThread.start(named: "\(name)-t\(number)") { [self] in work() }
        }
    }

    private func work() {
        while true {
            condition.lock()
            while queuedStart == queued.count && !stopping { condition.wait() }
            if queuedStart == queued.count {
                running -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let request = queued[queuedStart]
            queuedStart += 1
            if queuedStart == queued.count {
                queued.removeAll(keepingCapacity: true)
                queuedStart = 0
            }
            condition.unlock()

            let error: SystemCallError? = switch request.direction {
            case .write: file.write(UnsafeRawBufferPointer(start: request.buffer, count: request.length), at: request.offset)
            case .read: file.read(into: UnsafeMutableRawBufferPointer(start: request.buffer, count: request.length), at: request.offset)
            }

            condition.lock()
            finished.append(BlockIOCompletion(tag: request.tag, error: error))
            condition.broadcast()
            condition.unlock()
        }
    }

    func submit(_ request: BlockIORequest) {
        condition.lock()
        queued.append(request)
        condition.broadcast()
        condition.unlock()
    }

    func waitForCompletions() -> [BlockIOCompletion] {
        condition.lock()
        defer { condition.unlock() }
        while finished.isEmpty { condition.wait() }
        defer { finished.removeAll(keepingCapacity: true) }
        return finished
    }

    /// Waits for every thread to return: none may be using the descriptor once this returns.
    func close() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
