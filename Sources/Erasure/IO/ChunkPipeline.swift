import Foundation
import HostSystem

/// Moves every chunk of a plan between memory and the disk with several transfers in flight, and hands
/// the chunks over in plan order:
///
///     [prepare, on a worker] → transfer (engine, many in flight) → [inspect, on a worker] → next()
///
/// Overwrites prepare (generate the random stream) and write; verification reads and inspects (compares
/// against the expected bytes). Each chunk occupies a slot (a buffer) from its preparation until the
/// consumer recycles it, so the slots bound the memory; at most `depth` transfers are in flight, the
/// other slots being prepared, inspected or held by the consumer. A constant pattern is written from
/// one buffer that every slot shares.
///
/// Transfers complete in any order; the consumer still sees the chunks front to back, one at a time,
/// and handles faults and progress as before. It may transfer parts of a chunk again (retries) through
/// `transfer(_:of:)`, on the same engine, while the other chunks stay in flight.
final class ChunkPipeline<Outcome: Sendable>: @unchecked Sendable {
    typealias Prepare = @Sendable (ByteRange, AlignedBuffer) -> Void
    typealias Inspect = @Sendable (ByteRange, AlignedBuffer) -> Outcome

    struct Item: @unchecked Sendable {
        let index: Int
        let range: ByteRange
        let buffer: AlignedBuffer
        let slot: Int
        /// Why the transfer failed; nil when all of it was made.
        let error: SystemCallError?
        /// What `inspect` found, for a chunk transferred without error.
        let outcome: Outcome?
    }

    private let plan: ChunkPlan
    private let direction: BlockIODirection
    private let engine: BlockIOEngine
    private let slots: [AlignedBuffer]
    /// Slot → position of its buffer among the distinct buffers the engine was opened with.
    private let bufferIndices: [Int]
    private let prepare: Prepare?
    private let inspect: Inspect?
    private let depth: Int

    /// Tags of the consumer's own transfers (retries) have this bit set.
    private static var retryBit: UInt64 { 1 << 63 }

    // All state below is guarded by `condition`.
    private let condition = NSCondition()
    private var freeSlots: [Int]
    private var nextToIssue = 0
    /// Prepared chunks waiting for room in flight.
    private var prepared: [(index: Int, slot: Int)] = []
    private var nextTag: UInt64 = 0
    private var inFlight: [UInt64: (index: Int, slot: Int)] = [:]
    private var outstanding = 0
    private var toInspect: [Item] = []
    private var ready: [Int: Item] = [:]
    private var nextToDeliver = 0
    private var retryResults: [UInt64: SystemCallError?] = [:]
    private var runningThreads = 0
    private var cancelled = false

    /// - Parameters:
    ///   - slots: a buffer per chunk that may be under way at once; the same buffer may fill several
    ///     slots when nothing writes into it (a constant pattern).
    ///   - depth: transfers in flight at most (retries aside); fewer than `slots`.
    ///   - engine: opened over the distinct buffers of `slots`, in their order of first appearance;
    ///     closed by `finish()`.
    init(plan: ChunkPlan, direction: BlockIODirection, slots: [AlignedBuffer], depth: Int, engine: BlockIOEngine,
         prepare: Prepare? = nil, inspect: Inspect? = nil) {
        self.depth = max(1, depth)
        self.plan = plan
        self.direction = direction
        self.slots = slots
        self.engine = engine
        self.prepare = prepare
        self.inspect = inspect
        let distinct = Self.distinct(slots)
        self.bufferIndices = slots.map { slot in distinct.firstIndex { $0 === slot }! }
        self.freeSlots = Array(slots.indices.reversed())
    }

    /// Each buffer of `slots` once, in order of first appearance: what the engine registers.
    static func distinct(_ slots: [AlignedBuffer]) -> [AlignedBuffer] {
        var seen: [AlignedBuffer] = []
        for buffer in slots where !seen.contains(where: { $0 === buffer }) { seen.append(buffer) }
        return seen
    }

    /// Starts the completion thread and `workers` threads for preparing and inspecting (none when the
    /// pipeline does neither), and puts the first transfers in flight.
    func start(name: String, workers: Int) {
        let workerCount = prepare == nil && inspect == nil ? 0 : max(1, workers)
        condition.lock()
        runningThreads = 1 + workerCount
        condition.unlock()
        PassThread.start(named: "\(name)-io") { [self] in reap() }
        for number in 0..<workerCount {
            PassThread.start(named: "\(name)-\(number)") { [self] in work() }
        }
        issue()
    }

    /// Puts chunks in flight while there is room: prepared ones, earliest first, or when there is
    /// nothing to prepare straight from the free slots.
    private func issue() {
        condition.lock()
        let requests = takeIssuable()
        condition.unlock()
        for request in requests { engine.submit(request) }
    }

    /// The requests to submit now. Under the lock.
    private func takeIssuable() -> [BlockIORequest] {
        var requests: [BlockIORequest] = []
        while !cancelled, inFlight.count < depth {
            if prepare == nil {
                guard nextToIssue < plan.count, let slot = freeSlots.popLast() else { break }
                requests.append(register(index: nextToIssue, slot: slot))
                nextToIssue += 1
            } else {
                guard let earliest = prepared.indices.min(by: { prepared[$0].index < prepared[$1].index }) else { break }
                let chunk = prepared.remove(at: earliest)
                requests.append(register(index: chunk.index, slot: chunk.slot))
            }
        }
        return requests
    }

