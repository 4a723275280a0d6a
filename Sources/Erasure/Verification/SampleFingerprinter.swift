/// Reads the sampled parts of a disk before a firmware erase and remembers their fingerprints, so the
/// read-back afterwards can check that the old content is gone. Uses its own O_DIRECT descriptor.
struct SampleFingerprinter {
    let path: String
    let pipelineDepth: Int
    let monitor: PassMonitor
    var io = BlockIOOptions()

    func fingerprint(_ plan: ChunkPlan) -> SectorFingerprints? {
        guard let file = try? BlockDeviceFile.openForReading(path) else { return nil }
        if !file.isDirect { file.dropCachedPages() }
        let depth = BlockIOOptions.depth(pipelineDepth)
        let slots = ChunkBufferPool.take(depth + 1, capacity: plan.largestChunk)
        let reads = ChunkPipeline<Void>(plan: plan, direction: .read, slots: slots, depth: depth,
                                        engine: io.openEngine(file: file, buffers: slots, depth: depth, name: "refurb-fingerprint"))
        reads.start(name: "refurb-fingerprint", workers: 0)
        var fingerprints = SectorFingerprints()
        while let item = reads.next() {
            // An unreadable sample before the erase simply has no fingerprint: it can't be compared later.
            if item.error == nil {
                fingerprints.record(UnsafeRawBufferPointer(item.buffer.bytes(count: Int(item.range.length))), at: item.range.offset)
            }
            monitor.advance(by: item.range.length)
            reads.recycle(item)
        }
        reads.finish()
        file.close()
        ChunkBufferPool.giveBack(slots)
        return fingerprints
    }
}
