/// The checks an admin's pricing rules must pass before they are saved: no negative base price,
/// amounts and percentages in ranges that make sense for a solidarity shop, scales without a step
/// given twice. Every problem is reported at once, each naming the field a person would correct.
extension PricingRules {
    public static let maximumBaseCents = 1_000_000
    public static let maximumAdjustmentCents = 100_000
    public static let gradePercentRange = 10...150
    public static let solidarityPercentRange = 0...90
    public static let roundingCentsRange = 1...10_000
    public static let minimumCentsRange = 0...100_000
    public static let threadRange = 1...1024
    public static let maximumTiers = 20
    public static let maximumBasicWords = 50
    public static let maximumWordLength = 40

    public func problems() -> [PricingRulesProblem] {
        var problems: [PricingRulesProblem] = []
        func check(_ field: PricingField, _ ok: Bool, _ reason: Message) {
            if !ok { problems.append(PricingRulesProblem(field: field, reason: reason)) }
        }
        func checkAdjustment(_ field: PricingField, _ cents: Int) {
            check(field, cents.magnitude <= Self.maximumAdjustmentCents.magnitude, Message("pricing.problem.adjustmentRange"))
        }

        for category in DeviceCategory.allCases {
            guard let cents = baseCents[category.rawValue] else {
                check(.base(category.rawValue), false, Message("pricing.problem.missing"))
                continue
            }
            check(.base(category.rawValue), cents >= 0, Message("pricing.problem.negative"))
            check(.base(category.rawValue), cents <= Self.maximumBaseCents, Message("pricing.problem.baseTooHigh"))
        }
        for key in baseCents.keys.sorted() where DeviceCategory(rawValue: key) == nil {
            check(.base(key), false, Message("pricing.problem.unknownCategory",
                                             DeviceCategory.allCases.map(\.rawValue).joined(separator: ", ")))
        }

        let words = cpu.basicWords
        check(.cpuWords, words.count <= Self.maximumBasicWords
              && words.allSatisfy { word in
                  let trimmed = word.trimmingSpaces()
                  return !trimmed.isEmpty && trimmed.count <= Self.maximumWordLength && !trimmed.containsControlCharacters
              }, Message("pricing.problem.words", String(Self.maximumWordLength), String(Self.maximumBasicWords)))
        check(.cpuThresholds, Self.threadRange.contains(cpu.midThreads) && Self.threadRange.contains(cpu.highThreads)
              && cpu.midThreads < cpu.highThreads,
              Message("pricing.problem.thresholds", String(cpu.midThreads), String(cpu.highThreads)))
        for cpuClass in CPUClass.allCases {
            checkAdjustment(.cpuAmount(cpuClass), cpu.cents(for: cpuClass))
        }

        problems += Self.tierProblems(ramGiB, field: .ramTiers, maximumThreshold: 16_384)
        checkAdjustment(.storageAmount(.solidState), storageType.solidStateCents)
        checkAdjustment(.storageAmount(.hdd), storageType.hddCents)
        checkAdjustment(.storageAmount(.none), storageType.noneCents)
        problems += Self.tierProblems(storageGB, field: .storageTiers, maximumThreshold: 1_000_000)
        problems += Self.tierProblems(batteryPercent, field: .batteryTiers, maximumThreshold: 100)
        checkAdjustment(.batteryMissing, batteryMissingCents)

        for grade in Grade.allCases {
            guard let percent = gradePercent[grade.rawValue] else {
                check(.grade(grade.rawValue), false, Message("pricing.problem.missing"))
                continue
            }
            check(.grade(grade.rawValue), Self.gradePercentRange.contains(percent),
                  Message("pricing.problem.percentRange", String(Self.gradePercentRange.lowerBound), String(Self.gradePercentRange.upperBound)))
        }
        for key in gradePercent.keys.sorted() where Grade(rawValue: key) == nil {
            check(.grade(key), false, Message("pricing.problem.unknownGrade", Grade.allCases.map(\.rawValue).joined(separator: ", ")))
        }

        check(.rounding, Self.roundingCentsRange.contains(roundingCents), Message("pricing.problem.roundingRange"))
        check(.minimum, Self.minimumCentsRange.contains(minimumCents), Message("pricing.problem.minimumRange"))
        check(.solidarity, Self.solidarityPercentRange.contains(solidarityPercent),
              Message("pricing.problem.percentRange", String(Self.solidarityPercentRange.lowerBound),
                      String(Self.solidarityPercentRange.upperBound)))
        return problems
    }

