import RefurbCore
import Testing

@Suite("Quantities in words")
struct QuantityFormatTests {
    @Test("sizes are written as each kind of hardware is sold: disks in decimal units, memory in binary ones")
    func sizes() {
        #expect(QuantityFormat.diskSize(500_107_862_016, language: .en) == "500 GB")
        #expect(QuantityFormat.diskSize(2_000_398_934_016, language: .fr) == "2 To")
        #expect(QuantityFormat.diskSize(250_059_350_016, language: .fr) == "250 Go")
        #expect(QuantityFormat.memorySize(Double(8 << 30), language: .fr) == "8 Go")
        #expect(QuantityFormat.memorySize(Double(7_987_200 << 10), language: .fr) == "7,6 Go")
        #expect(QuantityFormat.memorySize(Double(512 << 20), language: .en) == "512 MB")
        #expect(QuantityFormat.diskSize(-1, language: .en) == "0 B", "a counter that went backwards is not shown negative")
    }

    @Test("pages keep a figure and its unit together")
    func unitSeparator() {
        #expect(QuantityFormat.speed(85_300_000, language: .fr, unitSeparator: "\u{00A0}") == "85,3\u{00A0}Mo/s")
        #expect(QuantityFormat.diskSize(1_500_000_000, language: .en, unitSeparator: "\u{00A0}") == "1.5\u{00A0}GB")
    }

    @Test("a wait is rounded to what a person waiting needs")
    func durations() {
        #expect(QuantityFormat.duration(seconds: 45) == "45 s")
        #expect(QuantityFormat.duration(seconds: 12 * 60 + 10) == "12 min")
        #expect(QuantityFormat.duration(seconds: 2 * 3600 + 5 * 60) == "2 h 05 min")
        #expect(QuantityFormat.duration(seconds: -3) == "0 s")
    }
}
