import Foundation

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

    mutating func note(_ error: SystemCallError) {
        writeErrors += 1
        if errorSamples.count < 10 { errorSamples.append(error.description) }
    }
}

/// Writes a pattern over the whole disk with direct I/O in large aligned chunks. Several writer threads
/// each generate a chunk (unless the pattern is constant) and write it, so that more than one O_DIRECT
/// write is in flight and generation overlaps the other writers' I/O: a single synchronous writer leaves
/// the disk idle between one write's completion and the next write's submission. Results are taken in
/// disk order on the pass's own thread, which retries failing chunks, narrows them down and records them;
/// the pass goes on past them. It ends with a flush of the drive's cache.
final class OverwritePass {
    struct Settings: Sendable {
        var chunkSize: Int
        var pipelineDepth: Int
        /// Writer threads, hence O_DIRECT writes in flight.
        var producers: Int
        var retry: RetryPolicy
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

        func handle(_ range: ByteRange, _ buffer: AlignedBuffer, firstError: SystemCallError?) -> Bool {
            let failedBefore = ByteRange.totalLength(report.failedRanges)
            if let firstError { retryWrite(range, from: buffer, after: firstError) }
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

        // A writer generating its next chunk has no write in flight: with a generated pattern, one extra
        // writer keeps `producers` writes in flight while generation goes on beside them.
        let writerCount = pattern.isConstant ? settings.producers : settings.producers + 1
        let writers = ChunkPipeline(plan: plan, buffers: writeBuffers(largestChunk: plan.largestChunk, writers: writerCount)) { [file, pattern] range, buffer in
            let bytes = buffer.bytes(count: Int(range.length))
            if !pattern.isConstant { pattern.fill(bytes, deviceOffset: range.offset) }
            return file.write(UnsafeRawBufferPointer(bytes), at: range.offset)
        }
        writers.start(name: "refurb-write", producers: writerCount)
        while let item = writers.next() {
            let keepGoing = handle(item.range, item.buffer, firstError: item.outcome)
            writers.recycle(item.buffer)
            if !keepGoing { break }
        }
        // Writers still busy with later chunks finish them before the flush; chunks written past an
        // early stop are still counted as unwritten, which only understates what was erased.
        writers.finish()
        // A disk dropping off the bus fails its writes before its device node goes away; with several
        // writes in flight the failure limit can be reached inside that window. Asked again once every
        // writer has returned, the device says whether it is still there.
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

    /// One buffer per chunk in circulation. A constant pattern is filled once into a single buffer that
    /// every writer only reads from; a generated pattern needs a buffer per chunk.
    private func writeBuffers(largestChunk: Int, writers: Int) -> [AlignedBuffer] {
        // Two spare buffers: one held by this thread, one for a writer that finished ahead of its turn.
        let depth = max(settings.pipelineDepth, writers + 2)
        guard pattern.isConstant else { return (0..<depth).map { _ in AlignedBuffer(capacity: largestChunk) } }
        let constant = AlignedBuffer(capacity: largestChunk)
        pattern.fill(constant.bytes(count: constant.capacity), deviceOffset: 0)
        return Array(repeating: constant, count: depth)
    }

    /// Retries a chunk whose first write (by a writer thread) failed; the buffer still holds its bytes.
    private func retryWrite(_ range: ByteRange, from buffer: AlignedBuffer, after firstError: SystemCallError) {
        report.note(firstError)
        if firstError.meansDeviceIsGone {
            report.failedRanges.append(range)
            return
        }
        for delay in settings.retry.delays {
            guard !monitor.shouldStop else { break }
            Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            monitor.touch()
            report.retries += 1
            guard let error = write(range, chunkStart: range.offset, buffer: buffer) else { return }
            report.note(error)
        }
        locateFailures(in: range, chunkStart: range.offset, buffer: buffer)
    }

    /// Halves a failing range until the pieces that still fail are at most `smallestRange` long, and
    /// records those. Pieces that succeed are written as a side effect.
    private func locateFailures(in range: ByteRange, chunkStart: UInt64, buffer: AlignedBuffer) {
        let smallest = UInt64(settings.retry.smallestRange)
        guard range.length > smallest else {
            report.failedRanges.append(range)
            return
        }
        let half = max(smallest, (range.length / 2) / smallest * smallest)
        let pieces = [ByteRange(offset: range.offset, length: half), ByteRange(offset: range.offset + half, length: range.length - half)]
        for piece in pieces where piece.length > 0 {
            monitor.touch()
            if let error = write(piece, chunkStart: chunkStart, buffer: buffer) {
                report.note(error)
                if piece.length <= smallest || error.meansDeviceIsGone {
                    report.failedRanges.append(piece)
                } else {
                    locateFailures(in: piece, chunkStart: chunkStart, buffer: buffer)
                }
            }
        }
    }

    private func write(_ range: ByteRange, chunkStart: UInt64, buffer: AlignedBuffer) -> SystemCallError? {
        let start = Int(range.offset - chunkStart)
        let bytes = UnsafeRawBufferPointer(start: buffer.base + start, count: Int(range.length))
        return file.write(bytes, at: range.offset)
    }
}