    /// The rules as given, with the entry-level words trimmed, once they pass every check.
    public func validated() throws(PricingRulesError) -> PricingRules {
        let problems = problems()
        guard problems.isEmpty else { throw PricingRulesError(problems: problems) }
        var cleaned = self
        cleaned.cpu.basicWords = cpu.basicWords.map { $0.trimmingSpaces() }
        cleaned.ramGiB.sort { $0.from < $1.from }
        cleaned.storageGB.sort { $0.from < $1.from }
        cleaned.batteryPercent.sort { $0.from < $1.from }
        return cleaned
    }

    static func tierProblems(_ tiers: [PriceTier], field: PricingField, maximumThreshold: Int) -> [PricingRulesProblem] {
        var problems: [PricingRulesProblem] = []
        if tiers.isEmpty || tiers.count > maximumTiers {
            problems.append(PricingRulesProblem(field: field, reason: Message("pricing.problem.tierCount", String(maximumTiers))))
        }
        var seen = Set<Int>()
        for tier in tiers {
            if tier.from < 0 || tier.from > maximumThreshold {
                problems.append(PricingRulesProblem(field: field, reason: Message("pricing.problem.tierThreshold", String(tier.from), String(maximumThreshold))))
            }
            if !seen.insert(tier.from).inserted {
                problems.append(PricingRulesProblem(field: field, reason: Message("pricing.problem.tierDuplicate", String(tier.from))))
            }
            if tier.cents.magnitude > maximumAdjustmentCents.magnitude { // abs() traps on the lowest Int
                problems.append(PricingRulesProblem(field: field, reason: Message("pricing.problem.adjustmentRange")))
            }
        }
        return problems
    }
}

/// A field of the pricing rules, as a person reads its name on the settings page.
public enum PricingField: Hashable, Sendable {
    public enum StorageAmount: String, Hashable, Sendable {
        case solidState, hdd, none
    }

    /// A category's base price, by the key given (which may name no category).
    case base(String)
    case cpuWords
    case cpuThresholds
    case cpuAmount(CPUClass)
    case ramTiers
    case storageAmount(StorageAmount)
    case storageTiers
    case batteryTiers
    case batteryMissing
    case grade(String)
    case rounding
    case minimum
    case solidarity

    public func name(in language: Language, catalog: MessageCatalog = .pricing) -> String {
        let message: Message
        switch self {
        case .base(let key):
            let known = DeviceCategory(rawValue: key).map { Message("pricing.line.base.\($0.rawValue)").text(in: language, catalog: catalog) }
            return known ?? Message("pricing.field.baseUnknown", key).text(in: language, catalog: catalog)
        case .cpuWords: message = Message("pricing.field.cpuWords")
        case .cpuThresholds: message = Message("pricing.field.cpuThresholds")
        case .cpuAmount(let cpuClass): message = Message("pricing.field.cpu.\(cpuClass.rawValue)")
        case .ramTiers: message = Message("pricing.field.ramTiers")
        case .storageAmount(let kind): message = Message("pricing.field.storage.\(kind.rawValue)")
        case .storageTiers: message = Message("pricing.field.storageTiers")
        case .batteryTiers: message = Message("pricing.field.batteryTiers")
        case .batteryMissing: message = Message("pricing.field.batteryMissing")
        case .grade(let grade): message = Message("pricing.field.grade", grade)
        case .rounding: message = Message("pricing.field.rounding")
        case .minimum: message = Message("pricing.field.minimum")
        case .solidarity: message = Message("pricing.field.solidarity")
        }
        return message.text(in: language, catalog: catalog)
    }
}

/// One thing wrong with the rules: which field, and why.
public struct PricingRulesProblem: Hashable, Sendable {
    public let field: PricingField
    public let reason: Message

    public init(field: PricingField, reason: Message) {
        self.field = field
        self.reason = reason
    }

    public func text(in language: Language, catalog: MessageCatalog = .pricing) -> String {
        Message("pricing.colon", field.name(in: language, catalog: catalog), reason.text(in: language, catalog: catalog))
            .text(in: language, catalog: catalog)
    }
}

public struct PricingRulesError: Error, Hashable, Sendable {
    public let problems: [PricingRulesProblem]

    public init(problems: [PricingRulesProblem]) {
        self.problems = problems
    }

    /// Every problem, one sentence each, after a sentence that says nothing was saved.
    public func text(in language: Language, catalog: MessageCatalog = .pricing) -> String {
        ([Message("pricing.problem.notSaved").text(in: language, catalog: catalog)]
            + problems.map { $0.text(in: language, catalog: catalog) }).joined(separator: " ")
    }
}
