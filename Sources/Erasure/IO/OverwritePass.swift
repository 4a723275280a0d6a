import Foundation
import HostSystem

/// What one overwrite pass achieved, fault by fault.
public struct OverwritePassReport: Sendable {
    public var bytesWritten: UInt64 = 0
    /// Ranges that still failed after the retries.
    public var failedRanges: [ByteRange] = []
    /// Ranges never attempted because the pass stopped early.
    public var unwrittenRanges: [ByteRange] = []
    public var retries = 0
    public var writeErrors = 0
    public var errorSamples: [String] = []
    public var abort: PassAbort?
    public var flushFailed = false
    public var directIO = true
    /// How the writes were made: "io_uring, 16 in flight, registered buffers", or the threads that stood in.
    public var engine = ""

    mutating func note(_ error: SystemCallError) {
        writeErrors += 1
        if errorSamples.count < 10 { errorSamples.append(error.description) }
    }
}

/// Writes a pattern over the whole disk with direct I/O in large aligned chunks, with many writes in
/// flight (`ChunkPipeline`, through io_uring where the kernel allows it): a writer that waits for each
/// write before making the next leaves the disk idle in between, and a fast disk reaches its speed only
/// with several requests queued (docs/erasure/throughput.md). A generated pattern is filled on worker
/// threads ahead of the writes. Results are taken in disk order on the pass's own thread, which retries
/// failing chunks, narrows them down and records them; the pass goes on past them. It ends with a flush
/// of the drive's cache.
final class OverwritePass {
    struct Settings: Sendable {
        var chunkSize: Int
        /// Writes in flight.
        var pipelineDepth: Int
        /// Threads generating a pattern that is not constant.
        var producers: Int
        var retry: RetryPolicy
        var io = BlockIOOptions()
        /// A read-back follows: a zero pass prepares its buffers meanwhile.
        var verificationFollows = true
    }

    private let file: BlockDeviceFile
    private let size: UInt64
    private let pattern: PatternSource
    private let settings: Settings
    private let presence: DevicePresence
    private let monitor: PassMonitor
    private var report = OverwritePassReport()

    init(file: BlockDeviceFile, size: UInt64, pattern: PatternSource, settings: Settings, presence: DevicePresence, monitor: PassMonitor) {
        self.file = file
        self.size = size
        self.pattern = pattern
        self.settings = settings
        self.presence = presence
        self.monitor = monitor
    }

    func run() -> OverwritePassReport {
        report.directIO = file.isDirect
        let plan = ChunkPlan.sequential(totalBytes: size, chunkSize: settings.chunkSize)
        var consecutiveFailures = 0
        var nextOffset: UInt64 = 0

        let depth = BlockIOOptions.depth(settings.pipelineDepth)
        let slots = writeSlots(largestChunk: plan.largestChunk, depth: depth)
        let engine = settings.io.openEngine(file: file, buffers: ChunkPipeline<Void>.distinct(slots), depth: depth, name: "refurb-write")
        report.engine = engine.summary
        let pattern = self.pattern
        let generate: ChunkPipeline<Void>.Prepare = { range, buffer in
            pattern.fill(buffer.bytes(count: Int(range.length)), deviceOffset: range.offset)
        }
        let writes = ChunkPipeline<Void>(plan: plan, direction: .write, slots: slots, depth: depth, engine: engine, prepare: pattern.isConstant ? nil : generate)

        func handle(_ item: ChunkPipeline<Void>.Item) -> Bool {
            let range = item.range
            let failedBefore = ByteRange.totalLength(report.failedRanges)
            if let firstError = item.error { retryWrite(item, after: firstError, on: writes) }
            let failedNow = ByteRange.totalLength(report.failedRanges) - failedBefore
            report.bytesWritten += range.length - failedNow
            monitor.advance(by: range.length)
            nextOffset = range.end
            if failedNow > 0 {
                if !presence.isPresent {
                    report.abort = .deviceGone
                    return false
                }
                consecutiveFailures = failedNow == range.length ? consecutiveFailures + 1 : 0
                if consecutiveFailures >= settings.retry.consecutiveFailedChunksLimit {
                    report.abort = .tooManyFailures
                    return false
                }
            } else {
                consecutiveFailures = 0
            }
            if monitor.shouldStop {
                report.abort = report.abort ?? .cancelled
                return false
            }
            return true
        }

        writes.start(name: "refurb-write", workers: settings.producers)
        // The verification that follows reads into buffers of its own; a constant pattern leaves the pool
        // without them (it writes from one), so they are made now, while the disk is busy.
        if pattern.isConstant && settings.verificationFollows {
            ChunkBufferPool.prepare(ChunkBufferPool.slotCount(depth: depth, workers: settings.producers), capacity: plan.largestChunk)
        }
        while let item = writes.next() {
            let keepGoing = handle(item)
            writes.recycle(item)
            if !keepGoing { break }
        }
        // Writes still in flight finish before the flush; chunks written past an early stop are still
        // counted as unwritten, which only understates what was erased.
        writes.finish()
        ChunkBufferPool.giveBack(ChunkPipeline<Void>.distinct(slots))
        // A disk dropping off the bus fails its writes before its device node goes away; with several
        // writes in flight the failure limit can be reached inside that window. Asked again once every
        // write has returned, the device says whether it is still there.
        if report.abort == .tooManyFailures, !presence.isPresent {
            report.abort = .deviceGone
        }

        if nextOffset < size {
            report.unwrittenRanges.append(ByteRange(offset: nextOffset, length: size - nextOffset))
        }
        if report.abort != .deviceGone, let error = file.flush() {
            report.flushFailed = true
            report.note(error)
        }
        if !file.isDirect { file.dropCachedPages() }
        return report
    }

