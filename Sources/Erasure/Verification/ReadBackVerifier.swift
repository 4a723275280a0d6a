import Foundation
import Glibc

/// What the read-back compares the disk against.
public enum ExpectedContent: Sendable {
    /// The pattern that was written, regenerated independently of the write path (zeros, or the
    /// AES-CTR stream from its in-memory key).
    case pattern(PatternSource)
    /// Anything but what was there before (firmware erasures).
    case changedFrom(SectorFingerprints)
}

/// Reads the disk back through its own O_DIRECT descriptor — not the one used to write, and never from
/// the page cache — and compares every sector it reads. Many reads are in flight (`ChunkPipeline`,
/// through io_uring where the kernel allows it), and worker threads compare each chunk read against the
/// expected bytes (regenerated independently of the write path), so the comparison runs on every core.
/// Mismatches are counted per logical sector and located; unreadable areas are retried, narrowed down
/// and recorded, in disk order on this thread.
struct ReadBackVerifier {
    struct Settings: Sendable {
        var chunkSize: Int
        /// Reads in flight.
        var pipelineDepth: Int
        /// Threads comparing what was read.
        var producers: Int
        var retry: RetryPolicy
        var io = BlockIOOptions()
    }

    let path: String
    let sectorSize: Int
    let settings: Settings
    let presence: DevicePresence
    let monitor: PassMonitor

    func verify(plan: ChunkPlan, expected: ExpectedContent, into report: inout VerificationReport) {
        let file: BlockDeviceFile
        do {
            file = try BlockDeviceFile.openForReading(path)
        } catch {
            report.readErrors += 1
            report.abort = presence.isPresent ? .tooManyFailures : .deviceGone
            report.unreadableRanges = (0..<plan.count).map { plan[$0] }
            return
        }
        if !file.isDirect { file.dropCachedPages() }

        let comparator = ChunkComparator(content: expected, sectorSize: sectorSize)
        // A slot per chunk under way: the reads in flight, one being compared per worker, one held here.
        let depth = BlockIOOptions.depth(settings.pipelineDepth)
        let slots = ChunkBufferPool.take(ChunkBufferPool.slotCount(depth: depth, workers: settings.producers), capacity: plan.largestChunk)
        let engine = settings.io.openEngine(file: file, buffers: slots, depth: depth, name: "refurb-read")
        let compare: ChunkPipeline<[ByteRange]>.Inspect = { range, buffer in
            comparator.mismatches(range, read: UnsafeRawBufferPointer(buffer.bytes(count: Int(range.length))))
        }
        let reads = ChunkPipeline(plan: plan, direction: .read, slots: slots, depth: depth, engine: engine, inspect: compare)
        reads.start(name: "refurb-read", workers: settings.producers)

        var mismatches: [ByteRange] = []
        var consecutiveFailures = 0
        while let item = reads.next() {
            defer { reads.recycle(item) }
            var unreadable: [ByteRange] = []
            if item.error == nil {
                mismatches.append(contentsOf: item.outcome ?? [])
            } else {
                report.readErrors += 1
                unreadable = rereadWithRetries(item, on: reads, report: &report)
                let read = UnsafeRawBufferPointer(item.buffer.bytes(count: Int(item.range.length)))
                let found = comparator.mismatches(item.range, read: read)
                mismatches.append(contentsOf: unreadable.isEmpty ? found : found.flatMap { $0.subtracting(unreadable) })
            }
            report.unreadableRanges.append(contentsOf: unreadable)
            report.bytesRead += item.range.length - ByteRange.totalLength(unreadable)
            monitor.advance(by: item.range.length)

            if !unreadable.isEmpty {
                if !presence.isPresent {
                    report.abort = .deviceGone
                    break
                }
                consecutiveFailures = ByteRange.totalLength(unreadable) == item.range.length ? consecutiveFailures + 1 : 0
                if consecutiveFailures >= settings.retry.consecutiveFailedChunksLimit {
                    report.abort = .tooManyFailures
                    break
                }
            } else {
                consecutiveFailures = 0
            }
            if monitor.shouldStop {
                report.abort = report.abort ?? .cancelled
                break
            }
        }
        // No transfer uses the descriptor once the pipeline has finished. Closed now, not when the last
        // reference goes (a pipeline thread may hold one a moment longer): the disk's exclusive open must
        // be free when the caller returns, for whatever opens it next.
        reads.finish()
        file.close()
        ChunkBufferPool.giveBack(slots)
        let merged = ByteRange.coalesce(mismatches)
        report.mismatchedSectors += merged.reduce(0) { $0 + $1.length } / UInt64(sectorSize)
        report.mismatchRanges = Array(ByteRange.coalesce(report.mismatchRanges + merged).prefix(VerificationReport.storedRangeLimit))
        report.unreadableRanges = ByteRange.coalesce(report.unreadableRanges)
    }

    /// Re-reads a chunk that failed, with the retry pauses, then halves what still fails. Returns the
    /// ranges that could not be read at all; the chunk's buffer holds whatever was read.
    private func rereadWithRetries(_ item: ChunkPipeline<[ByteRange]>.Item, on reads: ChunkPipeline<[ByteRange]>, report: inout VerificationReport) -> [ByteRange] {
        for delay in settings.retry.delays {
            if monitor.shouldStop { break }
            Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            monitor.touch()
            report.retries += 1
            if reads.transfer(item.range, of: item) == nil { return [] }
            report.readErrors += 1
        }
        return locateUnreadable(item.range, of: item, on: reads, report: &report)
    }

    private func locateUnreadable(_ range: ByteRange, of item: ChunkPipeline<[ByteRange]>.Item, on reads: ChunkPipeline<[ByteRange]>,
                                  report: inout VerificationReport) -> [ByteRange] {
        let smallest = UInt64(settings.retry.smallestRange)
        guard range.length > smallest else { return [range] }
        let half = max(smallest, (range.length / 2) / smallest * smallest)
        var failed: [ByteRange] = []
        for piece in [ByteRange(offset: range.offset, length: half), ByteRange(offset: range.offset + half, length: range.length - half)] where piece.length > 0 {
            monitor.touch()
            if let error = reads.transfer(piece, of: item) {
                report.readErrors += 1
                if piece.length <= smallest || error.meansDeviceIsGone {
                    failed.append(piece)
                } else {
                    failed += locateUnreadable(piece, of: item, on: reads, report: &report)
                }
            }
        }
        return failed
    }
}

extension ByteRange {
    /// This range minus the given ones: what is left when known-bad areas are taken out.
    public func subtracting(_ others: [ByteRange]) -> [ByteRange] {
        var pieces = [self]
        for other in ByteRange.coalesce(others) {
            pieces = pieces.flatMap { piece -> [ByteRange] in
                guard other.offset < piece.end, other.end > piece.offset else { return [piece] }
                var rest: [ByteRange] = []
                if other.offset > piece.offset { rest.append(ByteRange(offset: piece.offset, length: other.offset - piece.offset)) }
                if other.end < piece.end { rest.append(ByteRange(offset: other.end, length: piece.end - other.end)) }
                return rest
            }
        }
        return pieces
    }
}
