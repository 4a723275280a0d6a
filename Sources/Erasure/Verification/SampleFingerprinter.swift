/// Reads the sampled parts of a disk before a firmware erase and remembers their fingerprints, so the
/// read-back afterwards can check that the old content is gone. Uses its own O_DIRECT descriptor.
struct SampleFingerprinter {
    let path: String
    let pipelineDepth: Int
    let monitor: PassMonitor

    func fingerprint(_ plan: ChunkPlan) -> SectorFingerprints? {
        guard let file = try? BlockDeviceFile.openForReading(path) else { return nil }
        if !file.isDirect { file.dropCachedPages() }
        let reads = ChunkPipeline(plan: plan, bufferCapacity: plan.largestChunk, depth: pipelineDepth) { range, buffer in
            file.read(into: buffer.bytes(count: Int(range.length)), at: range.offset)
        }
        reads.start(name: "refurb-fingerprint")
        var fingerprints = SectorFingerprints()
        while let item = reads.next() {
            // An unreadable sample before the erase simply has no fingerprint: it can't be compared later.
            if item.outcome == nil {
                fingerprints.record(UnsafeRawBufferPointer(item.buffer.bytes(count: Int(item.range.length))), at: item.range.offset)
            }
            monitor.advance(by: item.range.length)
            reads.recycle(item.buffer)
        }
        reads.finish()
        return fingerprints
    }
}
