import PropertyBased
import Testing
@testable import RefurbCore

/// Sums and conversions of stored or sent numbers never trap: they report the overflow or hold at the
/// limit, exactly as a sum in a wider type says.
@Suite("Arithmetic that cannot trap")
struct CheckedArithmeticTests {
    // Int128 is the wider type the results are checked against.
    @available(macOS 15.0, *)
    static func clamped(_ wide: Int128) -> Int { wide > Int128(Int.max) ? .max : (wide < Int128(Int.min) ? .min : Int(wide)) }

    @Test("a checked sum is the sum in a wider type, or nil exactly when that does not fit in an Int")
    func checkedSum() async {
        guard #available(macOS 15.0, *) else { return }
        await propertyCheck(count: 500, input: Gen.int(in: Int.min...Int.max).array(of: 0...6)) { values in
            let wide = values.reduce(Int128(0)) { $0 + Int128($1) }
            var fits = true
            var running = Int128(0)
            for value in values {
                running += Int128(value)
                if running > Int128(Int.max) || running < Int128(Int.min) { fits = false }
            }
            #expect(Int.checkedSum(values) == (fits ? Int(wide) : nil))
        }
        // The two repairs of the report: 2 × 5 × 10¹⁸ cents.
        #expect(Int.checkedSum([5_000_000_000_000_000_000, 5_000_000_000_000_000_000]) == nil)
        #expect(Money.sum([Money(cents: 5_000_000_000_000_000_000), Money(cents: 5_000_000_000_000_000_000)]) == nil)
        #expect(Money.sum([Money(cents: 100_000_000), Money(cents: 1)]) == Money(cents: 100_000_001))
    }

    @Test("saturating sums, differences and products hold at the limits a wider type would pass")
    func saturating() async {
        guard #available(macOS 15.0, *) else { return }
        await propertyCheck(count: 500, input: Gen.int(in: Int.min...Int.max), Gen.int(in: Int.min...Int.max)) { a, b in
            #expect(a.saturatingAdding(b) == Self.clamped(Int128(a) + Int128(b)))
            #expect(a.saturatingSubtracting(b) == Self.clamped(Int128(a) - Int128(b)))
            let product = Int128(a).multipliedReportingOverflow(by: Int128(b))
            let expected = product.overflow ? ((a < 0) == (b < 0) ? Int.max : Int.min) : Self.clamped(product.partialValue)
            #expect(a.saturatingMultiplied(by: b) == expected)
        }
    }

    @Test("a Double becomes an Int without trapping, whatever it holds", arguments: [
        (Double.nan, 0), (.infinity, .max), (-.infinity, .min), (1e300, .max), (-1e300, .min),
        (9.3e18, .max), (-9.3e18, .min), (1.9, 1), (-1.9, -1), (0, 0),
    ] as [(Double, Int)])
    func fromDouble(value: Double, expected: Int) {
        #expect(Int(saturating: value) == expected)
    }

    @Test("figures a report made up are written, not trapped on")
    func wildFigures() {
        #expect(!QuantityFormat.decimal(1e300, fractionDigits: 0, language: .fr).isEmpty)
        #expect(QuantityFormat.decimal(.infinity, fractionDigits: 0, language: .en) == "∞")
        #expect(QuantityFormat.decimal(.nan, fractionDigits: 1, language: .en) == "?")
        #expect(QuantityFormat.decimal(85.4, fractionDigits: 0, language: .fr) == "85")
        #expect(QuantityFormat.duration(seconds: .max).hasSuffix("min"))
        #expect(PriceLine.signed(Money(cents: .min), in: .en).hasPrefix("\u{2212}€92,233,720,368,547,758.08"))
    }
}
