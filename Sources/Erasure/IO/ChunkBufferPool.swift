import Synchronization

/// Chunk buffers kept from one pass to the next in the same process: the verification after a random
/// pass reads into the buffers the pass wrote from, instead of allocating as many again.
///
/// Each new buffer costs its first touch: on the benchmark's virtual machine 19 buffers of 4 MiB took
/// 12 to 240 ms to fault in (huge pages compacted on demand, else a thousand 4 KiB faults each), as
/// much as the transfer of a few hundred megabytes. Idle buffers are kept up to `idleLimit` bytes;
/// beyond, they are freed.
enum ChunkBufferPool {
    static let idleLimit = 96 << 20

    private static let idle = Mutex<[AlignedBuffer]>([])

    /// `count` buffers of at least `capacity` bytes: idle ones first, then new ones. Their content is
    /// whatever the last user left (every user fills or reads into them before use).
    static func take(_ count: Int, capacity: Int) -> [AlignedBuffer] {
        var taken = idle.withLock { idle -> [AlignedBuffer] in
            var found: [AlignedBuffer] = []
            while found.count < count, let index = idle.firstIndex(where: { $0.capacity >= capacity }) {
                found.append(idle.remove(at: index))
            }
            return found
        }
        while taken.count < count { taken.append(AlignedBuffer(capacity: capacity)) }
        return taken
    }

    /// Buffers a pass needs for `depth` transfers in flight with `workers` generating or comparing chunks
    /// beside them: one more for the chunk its own thread holds.
    static func slotCount(depth: Int, workers: Int) -> Int { depth + max(1, workers) + 1 }

    /// Allocates `count` buffers on a thread of their own and leaves them idle here, for a pass to come:
    /// a zero pass, which writes from a single buffer, prepares those of its verification while the disk
    /// is busy writing.
    static func prepare(_ count: Int, capacity: Int) {
        PassThread.start(named: "refurb-buffers") { giveBack(take(count, capacity: capacity)) }
    }

    /// Gives back buffers no transfer uses any more (after the pipeline that used them has finished).
    static func giveBack(_ buffers: [AlignedBuffer]) {
        idle.withLock { idle in
            for buffer in buffers where !idle.contains(where: { $0 === buffer }) {
                guard idle.reduce(0, { $0 + $1.capacity }) + buffer.capacity <= idleLimit else { break }
                idle.append(buffer)
            }
        }
    }
}
