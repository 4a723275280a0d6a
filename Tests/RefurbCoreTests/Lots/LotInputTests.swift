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
        #expect(throws: LotInputError.declaredCountOutOfRange(-1)) { try LotInput(donorName: "A", declaredCount: -1) }
    }
}
