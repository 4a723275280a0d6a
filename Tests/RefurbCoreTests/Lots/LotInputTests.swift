import Testing
@testable import RefurbCore

@Suite("Opening a lot")
struct LotInputTests {
    @Test func readsWeightsInKilograms() throws {
        #expect(try LotInput(donorName: "Mairie", weightKilograms: "48,5").weightGrams == 48_500)
        #expect(try LotInput(donorName: "Mairie", weightKilograms: "12").weightGrams == 12_000)
        #expect(try LotInput(donorName: "Mairie", weightKilograms: "0.125").weightGrams == 125)
    }

    @Test func refusesBadInput() {
        #expect(throws: LotInputError.donorMissing) { try LotInput(donorName: "  ") }
        #expect(throws: LotInputError.weightMalformed("-3")) { try LotInput(donorName: "A", weightKilograms: "-3") }
        #expect(throws: LotInputError.weightMalformed("lourd")) { try LotInput(donorName: "A", weightKilograms: "lourd") }
        #expect(throws: LotInputError.outOfRange(OutOfRange(field: "declaredCount", quantity: .deviceCount, value: -1))) {
            try LotInput(donorName: "A", declaredCount: -1)
        }
    }

    @Test("a weight up to 100 t and a count up to 100 000 are taken; beyond, the field and its range are named")
    func ranges() throws {
        #expect(try LotInput(donorName: "A", weightKilograms: "100000").weightGrams == 100_000_000)
        #expect(try LotInput(donorName: "A", declaredCount: 100_000).declaredCount == 100_000)
        for weight in ["100000,001", "250000", "9999999999999999999999999", "0000000000000000000000000001000000"] {
            let error = try #require(throws: LotInputError.self) { try LotInput(donorName: "A", weightKilograms: weight) }
            guard case .outOfRange(let range) = error else { Issue.record("\(weight): \(error)"); continue }
            #expect(range.field == "weightKg")
            #expect(error.message.text(in: .fr).contains("le poids du lot"), "\(weight)")
            #expect(error.message.text(in: .en).contains("100,000\u{00A0}kg"), "\(weight)")
        }
        #expect(try LotInput(donorName: "A", weightKilograms: "0000012,5").weightGrams == 12_500, "leading zeros are still read")
        let count = try #require(throws: LotInputError.self) { try LotInput(donorName: "A", declaredCount: 100_001) }
        #expect(count.message.text(in: .fr).contains("le nombre d'appareils annoncé"))
        #expect(count.message.text(in: .fr).contains("100\u{202F}000"))
    }
}
