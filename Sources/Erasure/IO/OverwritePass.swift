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

/// Writes a pattern over the whole disk with direct I/O in large aligned chunks. For a generated pattern
/// the next chunks are produced on another thread while the current one is written. Failing chunks are
/// retried, then narrowed down and recorded; the pass goes on past them. It ends with a flush of the
/// drive's cache.
final class OverwritePass {
    struct Settings: Sendable {
        var chunkSize: Int
        var pipelineDepth: Int
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

        func handle(_ range: ByteRange, _ buffer: AlignedBuffer) -> Bool {
            let failedBefore = ByteRange.totalLength(report.failedRanges)
            writeWithRetries(range, from: buffer)
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

        if pattern.isConstant {
            let buffer = AlignedBuffer(capacity: plan.largestChunk)
            pattern.fill(buffer.bytes(count: buffer.capacity), deviceOffset: 0)
            for index in 0..<plan.count {
                if !handle(plan[index], buffer) { break }
            }
        } else {
            let pattern = self.pattern
            let pipeline = ChunkPipeline(plan: plan, bufferCapacity: plan.largestChunk, depth: settings.pipelineDepth) { range, buffer in
                pattern.fill(buffer.bytes(count: Int(range.length)), deviceOffset: range.offset)
                return nil
            }
            pipeline.start(name: "refurb-pattern", producers: settings.producers)
            while let item = pipeline.next() {
                let keepGoing = handle(item.range, item.buffer)
                pipeline.recycle(item.buffer)
                if !keepGoing {
                    pipeline.cancel()
                    break
                }
            }
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

    private func writeWithRetries(_ range: ByteRange, from buffer: AlignedBuffer) {
        guard let firstError = write(range, chunkStart: range.offset, buffer: buffer) else { return }
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
