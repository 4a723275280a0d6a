import Foundation
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Pricing rules and sale terms in the store")
struct PricingStoreTests {
    @Test("until an admin saves some, the shipped rules apply; saved rules survive a reopening and are logged")
    func savedRules() throws {
        let world = try TemporaryDatabase()
        let initial = try world.database.savedPricingRules()
        #expect(initial.rules == .shipped)
        #expect(initial.savedAt == nil && initial.savedBy == nil)

        var rules = PricingRules.shipped
        rules.solidarityPercent = 40
        rules.baseCents["laptop"] = 15_000
        try world.database.savePricingRules(rules, actor: TemporaryDatabase.actor, at: Date())
        let reopened = try world.reopen()
        #expect(try reopened.pricingRules() == rules)
        #expect(try reopened.savedPricingRules().savedBy == "test")
        #expect(try reopened.administrationEvents().first?.change == .administered(action: "pricing-saved", subject: "solidarity 40 %"))
    }

    @Test("rules that fail a check are refused and the saved ones stay")
    func refusedRules() throws {
        let world = try TemporaryDatabase()
        var rules = PricingRules.shipped
        rules.baseCents["laptop"] = -1
        #expect(throws: PricingRulesError.self) {
            try world.database.savePricingRules(rules, actor: TemporaryDatabase.actor, at: Date())
        }
        #expect(try world.database.savedPricingRules().savedAt == nil)
        #expect(try world.database.administrationEvents().isEmpty)
    }

    @Test("a solidarity sale records its kind and partner; without a price, it is the label less the reduction")
    func solidaritySale() throws {
        let world = try TemporaryDatabase()
        let ready = try StageMoveTests.walk(try StageMoveTests.completeDevice(in: world), to: .ready, in: world.database)
        let terms = try SaleTerms(kind: "solidarity", partner: "Secours populaire")
        let sold = try world.database.sell(ready.assetTag, price: nil, terms: terms, actor: TemporaryDatabase.actor, at: Date())
        #expect(sold.stage == .sold)
        // 149,90 € less 30 % is 104,93 €, rounded to 105 €.
        #expect(try world.reopen().history(of: ready.assetTag).last?.change
                == .sold(price: Money(cents: 10_500), kind: .solidarity, partner: "Secours populaire"))
    }

    @Test("a public sale by default, as before the kinds existed")
    func publicSale() throws {
        let world = try TemporaryDatabase()
        let ready = try StageMoveTests.walk(try StageMoveTests.completeDevice(in: world), to: .ready, in: world.database)
        _ = try world.database.sell(ready.assetTag, price: nil, actor: TemporaryDatabase.actor, at: Date())
        #expect(try world.database.history(of: ready.assetTag).last?.change == .sold(price: Money(cents: 14_990), kind: .public, partner: nil))
    }

    @Test("a sale recorded before the kind was kept reads as a public sale; a kind nobody knows is a corrupt row")
    func olderSaleEvents() throws {
        #expect(try EventPayloadCoding.decode(kind: "sold", payload: #"{"priceCents":12000}"#) == .sold(price: Money(cents: 12_000)))
        let solidarity = Change.sold(price: Money(cents: 9_000), kind: .solidarity, partner: "CCAS \"Nord\"")
        #expect(try EventPayloadCoding.decode(kind: "sold", payload: EventPayloadCoding.encode(solidarity)) == solidarity)
        #expect(throws: (any Error).self) {
            try EventPayloadCoding.decode(kind: "sold", payload: #"{"priceCents":1,"saleKind":"barter"}"#)
        }
    }
}
