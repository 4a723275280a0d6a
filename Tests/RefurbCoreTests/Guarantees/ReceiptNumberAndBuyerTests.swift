import RefurbCore
import Testing

@Suite("Receipt numbers as printed and scanned, and an invoice's buyer as typed")
struct ReceiptNumberAndBuyerTests {
    @Test("six digits at least; a number typed with « N° », a hash, spaces or without its zeros reads back; a tag does not")
    func numbers() {
        #expect(ReceiptNumber.text(12) == "000012" && ReceiptNumber.text(1_234_567) == "1234567")
        for typed in ["000012", "12", "N° 000012", "n°12", "#12", " 000 012 "] {
            #expect(ReceiptNumber.parse(typed) == 12, "\(typed)")
        }
        for refused in ["", "0", "000000", "R000012T", "12a", "-12", "1234567890123", "١٢"] {
            #expect(ReceiptNumber.parse(refused) == nil, "\(refused)")
        }
    }

    @Test("a buyer's name is required; the address keeps up to four lines; a SIRET has 14 digits that pass Luhn")
    func buyer() throws {
        let buyer = try InvoiceBuyer(typedName: " Le Lien ", address: "3 rue Haute\r\n\r\n35000 Rennes", siret: "732\u{00A0}829 320 00074")
        #expect(buyer == InvoiceBuyer(name: "Le Lien", addressLines: ["3 rue Haute", "35000 Rennes"], siret: "73282932000074"))
        #expect(try InvoiceBuyer(typedName: "Le Lien", address: "", siret: " ").siret == nil)
        #expect(throws: InvoiceBuyerError.nameMissing) { try InvoiceBuyer(typedName: " ", address: "", siret: "") }
        #expect(throws: InvoiceBuyerError.siretMalformed) { try InvoiceBuyer(typedName: "X", address: "", siret: "7328293200007") }
        #expect(throws: InvoiceBuyerError.siretMalformed) { try InvoiceBuyer(typedName: "X", address: "", siret: "73282932000075") }
        #expect(throws: InvoiceBuyerError.addressMalformed) { try InvoiceBuyer(typedName: "X", address: "1\n2\n3\n4\n5", siret: "") }
        #expect(InvoiceBuyer.isSiret("35600000000048"))  // La Poste: another rule, accepted as it is
    }
}
