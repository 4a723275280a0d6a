import Testing
@testable import RefurbCore

/// The ranges numbers must fall in where they enter, and the refusal that names the field and the range
/// in the reader's language.
@Suite("Quantities and their ranges")
struct QuantityTests {
    static let narrow = "\u{202F}", noBreak = "\u{00A0}"

    @Test("each quantity has one range: money up to 1 000 000 €, weights up to 100 t, counts, percentages")
    func ranges() {
        #expect(Money.allowedRange == 0...100_000_000)
        #expect(Quantity.money.range == Money.allowedRange)
        #expect(Quantity.weight.range == 0...100_000_000)
        #expect(Quantity.deviceCount.range == 0...100_000)
        #expect(Quantity.percent.range == 0...100)
        #expect(Quantity.labelCopies.range == 1...50)
        #expect(Money(cents: 100_000_000).isAllowed)
        #expect(!Money(cents: 100_000_001).isAllowed)
        #expect(!Money(cents: -1).isAllowed)
    }

    @Test("out of range names the field and the range, in French and in English")
    func refusalNamesFieldAndRange() throws {
        let error = try #require(throws: OutOfRange.self) { try Quantity.money.check(200_000_000_000_000_000, field: "priceCents") }
        #expect(error.field == "priceCents")
        #expect(error.text(in: .fr) == "Valeur hors limites pour le prix (priceCents, en centimes) : elle doit être comprise entre "
                + "0,00\(Self.noBreak)€ et 1\(Self.narrow)000\(Self.narrow)000,00\(Self.noBreak)€. Rien n'a été enregistré.")
        #expect(error.text(in: .en) == "Out-of-range value for the price (priceCents, in cents): it must be between €0.00 and €1,000,000.00. Nothing was saved.")

        let weight = try #require(throws: OutOfRange.self) { try Quantity.weight.check(-5, field: "weightKg") }
        #expect(weight.text(in: .fr).contains("le poids du lot"))
        #expect(weight.text(in: .fr).contains("100\(Self.narrow)000\(Self.noBreak)kg"))
        #expect(weight.text(in: .en).contains("between 0\(Self.noBreak)kg and 100,000\(Self.noBreak)kg"))

        let percent = try #require(throws: OutOfRange.self) { try Quantity.percent.check(101, field: "solidarity") }
        #expect(percent.text(in: .fr).contains("entre 0\(Self.noBreak)% et 100\(Self.noBreak)%"))
        #expect(percent.text(in: .en).contains("“solidarity”"), "a field without words is named as sent")
        #expect(try Quantity.deviceCount.check(100_000, field: "declaredCount") == 100_000)
        #expect(try Quantity.deviceCount.checkIfPresent(nil, field: "declaredCount") == nil)
    }

    @Test("a value stored out of range is shown as such, and any Int is written without trapping")
    func storedValues() {
        #expect(Quantity.money.shown(12_345, in: .fr) == "123,45\(Self.noBreak)€")
        #expect(Quantity.money.shown(200_000_000_000_000_000, in: .fr).hasPrefix("valeur hors limites (2\(Self.narrow)000"))
        #expect(Quantity.money.shown(.min, in: .en).hasPrefix("out of range (-€92,233,720,368,547,758.08"))
        #expect(Quantity.weight.shown(48_500, in: .fr) == "48,5\(Self.noBreak)kg")
        #expect(Quantity.weight.shown(48_005, in: .en) == "48.005\(Self.noBreak)kg")
        #expect(Quantity.weight.shown(.max, in: .en).hasPrefix("out of range ("))
        #expect(Quantity.Unit.percent.string(.min, in: .fr).hasSuffix("\(Self.noBreak)%"))
        #expect(Quantity.Unit.count.string(100_000, in: .en) == "100,000")
    }

    @Test("every range message has the same placeholders, units included, in both languages")
    func catalog() {
        for (key, entry) in MessageCatalog.quantities.entries {
            #expect(Self.placeholders(entry.fr) == Self.placeholders(entry.en), "\(key)")
            #expect(MessageCatalog.core.entries[key] != nil, "\(key) is part of the core catalog")
        }
        for unit in Quantity.Unit.allCases {
            #expect(MessageCatalog.quantities.entries["range.\(unit.rawValue)"] != nil, "no message for \(unit)")
        }
    }

    static func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found.sorted()
    }
}
