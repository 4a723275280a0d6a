import Foundation

/// A value behind a lock, for state shared between the stub server's threads and the test.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withValue<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }

    var current: Value { withValue { $0 } }
}

/// Held shut until `open()`; the stub server's connection threads wait on it (they are plain threads, so blocking is
/// fine there). Waits give up after a bound so that nothing hangs forever.
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen = false

    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }

    func wait(seconds: TimeInterval) {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        while !isOpen && condition.wait(until: deadline) {}
        condition.unlock()
    }
}

/// Fired from any thread, awaited by a test without blocking a thread of the cooperative pool.
final class Signal: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var nextToken = 0
    private var waiters: [Int: CheckedContinuation<Bool, Never>] = [:]

    func fire() {
        lock.lock()
        fired = true
        let resumed = Array(waiters.values)
        waiters = [:]
        lock.unlock()
        for waiter in resumed { waiter.resume(returning: true) }
    }

    var hasFired: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fired
    }

    /// True once fired; false if `seconds` passed first.
    func wait(seconds: Double = 120) async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            lock.lock()
            if fired {
                lock.unlock()
                continuation.resume(returning: true)
                return
            }
            let token = nextToken
            nextToken += 1
            waiters[token] = continuation
            lock.unlock()
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                lock.lock()
                let waiter = waiters.removeValue(forKey: token)  // nil when fire() already resumed it
                lock.unlock()
                waiter?.resume(returning: false)
            }
        }
    }
}
