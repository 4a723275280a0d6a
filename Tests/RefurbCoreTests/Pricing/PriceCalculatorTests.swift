import PropertyBased
import Testing
@testable import RefurbCore

@Suite("Suggested price")
struct PriceCalculatorTests {
    /// A mid-range laptop: 4 cores and 8 threads would be high-end, so 4 threads here.
    static let laptop = DeviceSpecs(category: .laptop, grade: .b, hasReport: true,
                                    processor: ProcessorSpecs(model: "Intel(R) Core(TM) i5-6300U CPU @ 2.40GHz", cores: 2, threads: 4),
                                    memoryGiB: 8, mainDrive: DriveSpecs(kind: .ssd, sizeGB: 256), batteryHealthPercent: 85)

    @Test("a laptop: base, processor, memory, drive, battery and grade, each on its own line, rounded to 5 €")
    func laptopLineByLine() {
        let suggestion = PriceCalculator.suggest(for: Self.laptop, rules: .shipped)
        // 120 + 0 (mid CPU) + 20 (8 GiB) + 15 (SSD) + 0 (256 GB) + 0 (85 %) = 155; grade B keeps 90 %: 139,50; rounded: 140.
        #expect(suggestion.price == Money(cents: 14_000))
        #expect(suggestion.lines.map(\.rule) == [.base, .cpu, .ram, .storageType, .storageSize, .battery, .grade, .rounding])
        let french = suggestion.lines.map { $0.text(in: .fr) }
        #expect(french == [
            "Prix de base, ordinateur portable\u{00A0}: 120,00\u{00A0}€",
            "Processeur milieu de gamme (4 fils d'exécution)\u{00A0}: 0,00\u{00A0}€",
            "Mémoire 8 Gio\u{00A0}: +20,00\u{00A0}€",
            "Disque SSD\u{00A0}: +15,00\u{00A0}€",
            "Disque de 256 Go\u{00A0}: 0,00\u{00A0}€",
            "Batterie à 85 % de sa capacité d'origine\u{00A0}: 0,00\u{00A0}€",
            "Note B\u{00A0}: \u{2212}10\u{00A0}% (\u{2212}15,50\u{00A0}€)",
            "Arrondi pour l'étiquette\u{00A0}: +0,50\u{00A0}€",
        ])
        #expect(suggestion.lines[2].text(in: .en) == "Memory 8 GiB: +€20.00")
        #expect(suggestion.lines[6].text(in: .en) == "Grade B: \u{2212}10% (\u{2212}€15.50)")
    }

    @Test("the lines add up to the price, whatever the device", arguments: [
        laptop,
        DeviceSpecs(category: .desktop, grade: .c, hasReport: true, processor: ProcessorSpecs(model: "AMD Athlon 200GE", threads: 4),
                    memoryGiB: 2, mainDrive: DriveSpecs(kind: .hdd, sizeGB: 160)),
        DeviceSpecs(category: .laptop, grade: .a, hasReport: true, processor: ProcessorSpecs(cores: 8, threads: 16), memoryGiB: 32,
                    mainDrive: DriveSpecs(kind: .nvme, sizeGB: 1_000), batteryHealthPercent: 40),
        DeviceSpecs(category: .tablet, hasReport: true),
        DeviceSpecs(category: .monitor, grade: .b),
        DeviceSpecs(category: .other, grade: .c, hasReport: true),
    ])
    func linesAddUp(specs: DeviceSpecs) {
        let suggestion = PriceCalculator.suggest(for: specs, rules: .shipped)
        #expect(suggestion.lines.compactMap(\.amount).reduce(0) { $0 + $1.cents } == suggestion.price.cents)
        #expect(suggestion.price.cents >= PricingRules.shipped.minimumCents)
        #expect(suggestion.price.cents % PricingRules.shipped.roundingCents == 0 || suggestion.lines.last?.rule == .minimum)
        // Every line reads as a sentence in both languages, never as a bare catalog key.
        for line in suggestion.lines {
            #expect(MessageCatalog.pricing.entries[line.label.key] != nil, "\(line.label.key)")
        }
    }

    @Test("the processor's class: a name word makes it entry-level, else the threads against the thresholds")
    func processorClass() {
        let rules = PricingRules.shipped.cpu
        #expect(CPUClass.classify(ProcessorSpecs(model: "Intel(R) Celeron(R) N4020", cores: 4, threads: 4), rules: rules)?.cpuClass == .basic)
        #expect(CPUClass.classify(ProcessorSpecs(model: "Intel(R) Core(TM)2 Duo CPU P8600", cores: 2, threads: 2), rules: rules)?.reason
                == .modelWord("Core(TM)2"))
        #expect(CPUClass.classify(ProcessorSpecs(model: "Intel(R) Core(TM) i3-2310M", threads: 2), rules: rules)?.cpuClass == .basic)
        #expect(CPUClass.classify(ProcessorSpecs(model: "Intel(R) Core(TM) i5-6300U", threads: 4), rules: rules)?.cpuClass == .mid)
        #expect(CPUClass.classify(ProcessorSpecs(model: "Intel(R) Core(TM) i5-8350U", cores: 4, threads: 8), rules: rules)?.cpuClass == .high)
        // Threads unknown: the cores count instead.
        #expect(CPUClass.classify(ProcessorSpecs(cores: 6), rules: rules)?.cpuClass == .mid)
        #expect(CPUClass.classify(ProcessorSpecs(model: "Some CPU"), rules: rules) == nil)
    }

    @Test("without a report, the base and the grade only, and the reason why")
    func noReport() {
        let suggestion = PriceCalculator.suggest(for: DeviceSpecs(category: .laptop, grade: .a), rules: .shipped)
        #expect(suggestion.lines.map(\.rule) == [.base, .noReport, .grade])
        #expect(suggestion.price == Money(cents: 12_000))
        #expect(suggestion.lines[1].amount == nil)
        #expect(suggestion.lines[1].text(in: .en) == "No hardware report: only the category and the grade count")
    }

    @Test("not graded yet: said, and the price is not changed for it")
    func notGraded() {
        var specs = Self.laptop
        specs.grade = nil
        let suggestion = PriceCalculator.suggest(for: specs, rules: .shipped)
        #expect(suggestion.price == Money(cents: 15_500))
        #expect(suggestion.lines.last?.text(in: .fr) == "Pas encore de note : pas d'ajustement")
    }

    @Test("a laptop without a battery loses the missing battery's amount; a desktop says nothing of batteries")
    func batteries() {
        var laptop = Self.laptop
        laptop.batteryHealthPercent = nil
        #expect(PriceCalculator.suggest(for: laptop, rules: .shipped).lines.first { $0.rule == .battery }?.amount == Money(cents: -2_000))
        var desktop = Self.laptop
        desktop.category = .desktop
        desktop.batteryHealthPercent = nil
        #expect(!PriceCalculator.suggest(for: desktop, rules: .shipped).lines.contains { $0.rule == .battery })
        var worn = Self.laptop
        worn.batteryHealthPercent = 49
        #expect(PriceCalculator.suggest(for: worn, rules: .shipped).lines.first { $0.rule == .battery }?.text(in: .fr)
                == "Batterie à 49 % de sa capacité d'origine\u{00A0}: \u{2212}30,00\u{00A0}€")
    }

    @Test("never below the minimum, and never negative even when the minimum is zero")
    func floor() {
        var rules = PricingRules.shipped
        rules.baseCents["other"] = 500
        rules.minimumCents = 2_000
        let cheap = PriceCalculator.suggest(for: DeviceSpecs(category: .other, grade: .c), rules: rules)
        #expect(cheap.price == Money(cents: 2_000))
        #expect(cheap.lines.last?.rule == .minimum)
        #expect(cheap.lines.last?.text(in: .fr) == "Prix plancher\u{00A0}: +15,00\u{00A0}€")

        rules.minimumCents = 0
        rules.storageType.noneCents = -50_000
        let broken = PriceCalculator.suggest(for: DeviceSpecs(category: .other, grade: .a, hasReport: true), rules: rules)
        #expect(broken.price == Money(cents: 0))
        #expect(broken.lines.compactMap(\.amount).reduce(0) { $0 + $1.cents } == 0)
    }

    @Test("the solidarity price: the reduction, rounded like the suggestion, never above the public price")
    func solidarity() {
        let rules = PricingRules.shipped
        #expect(rules.solidarityPrice(for: Money(cents: 14_000)) == Money(cents: 10_000)) // 98 € → 100 €
        #expect(rules.solidarityPrice(for: Money(cents: 15_000)) == Money(cents: 10_500))
        #expect(rules.solidarityPrice(for: Money(cents: 500)) == Money(cents: 500))
        #expect(rules.solidarityPrice(for: Money(cents: 0)) == Money(cents: 0))
        var none = rules
        none.solidarityPercent = 0
        #expect(none.solidarityPrice(for: Money(cents: 12_345)) == Money(cents: 12_345))
    }

    @Test("a scale's step: the highest threshold not above the value; nothing below the first")
    func tiers() {
        let tiers = [PriceTier(from: 8, cents: 2_000), PriceTier(from: 4, cents: 0), PriceTier(from: 16, cents: 4_000)]
        #expect(PriceTier.matching(3, in: tiers) == nil)
        #expect(PriceTier.matching(4, in: tiers)?.cents == 0)
        #expect(PriceTier.matching(12, in: tiers)?.cents == 2_000)
        #expect(PriceTier.matching(64, in: tiers)?.cents == 4_000)
    }

    @Test("every placeholder of the pricing words is in both languages")
    func catalog() {
        for (key, entry) in MessageCatalog.pricing.entries {
            #expect(!entry.fr.isEmpty && !entry.en.isEmpty, "\(key)")
            for index in 0..<5 {
                #expect(entry.fr.contains("{\(index)}") == entry.en.contains("{\(index)}"), "\(key) {\(index)}")
            }
        }
    }
}

