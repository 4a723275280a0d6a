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

    @Test("up to 1 000 000 € is a price; beyond, or too long to read, is out of range and names the field",
          arguments: ["99999999999999", "1000000,01", "1 000 001", "99999999999999999999999999999", "€1,000,000,000.00"])
    func refusesOutOfRange(text: String) throws {
        let error = try #require(throws: MoneyInputError.self) { try MoneyFormat.parse(text, field: "parts") }
        guard case .outOfRange(let range) = error else { Issue.record("\(text): \(error)"); return }
        #expect(range.field == "parts")
        #expect(error.message.text(in: .fr) == "Valeur hors limites pour le coût des pièces : elle doit être comprise entre "
                + "0,00\u{00A0}€ et 1\u{202F}000\u{202F}000,00\u{00A0}€. Rien n'a été enregistré.")
    }

    @Test func takesTheWholeRange() throws {
        #expect(try MoneyFormat.parse("1 000 000,00 €") == Money(cents: 100_000_000))
        #expect(try MoneyFormat.parse("0") == Money(cents: 0))
        #expect(try MoneyFormat.parse("000000000000000120,50") == Money(cents: 12_050), "leading zeros are not digits too many")
    }

    @Test func roundTripsThroughItsOwnFormat() throws {
        for cents in [0, 1, 99, 100, 12_345, 9_999_999] {
            for language in Language.allCases {
                #expect(try MoneyFormat.parse(MoneyFormat.string(Money(cents: cents), in: language)).cents == cents)
            }
        }
    }
}
