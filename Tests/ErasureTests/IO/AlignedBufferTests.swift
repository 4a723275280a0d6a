@testable import Erasure
import Testing

@Suite struct AlignedBufferTests {
    /// Chunk-sized buffers start on a huge-page boundary and span whole huge pages, so the kernel can
    /// back them with huge pages; small ones (tests' chunks, sample reads) keep the O_DIRECT alignment.
    @Test func chunkBuffersSpanWholeHugePages() {
        let chunk = AlignedBuffer(capacity: (4 << 20) + 4096)
        #expect(Int(bitPattern: chunk.base) % AlignedBuffer.hugePageSize == 0)
        #expect(chunk.capacity == 6 << 20)
        let small = AlignedBuffer(capacity: 64 << 10)
        #expect(Int(bitPattern: small.base) % AlignedBuffer.alignment == 0)
        #expect(small.capacity == 64 << 10)
    }

    /// A fresh buffer is zeroed over its whole capacity, huge pages or not: a zero pass writes it as is.
    @Test func freshBuffersAreZero() {
        for capacity in [4096, 2 << 20, 4 << 20] {
            let buffer = AlignedBuffer(capacity: capacity)
            #expect(UnsafeRawBufferPointer(buffer.bytes(count: buffer.capacity)).allSatisfy { $0 == 0 })
        }
    }
}