    /// Records a chunk as in flight and makes its request. Under the lock.
    private func register(index: Int, slot: Int) -> BlockIORequest {
        let tag = nextTag
        nextTag += 1
        inFlight[tag] = (index, slot)
        outstanding += 1
        condition.broadcast()
        let range = plan[index]
        return BlockIORequest(tag: tag, direction: direction, buffer: slots[slot].base, bufferIndex: bufferIndices[slot],
                              length: Int(range.length), offset: range.offset)
    }

    /// The completion thread: routes each finished transfer to inspection, to the consumer, or to the
    /// retry waiting for it. Lives until `finish()` and the last transfer.
    private func reap() {
        while true {
            condition.lock()
            while outstanding == 0 && !cancelled { condition.wait() }
            if outstanding == 0 {
                runningThreads -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.unlock()

            let completions = engine.waitForCompletions()

            condition.lock()
            for completion in completions {
                outstanding -= 1
                if completion.tag & Self.retryBit != 0 {
                    retryResults[completion.tag] = .some(completion.error)
                    continue
                }
                guard let (index, slot) = inFlight.removeValue(forKey: completion.tag) else { continue }
                if cancelled {
                    freeSlots.append(slot)
                    continue
                }
                let item = Item(index: index, range: plan[index], buffer: slots[slot], slot: slot, error: completion.error, outcome: nil)
                if completion.error == nil, inspect != nil {
                    toInspect.append(item)
                } else {
                    ready[index] = item
                }
            }
            // Room was made in flight.
            let requests = takeIssuable()
            condition.broadcast()
            condition.unlock()
            for request in requests { engine.submit(request) }
        }
    }

    /// A worker: inspects transferred chunks (the earliest first, since the consumer waits for it), or
    /// prepares the next chunk into a free slot and puts it in flight when there is room.
    private func work() {
        condition.lock()
        while true {
            if cancelled {
                runningThreads -= 1
                condition.broadcast()
                condition.unlock()
                return
            }
            if let inspect, let earliest = toInspect.indices.min(by: { toInspect[$0].index < toInspect[$1].index }) {
                let item = toInspect.remove(at: earliest)
                condition.unlock()
                let outcome = inspect(item.range, item.buffer)
                condition.lock()
                if cancelled {
                    freeSlots.append(item.slot)
                } else {
                    ready[item.index] = Item(index: item.index, range: item.range, buffer: item.buffer, slot: item.slot, error: nil, outcome: outcome)
                    condition.broadcast()
                }
                continue
            }
            if let prepare, nextToIssue < plan.count, let slot = freeSlots.popLast() {
                let index = nextToIssue
                nextToIssue += 1
                condition.unlock()
                prepare(plan[index], slots[slot])
                condition.lock()
                if cancelled {
                    freeSlots.append(slot)
                    continue
                }
                prepared.append((index, slot))
                let requests = takeIssuable()
                condition.unlock()
                for request in requests { engine.submit(request) }
                condition.lock()
                continue
            }
            condition.wait()
        }
    }

    /// The next chunk, in plan order; nil once the plan is exhausted or the pipeline is finishing.
    func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while ready[nextToDeliver] == nil {
            if cancelled || nextToDeliver >= plan.count { return nil }
            condition.wait()
        }
        let item = ready.removeValue(forKey: nextToDeliver)!
        nextToDeliver += 1
        return item
    }

    /// Gives a delivered chunk's slot back, for the chunks still to come.
    func recycle(_ item: Item) {
        condition.lock()
        freeSlots.append(item.slot)
        condition.broadcast()
        condition.unlock()
        if prepare == nil { issue() }
    }

    /// Transfers `range`, a part of the delivered chunk `item`, from or into the same place of its buffer,
    /// and waits for it: the consumer's retries, made on the same engine as every other transfer.
    func transfer(_ range: ByteRange, of item: Item) -> SystemCallError? {
        condition.lock()
        let tag = Self.retryBit | nextTag
        nextTag += 1
        outstanding += 1
        condition.broadcast()
        condition.unlock()
        let start = Int(range.offset - item.range.offset)
        engine.submit(BlockIORequest(tag: tag, direction: direction, buffer: item.buffer.base + start, bufferIndex: bufferIndices[item.slot],
                                     length: Int(range.length), offset: range.offset))
        condition.lock()
        defer { condition.unlock() }
        while retryResults.index(forKey: tag) == nil { condition.wait() }
        return retryResults.removeValue(forKey: tag)!
    }

    /// Stops handing out chunks, waits for every transfer under way and every thread, then closes the
    /// engine. A transfer may be in flight on the caller's descriptor: the caller must not close that
    /// descriptor (whose number the kernel would then reuse) before this returns.
    func finish() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while runningThreads > 0 { condition.wait() }
        condition.unlock()
        engine.close()
    }
}
