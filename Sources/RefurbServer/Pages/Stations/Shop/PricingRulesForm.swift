import Foundation
import RefurbCore

/// The pricing rules as the fields of the settings form, and back. Amounts are typed in euros as people
/// write them ("120", "−20", "15,50"); scales are rows of a threshold and an amount, blank rows left
/// out. Whatever cannot be read is reported by field, like the rules' own checks.
enum PricingRulesForm {
    /// The scales, by the prefix of their fields.
    enum Scale: String, CaseIterable {
        case ramGiB, storageGB, batteryPercent

        var field: PricingField {
            switch self {
            case .ramGiB: .ramTiers
            case .storageGB: .storageTiers
            case .batteryPercent: .batteryTiers
            }
        }

        func tiers(of rules: PricingRules) -> [PriceTier] {
            switch self {
            case .ramGiB: rules.ramGiB
            case .storageGB: rules.storageGB
            case .batteryPercent: rules.batteryPercent
            }
        }
    }

    /// The form's fields filled from `rules`.
    static func fields(from rules: PricingRules, in language: Language) -> [String: String] {
        func euros(_ cents: Int) -> String { signedEuros(cents, in: language) }
        var fields: [String: String] = [
            "cpu.words": rules.cpu.basicWords.joined(separator: ", "),
            "cpu.midThreads": String(rules.cpu.midThreads),
            "cpu.highThreads": String(rules.cpu.highThreads),
            "cpu.basic": euros(rules.cpu.basicCents),
            "cpu.mid": euros(rules.cpu.midCents),
            "cpu.high": euros(rules.cpu.highCents),
            "storage.solidState": euros(rules.storageType.solidStateCents),
            "storage.hdd": euros(rules.storageType.hddCents),
            "storage.none": euros(rules.storageType.noneCents),
            "batteryMissing": euros(rules.batteryMissingCents),
            "rounding": euros(rules.roundingCents),
            "minimum": euros(rules.minimumCents),
            "solidarity": String(rules.solidarityPercent),
        ]
        for category in DeviceCategory.allCases {
            fields["base.\(category.rawValue)"] = rules.baseCents[category.rawValue].map(euros) ?? ""
        }
        for grade in Grade.allCases {
            fields["grade.\(grade.rawValue)"] = rules.gradePercent[grade.rawValue].map(String.init) ?? ""
        }
        for scale in Scale.allCases {
            for (index, tier) in scale.tiers(of: rules).sorted(by: { $0.from < $1.from }).enumerated() {
                fields["\(scale.rawValue).from.\(index)"] = String(tier.from)
                fields["\(scale.rawValue).cents.\(index)"] = euros(tier.cents)
            }
        }
        return fields
    }

    /// The rules the form describes, or every field that cannot be read.
    static func rules(from form: FormFields) throws(PricingRulesError) -> PricingRules {
        var problems: [PricingRulesProblem] = []
        func cents(_ name: String, _ field: PricingField) -> Int {
            let typed = form[name] ?? ""
            guard let value = parseEuros(typed) else {
                problems.append(PricingRulesProblem(field: field, reason: typed.isEmpty ? Message("pricing.problem.missing")
                                                    : Message("ui.shop.pricing.notAnAmount", typed)))
                return 0
            }
            return value
        }
        func number(_ name: String, _ field: PricingField) -> Int {
            let typed = (form[name] ?? "").trimmingCharacters(in: .whitespaces)
            guard let value = Int(typed.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)) else {
                problems.append(PricingRulesProblem(field: field, reason: typed.isEmpty ? Message("pricing.problem.missing")
                                                    : Message("ui.shop.pricing.notANumber", typed)))
                return 0
            }
            return value
        }
        func tiers(_ scale: Scale) -> [PriceTier] {
            var tiers: [PriceTier] = []
            for index in 0..<PricingRules.maximumTiers {
                let from = (form["\(scale.rawValue).from.\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
                let amount = (form["\(scale.rawValue).cents.\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
                if from.isEmpty && amount.isEmpty { continue }
                guard !from.isEmpty, !amount.isEmpty else {
                    problems.append(PricingRulesProblem(field: scale.field, reason: Message("ui.shop.pricing.tierIncomplete")))
                    continue
                }
                tiers.append(PriceTier(from: number("\(scale.rawValue).from.\(index)", scale.field),
                                       cents: cents("\(scale.rawValue).cents.\(index)", scale.field)))
            }
            return tiers
        }

        var base: [String: Int] = [:]
        for category in DeviceCategory.allCases {
            base[category.rawValue] = cents("base.\(category.rawValue)", .base(category.rawValue))
        }
        var grades: [String: Int] = [:]
        for grade in Grade.allCases {
            grades[grade.rawValue] = number("grade.\(grade.rawValue)", .grade(grade.rawValue))
        }
        let words = (form["cpu.words"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let rules = PricingRules(
            baseCents: base,
            cpu: CPURules(basicWords: words,
                          midThreads: number("cpu.midThreads", .cpuThresholds), highThreads: number("cpu.highThreads", .cpuThresholds),
                          basicCents: cents("cpu.basic", .cpuAmount(.basic)), midCents: cents("cpu.mid", .cpuAmount(.mid)),
                          highCents: cents("cpu.high", .cpuAmount(.high))),
            ramGiB: tiers(.ramGiB),
            storageType: StorageTypeRules(solidStateCents: cents("storage.solidState", .storageAmount(.solidState)),
                                          hddCents: cents("storage.hdd", .storageAmount(.hdd)),
                                          noneCents: cents("storage.none", .storageAmount(.none))),
            storageGB: tiers(.storageGB),
            batteryPercent: tiers(.batteryPercent),
            batteryMissingCents: cents("batteryMissing", .batteryMissing),
            gradePercent: grades,
            roundingCents: cents("rounding", .rounding),
            minimumCents: cents("minimum", .minimum),
            solidarityPercent: number("solidarity", .solidarity))
        guard problems.isEmpty else { throw PricingRulesError(problems: problems) }
        return rules
    }

    /// "−20", "+15,50", "120" (French) or "-20", "+15.50" (English): whole euros without decimals.
    static func signedEuros(_ cents: Int, in language: Language) -> String {
        let sign = cents < 0 ? "\u{2212}" : ""
        let magnitude = cents.magnitude // abs() traps on the lowest Int, which stored rules may hold
        let fraction = magnitude % 100
        let euros = "\(magnitude / 100)"
        guard fraction != 0 else { return sign + euros }
        return sign + euros + (language == .fr ? "," : ".") + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// Euros as typed, with an optional sign (a hyphen, a true minus or a plus), in cents. An amount too
    /// large for any price reads as the largest (or lowest) `Int`, so that the rules' own range checks
    /// name the field and its limit rather than calling it unreadable.
    static func parseEuros(_ typed: String) -> Int? {
        var text = typed.trimmingCharacters(in: .whitespaces)
        var negative = false
        if let first = text.first, "-\u{2212}\u{2013}+".contains(first) {
            negative = first != "+"
            text.removeFirst()
        }
        do {
            let money = try MoneyFormat.parse(text)
            return negative ? -money.cents : money.cents
        } catch .outOfRange {
            return negative ? .min : .max
        } catch {
            return nil
        }
    }
}
