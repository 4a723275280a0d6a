import Labels
import Testing

/// Golden bytes, derived by hand from Brother's raster command reference and written out with their
/// reasoning in Fixtures/golden/*.hex: a bitmap with one dot at each edge, so that the mirroring and
/// the right offset are visible in the bytes.
@Suite struct BrotherRasterGoldenTests {
    static func edgeDots() -> MonochromeBitmap {
        var bitmap = MonochromeBitmap(width: 696, height: 3)
        bitmap[0, 1] = true
        bitmap[695, 1] = true
        return bitmap
    }

    @Test(arguments: [("QL-700", "brother-ql700-62-endless-edge-dots.hex"),
                      ("QL-820NWB", "brother-ql820nwb-62-endless-edge-dots.hex")])
    func matchesTheHandDerivedJob(model: String, golden: String) throws {
        let encoder = try BrotherRasterEncoder(model: BrotherQLModel.named(model)!, media: BrotherMedia.named("62")!)
        let job = try encoder.encode(Self.edgeDots())
        let expected = try HexFixture.bytes("golden/\(golden)")
        #expect(job.count == expected.count)
        if let first = zip(job, expected).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            Issue.record("first difference at byte \(first.offset): \(first.element.0) instead of \(first.element.1)")
        }
    }
}

@Suite struct PackBitsTests {
    @Test func matchesApplesTechnicalNoteExample() {
        // TN1023: AA AA AA 80 00 2A AA AA AA AA 80 00 2A 22 AA AA AA AA AA AA AA AA AA AA
        let unpacked: [UInt8] = [0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0xAA, 0xAA, 0xAA, 0xAA, 0x80, 0x00, 0x2A, 0x22,
                                 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA]
        let packed = PackBits.encode(unpacked[...])
        #expect(packed == [0xFE, 0xAA, 0x02, 0x80, 0x00, 0x2A, 0xFD, 0xAA, 0x03, 0x80, 0x00, 0x2A, 0x22, 0xF7, 0xAA])
        #expect(PackBits.decode(packed) == unpacked)
    }

    @Test func anAllWhiteLineIsTwoBytes() {
        #expect(PackBits.encode([UInt8](repeating: 0, count: 90)[...]) == [0xA7, 0x00])
    }

    @Test func roundTripsLongRunsAndLiterals() {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 2, 3, 127, 128, 129, 162, 300] {
            let data = (0..<length).map { index -> UInt8 in index % 7 < 3 ? 0 : UInt8.random(in: 0...255, using: &generator) }
            #expect(PackBits.decode(PackBits.encode(data[...])) == data)
        }
    }
}
