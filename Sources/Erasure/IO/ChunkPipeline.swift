import Foundation

/// Fills buffers on threads of its own, a few chunks ahead of the consumer, and hands them over in plan
/// order. Overwrites use it so that generating the random stream overlaps the disk writes; verification
/// uses two, one reading the disk and one regenerating the expected bytes, so that the disk never waits
/// for the CPU. With several producers, chunks are filled in parallel (random-stream generation on
/// several cores, or several reads in flight) and put back in order before delivery.
final class ChunkPipeline: @unchecked Sendable {
    typealias Fill = @Sendable (ByteRange, AlignedBuffer) -> SystemCallError?

    struct Item: @unchecked Sendable {
        let index: Int
        let range: ByteRange
        let buffer: AlignedBuffer
        let error: SystemCallError?
    }

    private let plan: ChunkPlan
    private let fill: Fill
    // All state below is guarded by `condition`.
    private let condition = NSCondition()
    private var free: [AlignedBuffer]
    private var nextToProduce = 0
    private var nextToDeliver = 0
    private var ready: [Int: Item] = [:]
    private var runningProducers = 0
    private var cancelled = false

    /// - Parameter depth: buffers in circulation; at least one more than the producers, so that the
    ///   consumer always has one while every producer fills another.
    init(plan: ChunkPlan, bufferCapacity: Int, depth: Int, fill: @escaping Fill) {
        self.plan = plan
        self.fill = fill
        self.free = (0..<depth).map { _ in AlignedBuffer(capacity: bufferCapacity) }
    }

    func start(name: String, producers: Int = 1) {
        condition.lock()
        runningProducers = max(1, min(producers, free.count - 1))
        let count = runningProducers
        condition.unlock()
        for number in 0..<count {
            let thread = Thread { [self] in produce() }
            thread.name = "\(name)-\(number)"
            thread.start()
        }
    }

    private func produce() {
        while true {
            condition.lock()
            while free.isEmpty && !cancelled { condition.wait() }
            guard !cancelled, nextToProduce < plan.count else {
                runningProducers -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            let index = nextToProduce
            nextToProduce += 1
            let buffer = free.removeLast()
            condition.unlock()

            let range = plan[index]
            let error = fill(range, buffer)

            condition.lock()
            ready[index] = Item(index: index, range: range, buffer: buffer, error: error)
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next filled chunk, in plan order; nil once the plan is exhausted or cancelled.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while ready[nextToDeliver] == nil {
            if cancelled || nextToDeliver >= plan.count || runningProducers == 0 { return nil }
            condition.wait()
        }
        let item = ready.removeValue(forKey: nextToDeliver)
        nextToDeliver += 1
        return item
    }

    func recycle(_ buffer: AlignedBuffer) {
        condition.lock()
        free.append(buffer)
        condition.broadcast()
        condition.unlock()
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