    /// A slot per chunk under way: the writes in flight, one held by this thread, and with a generated
    /// pattern one being filled per worker. A constant pattern is filled once into a single buffer that
    /// every slot shares (writes only read from it), so it gets as many again for free: writes that
    /// finished ahead of an earlier one wait for this thread without holding back the next writes. A
    /// generated pattern needs a buffer per slot.
    private func writeSlots(largestChunk: Int, depth: Int) -> [AlignedBuffer] {
        guard pattern.isConstant else {
            return ChunkBufferPool.take(ChunkBufferPool.slotCount(depth: depth, workers: settings.producers), capacity: largestChunk)
        }
        let constant = ChunkBufferPool.take(1, capacity: largestChunk)[0]
        pattern.fill(constant.bytes(count: constant.capacity), deviceOffset: 0)
        return Array(repeating: constant, count: 2 * depth + 1)
    }

    /// Retries a chunk whose first write failed; its buffer still holds its bytes.
    private func retryWrite(_ item: ChunkPipeline<Void>.Item, after firstError: SystemCallError, on writes: ChunkPipeline<Void>) {
        report.note(firstError)
        if firstError.meansDeviceIsGone {
            report.failedRanges.append(item.range)
            return
        }
        for delay in settings.retry.delays {
            guard !monitor.shouldStop else { break }
            Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            monitor.touch()
            report.retries += 1
            guard let error = writes.transfer(item.range, of: item) else { return }
            report.note(error)
        }
        locateFailures(in: item.range, of: item, on: writes)
    }

    /// Halves a failing range until the pieces that still fail are at most `smallestRange` long, and
    /// records those. Pieces that succeed are written as a side effect.
    private func locateFailures(in range: ByteRange, of item: ChunkPipeline<Void>.Item, on writes: ChunkPipeline<Void>) {
        let smallest = UInt64(settings.retry.smallestRange)
        guard range.length > smallest else {
            report.failedRanges.append(range)
            return
        }
        let half = max(smallest, (range.length / 2) / smallest * smallest)
        let pieces = [ByteRange(offset: range.offset, length: half), ByteRange(offset: range.offset + half, length: range.length - half)]
        for piece in pieces where piece.length > 0 {
            monitor.touch()
            if let error = writes.transfer(piece, of: item) {
                report.note(error)
                if piece.length <= smallest || error.meansDeviceIsGone {
                    report.failedRanges.append(piece)
                } else {
                    locateFailures(in: piece, of: item, on: writes)
                }
            }
        }
    }
}
