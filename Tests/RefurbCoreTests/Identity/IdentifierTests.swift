import Testing
@testable import RefurbCore

@Suite("Lot codes and serial numbers")
struct IdentifierTests {
    @Test func lotCodesRoundTrip() throws {
        let code = LotCode(year: 2026, number: 7)
        #expect(code.text == "LOT-2026-0007")
        #expect(try LotCode(parsing: " lot-2026-0007 ") == code)
        #expect(try LotCode(parsing: "LOT-2026-12345").number == 12345)
        #expect(throws: IdentifierError.self) { try LotCode(parsing: "LOT-26-1") }
        #expect(throws: IdentifierError.self) { try LotCode(parsing: "R000001L") }
    }

    @Test("serials that differ only by case or spaces are the same serial")
    func serialKeys() throws {
        let a = try #require(try SerialNumber(scanned: "5cg7 301xyz"))
        let b = try #require(try SerialNumber(scanned: "5CG7301XYZ\n"))
        #expect(a.key == b.key)
        #expect(b.text == "5CG7301XYZ")
    }

    @Test("an empty scan is no serial; garbage from a scanner is refused")
    func serialScanProblems() throws {
        #expect(try SerialNumber(scanned: "   ") == nil)
        #expect(throws: IdentifierError.serialHasControlCharacters) { try SerialNumber(scanned: "AB\u{1B}[2J") }
        #expect(throws: IdentifierError.serialTooLong(64)) { try SerialNumber(scanned: String(repeating: "A", count: 65)) }
    }
}
