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
/// the page cache — and compares every sector it reads. Reading and regenerating the expected bytes run
/// on separate threads ahead of the comparison. Mismatches are counted per logical sector and located;
/// unreadable areas are retried, narrowed down and recorded.
struct ReadBackVerifier {
    struct Settings: Sendable {
        var chunkSize: Int
        var pipelineDepth: Int
        var producers: Int
        var retry: RetryPolicy
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

        let reads = ChunkPipeline(plan: plan, bufferCapacity: plan.largestChunk, depth: settings.pipelineDepth) { range, buffer in
            file.read(into: buffer.bytes(count: Int(range.length)), at: range.offset)
        }
        var expectedStream: ChunkPipeline?
        var constantExpected: AlignedBuffer?
        if case .pattern(let pattern) = expected {
            if pattern.isConstant {
                let buffer = AlignedBuffer(capacity: plan.largestChunk)
                pattern.fill(buffer.bytes(count: buffer.capacity), deviceOffset: 0)
                constantExpected = buffer
            } else {
                let stream = ChunkPipeline(plan: plan, bufferCapacity: plan.largestChunk, depth: settings.pipelineDepth) { range, buffer in
                    pattern.fill(buffer.bytes(count: Int(range.length)), deviceOffset: range.offset)
                    return nil
                }
                stream.start(name: "refurb-expected", producers: settings.producers)
                expectedStream = stream
            }
        }
        reads.start(name: "refurb-read", producers: settings.producers)

        var mismatches: [ByteRange] = []
        var consecutiveFailures = 0
        while let item = reads.next() {
            let expectedItem = expectedStream?.next()
            defer {
                reads.recycle(item.buffer)
                if let expectedItem { expectedStream?.recycle(expectedItem.buffer) }
            }
            var unreadable: [ByteRange] = []
            if let error = item.error {
                report.readErrors += 1
                _ = error
                unreadable = rereadWithRetries(item.range, file: file, into: item.buffer, report: &report)
            }
            let expectedBytes: UnsafeRawPointer? = (expectedItem?.buffer.base).map { UnsafeRawPointer($0) } ?? constantExpected.map { UnsafeRawPointer($0.base) }
            let found = compare(item.range, read: item.buffer, expected: expectedBytes, content: expected, skipping: unreadable)
            mismatches.append(contentsOf: found)
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
        if report.abort != nil {
            reads.cancel()
            expectedStream?.cancel()
        }
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

    /// The mismatching sectors of one chunk, as ranges. A whole-chunk memcmp settles the common case;
    /// only a chunk that differs is walked sector by sector.
    private func compare(_ range: ByteRange, read: AlignedBuffer, expected: UnsafeRawPointer?, content: ExpectedContent, skipping unreadable: [ByteRange]) -> [ByteRange] {
        let length = Int(range.length)
        let readBytes = UnsafeRawBufferPointer(start: read.base, count: length)
        var found: [ByteRange] = []
        switch content {
        case .pattern:
            guard let expected, memcmp(read.base, expected, length) != 0 else { return [] }
            var sectorStart = 0
            while sectorStart < length {
                let count = min(sectorSize, length - sectorStart)
                if memcmp(read.base + sectorStart, expected + sectorStart, count) != 0 {
                    found.append(ByteRange(offset: range.offset + UInt64(sectorStart), length: UInt64(count)))
                }
                sectorStart += count
            }
        case .changedFrom(let fingerprints):
            found = fingerprints.unchangedRanges(readBytes, at: range.offset)
        }
        guard !unreadable.isEmpty else { return ByteRange.coalesce(found) }
        return ByteRange.coalesce(found).flatMap { $0.subtracting(unreadable) }
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
