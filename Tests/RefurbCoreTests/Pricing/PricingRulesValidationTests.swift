import Foundation
import Testing
@testable import RefurbCore

@Suite("Pricing rules checks")
struct PricingRulesValidationTests {
    @Test("the rules shipped pass every check and read back from their JSON unchanged")
    func shippedRules() throws {
        #expect(PricingRules.shipped.problems().isEmpty)
        let data = try JSONEncoder().encode(PricingRules.shipped)
        #expect(try JSONDecoder().decode(PricingRules.self, from: data) == PricingRules.shipped)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["baseCents", "cpu", "ramGiB", "storageType", "storageGB", "batteryPercent", "batteryMissingCents",
                                     "gradePercent", "roundingCents", "minimumCents", "solidarityPercent"])
    }

    @Test("every problem is reported at once, each naming its field")
    func everyProblem() throws {
        var rules = PricingRules.shipped
        rules.baseCents["laptop"] = -100
        rules.baseCents.removeValue(forKey: "phone")
        rules.baseCents["fridge"] = 1_000
        rules.gradePercent["C"] = 5
        rules.solidarityPercent = 95
        rules.cpu.midThreads = 8
        rules.cpu.highThreads = 4
        rules.ramGiB = [PriceTier(from: 8, cents: 100), PriceTier(from: 8, cents: 200)]
        rules.batteryPercent = []
        rules.roundingCents = 0
        rules.storageType.noneCents = -200_000
        let problems = rules.problems()
        #expect(Set(problems.map(\.field)) == [
            .base("laptop"), .base("phone"), .base("fridge"), .grade("C"), .solidarity, .cpuThresholds, .ramTiers,
            .batteryTiers, .rounding, .storageAmount(.none),
        ])
        #expect(throws: PricingRulesError.self) { try rules.validated() }

        let text = PricingRulesError(problems: problems).text(in: .fr)
        #expect(text.hasPrefix("Les règles de prix n'ont pas été enregistrées :"))
        #expect(text.contains("Prix de base, ordinateur portable\u{00A0}: ne peut pas être négatif."))
        #expect(text.contains("Prix de base « fridge »\u{00A0}: n'est pas une catégorie connue"))
        #expect(text.contains("Réduction solidaire\u{00A0}: doit être entre 0 % et 90 %."))
        #expect(text.contains("Paliers de mémoire (Gio)\u{00A0}: le seuil 8 est donné deux fois."))
        let english = PricingRulesError(problems: problems).text(in: .en)
        #expect(english.contains("Share of the price kept for grade C: must be between 10% and 150%."))
    }

    @Test("checked rules have their words trimmed and their scales in order")
    func cleaned() throws {
        var rules = PricingRules.shipped
        rules.cpu.basicWords = ["  Celeron ", "Atom"]
        rules.ramGiB = [PriceTier(from: 16, cents: 4_000), PriceTier(from: 0, cents: 0)]
        let checked = try rules.validated()
        #expect(checked.cpu.basicWords == ["Celeron", "Atom"])
        #expect(checked.ramGiB.map(\.from) == [0, 16])
        var blank = rules
        blank.cpu.basicWords = ["Celeron", " "]
        #expect(blank.problems().map(\.field) == [.cpuWords])
    }
}