/// Rules stored outside their checked ranges (by another program) and prices beyond `Money.allowedRange`
/// give a suggestion that says so, never a trap.
@Suite("Suggested price from rules out of range")
struct PriceCalculatorOutOfRangeTests {
    static func wild(_ value: Int) -> PricingRules {
        var rules = PricingRules.shipped
        rules.baseCents = Dictionary(uniqueKeysWithValues: DeviceCategory.allCases.map { ($0.rawValue, value) })
        rules.cpu.basicCents = value
        rules.cpu.midCents = value
        rules.cpu.highCents = value
        rules.ramGiB = [PriceTier(from: 0, cents: value)]
        rules.storageType = StorageTypeRules(solidStateCents: value, hddCents: value, noneCents: value)
        rules.storageGB = [PriceTier(from: 0, cents: value)]
        rules.batteryPercent = [PriceTier(from: 0, cents: value)]
        rules.batteryMissingCents = value
        rules.gradePercent = ["A": value, "B": value, "C": value]
        rules.roundingCents = value
        rules.minimumCents = value
        rules.solidarityPercent = value
        return rules
    }

    @Test("any Int in every rule: the suggestion is computed, and out of range when it is", arguments: [
        Int.max, Int.min, Int.max / 2, -(Int.max / 2), 4_611_686_018_427_387_904, 100_000_001, -1,
    ])
    func anyRule(value: Int) {
        let rules = Self.wild(value)
        for grade in [Grade.a, .c, nil] {
            var specs = PriceCalculatorTests.laptop
            specs.grade = grade
            let suggestion = PriceCalculator.suggest(for: specs, rules: rules)
            #expect(suggestion.isAllowed == Money.allowedRange.contains(suggestion.price.cents))
            for line in suggestion.lines {
                #expect(!line.text(in: .fr).isEmpty)
            }
            _ = rules.solidarityPrice(for: suggestion.price)
            _ = rules.problems()
        }
        #expect(!rules.problems().isEmpty, "rules like these are never saved")
    }

