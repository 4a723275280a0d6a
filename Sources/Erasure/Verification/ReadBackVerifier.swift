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
/// the page cache — and compares every sector it reads. Reader threads each read a chunk and compare it
/// against the expected bytes (regenerated independently of the write path), so that several reads are
/// in flight and the comparison runs on every core. Mismatches are counted per logical sector and
/// located; unreadable areas are retried, narrowed down and recorded, in disk order on this thread.
struct ReadBackVerifier {
    struct Settings: Sendable {
        var chunkSize: Int
        var pipelineDepth: Int
        /// Reader threads, hence reads in flight.
        var producers: Int
        var retry: RetryPolicy
    }

    /// What a reader thread found in one chunk.
    enum ChunkReading: Sendable {
        case compared(mismatches: [ByteRange])
        case failed(SystemCallError)
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
        // Two spare buffers: one held by this thread, one for a reader that finished ahead of its turn.
        let depth = max(settings.pipelineDepth, settings.producers + 2)
        let reads = ChunkPipeline<ChunkReading>(plan: plan, bufferCapacity: plan.largestChunk, depth: depth) { range, buffer in
            let bytes = buffer.bytes(count: Int(range.length))
            if let error = file.read(into: bytes, at: range.offset) { return .failed(error) }
            return .compared(mismatches: comparator.mismatches(range, read: UnsafeRawBufferPointer(bytes)))
        }
        reads.start(name: "refurb-read", producers: settings.producers)

        var mismatches: [ByteRange] = []
        var consecutiveFailures = 0
        while let item = reads.next() {
            defer { reads.recycle(item.buffer) }
            var unreadable: [ByteRange] = []
            switch item.outcome {
            case .compared(let found):
                mismatches.append(contentsOf: found)
            case .failed:
                report.readErrors += 1
                unreadable = rereadWithRetries(item.range, file: file, into: item.buffer, report: &report)
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
        // The descriptor closes when `file` goes: no reader may still be using it by then.
        reads.finish()
        let merged = ByteRange.coalesce(mismatches)
        report.mismatchedSectors += merged.reduce(0) { $0 + $1.length } / UInt64(sectorSize)
        report.mismatchRanges = Array(ByteRange.coalesce(report.mismatchRanges + merged).prefix(VerificationReport.storedRangeLimit))
        report.unreadableRanges = ByteRange.coalesce(report.unreadableRanges)
    }

    /// Re-reads a chunk that failed, with the retry pauses, then halves what still fails. Returns the
    /// ranges that could not be read at all; the buffer holds whatever was read.
    private func rereadWithRetries(_ range: ByteRange, file: BlockDeviceFile, into buffer: AlignedBuffer, report: inout VerificationReport) -> [ByteRange] {
        for delay in settings.retry.delays {
            if monitor.shouldStop { break }
            Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
            monitor.touch()
            report.retries += 1
            if read(range, chunkStart: range.offset, file: file, buffer: buffer) == nil { return [] }
            report.readErrors += 1
        }
        return locateUnreadable(range, chunkStart: range.offset, file: file, buffer: buffer, report: &report)
    }

    private func locateUnreadable(_ range: ByteRange, chunkStart: UInt64, file: BlockDeviceFile, buffer: AlignedBuffer, report: inout VerificationReport) -> [ByteRange] {
        let smallest = UInt64(settings.retry.smallestRange)
        guard range.length > smallest else { return [range] }
        let half = max(smallest, (range.length / 2) / smallest * smallest)
        var failed: [ByteRange] = []
        for piece in [ByteRange(offset: range.offset, length: half), ByteRange(offset: range.offset + half, length: range.length - half)] where piece.length > 0 {
            monitor.touch()
            if let error = read(piece, chunkStart: chunkStart, file: file, buffer: buffer) {
                report.readErrors += 1
                if piece.length <= smallest || error.meansDeviceIsGone {
                    failed.append(piece)
                } else {
                    failed += locateUnreadable(piece, chunkStart: chunkStart, file: file, buffer: buffer, report: &report)
                }
            }
        }
        return failed
    }

    private func read(_ range: ByteRange, chunkStart: UInt64, file: BlockDeviceFile, buffer: AlignedBuffer) -> SystemCallError? {
        let start = Int(range.offset - chunkStart)
        return file.read(into: UnsafeMutableRawBufferPointer(start: buffer.base + start, count: Int(range.length)), at: range.offset)
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
