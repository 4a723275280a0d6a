import Testing
@testable import RefurbCore

@Suite("Sale terms")
struct SaleTermsTests {
    @Test("left out, a sale is at the public price, with no partner")
    func publicByDefault() throws {
        #expect(try SaleTerms(kind: nil, partner: nil) == .public)
        #expect(try SaleTerms(kind: "", partner: "  ") == .public)
        #expect(try SaleTerms(kind: " Public ", partner: nil).kind == .public)
    }

    @Test("a solidarity sale names the referring partner, trimmed")
    func solidarity() throws {
        let terms = try SaleTerms(kind: "solidarity", partner: "  CCAS de Rennes ")
        #expect(terms.kind == .solidarity)
        #expect(terms.partner == "CCAS de Rennes")
    }

    @Test("refused: an unknown kind, a solidarity sale without its partner, a partner on a public sale, a name too long")
    func refusals() {
        #expect(throws: SaleTermsError.unknownKind("gift")) { try SaleTerms(kind: "gift", partner: nil) }
        #expect(throws: SaleTermsError.partnerMissing) { try SaleTerms(kind: "solidarity", partner: " ") }
        #expect(throws: SaleTermsError.partnerOnPublicSale) { try SaleTerms(kind: "public", partner: "Emmaüs") }
        #expect(throws: SaleTermsError.partnerMalformed) {
            try SaleTerms(kind: "solidarity", partner: String(repeating: "x", count: SaleTerms.maximumPartnerLength + 1))
        }
        #expect(throws: SaleTermsError.partnerMalformed) { try SaleTerms(kind: "solidarity", partner: "CCAS\u{7}") }
        #expect(SaleTermsError.partnerMissing.message.text(in: .fr, catalog: .pricing).contains("pas celui de la personne"))
    }

    @Test("a sale's line in the history says which price, and the partner for a solidarity sale")
    func historyLine() {
        #expect(Change.sold(price: Money(cents: 8_000)).summary(in: .fr) == "Vendu 80,00\u{00A0}€")
        #expect(Change.sold(price: Money(cents: 5_500), kind: .solidarity, partner: "CCAS").summary(in: .en)
                == "Sold for €55.00 at the solidarity price (referred by CCAS)")
    }
}