    @Test("random rules never trap the calculator")
    func randomRules() async {
        await propertyCheck(count: 300, input: Gen.int(in: Int.min...Int.max)) { value in
            let suggestion = PriceCalculator.suggest(for: PriceCalculatorTests.laptop, rules: Self.wild(value))
            #expect(suggestion.lines.count > 1)
        }
    }

    @Test("no solidarity price of a price stored out of range, nor with a reduction outside 0–100 %")
    func solidarityOutOfRange() {
        #expect(PricingRules.shipped.solidarityPrice(for: Money(cents: 200_000_000_000_000_000)) == nil)
        #expect(PricingRules.shipped.solidarityPrice(for: Money(cents: 100_000_000)) == Money(cents: 70_000_000))
        var rules = PricingRules.shipped
        rules.solidarityPercent = 1_000
        #expect(rules.solidarityPrice(for: Money(cents: 10_000)) == nil)
    }

    @Test("rules sent with the lowest Int are refused by field, not trapped on")
    func lowestInt() {
        var rules = PricingRules.shipped
        rules.cpu.basicCents = .min
        rules.ramGiB = [PriceTier(from: 0, cents: .min)]
        let fields = rules.problems().map(\.field)
        #expect(fields.contains(.cpuAmount(.basic)))
        #expect(fields.contains(.ramTiers))
    }
}
