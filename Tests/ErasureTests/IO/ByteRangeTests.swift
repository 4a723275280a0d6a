import Erasure
import Testing

@Suite struct ByteRangeTests {
    @Test func coalesceMergesTouchingAndOverlapping() {
        let merged = ByteRange.coalesce([.init(offset: 100, length: 50), .init(offset: 0, length: 100), .init(offset: 140, length: 20), .init(offset: 500, length: 1)])
        #expect(merged == [.init(offset: 0, length: 160), .init(offset: 500, length: 1)])
        #expect(ByteRange.totalLength(merged) == 161)
    }

    @Test func subtractingCutsHoles() {
        let range = ByteRange(offset: 0, length: 100)
        #expect(range.subtracting([.init(offset: 10, length: 10), .init(offset: 90, length: 50)]) == [.init(offset: 0, length: 10), .init(offset: 20, length: 70)])
        #expect(range.subtracting([.init(offset: 0, length: 100)]).isEmpty)
        #expect(range.subtracting([.init(offset: 200, length: 1)]) == [range])
    }
}
