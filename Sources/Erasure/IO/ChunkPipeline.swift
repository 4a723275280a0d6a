import Foundation

/// Runs a step on every chunk of a plan on threads of its own, a few chunks ahead of the consumer, and
/// hands the results over in plan order. Overwrites use it to generate and write chunks, so that several
/// O_DIRECT writes are in flight while the next chunks are generated; verification uses it to read and
/// compare chunks, so that several reads are in flight and the comparison runs on every core. With
/// several producers, chunks are processed in parallel and put back in order before delivery, so the
/// consumer still handles faults and progress one chunk at a time, front to back.
final class ChunkPipeline<Outcome: Sendable>: @unchecked Sendable {
    /// The step run on a producer thread; what it returns is delivered with the chunk.
    typealias Fill = @Sendable (ByteRange, AlignedBuffer) -> Outcome

    struct Item: @unchecked Sendable {
        let index: Int
        let range: ByteRange
        let buffer: AlignedBuffer
        let outcome: Outcome
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
    convenience init(plan: ChunkPlan, bufferCapacity: Int, depth: Int, fill: @escaping Fill) {
        self.init(plan: plan, buffers: (0..<depth).map { _ in AlignedBuffer(capacity: bufferCapacity) }, fill: fill)
    }

    /// - Parameter buffers: the buffers in circulation. The same buffer may appear more than once when
    ///   `fill` only reads from it (a constant pattern written from one buffer by several writers).
    init(plan: ChunkPlan, buffers: [AlignedBuffer], fill: @escaping Fill) {
        self.plan = plan
        self.fill = fill
        self.free = buffers
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
            let outcome = fill(range, buffer)

            condition.lock()
            ready[index] = Item(index: index, range: range, buffer: buffer, outcome: outcome)
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

    /// Stops handing out chunks and waits until every producer has returned. A producer may be in the
    /// middle of a write or read on the caller's descriptor: the caller must not close that descriptor
    /// (whose number the kernel would then reuse) before this returns.
    func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while runningProducers > 0 { condition.wait() }
        condition.unlock()
    }
}
