import Testing
@testable import RefurbCore

@Suite("Money")
struct MoneyFormatTests {
    @Test func formatsLikeEachLanguage() {
        #expect(MoneyFormat.string(Money(cents: 123_450), in: .fr) == "1\u{202F}234,50\u{00A0}€")
        #expect(MoneyFormat.string(Money(cents: 123_450), in: .en) == "€1,234.50")
        #expect(MoneyFormat.string(Money(cents: 5), in: .fr) == "0,05\u{00A0}€")
    }

    @Test("reads what people type", arguments: [
        ("120", 12_000), ("89,90", 8_990), ("89.9", 8_990), ("1 234,50 €", 123_450), ("€1,234.50", 123_450), ("0,05", 5),
    ])
    func parses(text: String, cents: Int) throws {
        #expect(try MoneyFormat.parse(text) == Money(cents: cents))
    }

    @Test("refuses what is not a price", arguments: ["", "-5", "douze", "12,3,4x", "€"])
    func refuses(text: String) {
        #expect(throws: MoneyInputError.self) { try MoneyFormat.parse(text) }
    }

    @Test func roundTripsThroughItsOwnFormat() throws {
        for cents in [0, 1, 99, 100, 12_345, 9_999_999] {
            for language in Language.allCases {
                #expect(try MoneyFormat.parse(MoneyFormat.string(Money(cents: cents), in: language)).cents == cents)
            }
        }
    }
}
