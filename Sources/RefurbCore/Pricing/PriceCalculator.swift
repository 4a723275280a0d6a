/// Computes the suggested price of a device from the pricing rules, line by line, so that a person
/// can see how it was reached and disagree with one step rather than with the whole.
public enum PriceCalculator {
    /// `cap`: the legal ceiling of a public donor's device (`PublicDonorPriceCap`); a suggestion above it,
    /// the floor included, ends with a line bringing it down to the cap.
    public static func suggest(for specs: DeviceSpecs, rules: PricingRules, cap: PublicDonorPriceCap? = nil) -> PriceSuggestion {
        var lines: [PriceLine] = []
        var total = rules.base(of: specs.category).cents
        lines.append(PriceLine(rule: .base, label: Message("pricing.line.base.\(specs.category.rawValue)"),
                               effect: .start(Money(cents: total))))

        // Saved rules are checked (PricingRulesValidation) and cannot come near overflowing; rules written
        // by another program may, and then the total saturates and is shown as out of range.
        func add(_ rule: PriceLine.Rule, _ label: Message, _ cents: Int) {
            total = total.saturatingAdding(cents)
            lines.append(PriceLine(rule: rule, label: label, effect: .adjustment(Money(cents: cents))))
        }
        func note(_ rule: PriceLine.Rule, _ label: Message) {
            lines.append(PriceLine(rule: rule, label: label, effect: .none))
        }

        if specs.hasReport {
            if let processor = specs.processor, let (cpuClass, reason) = CPUClass.classify(processor, rules: rules.cpu) {
                let label = switch reason {
                case .modelWord(let word): Message("pricing.line.cpu.\(cpuClass.rawValue).word", word)
                case .threads(let threads): Message("pricing.line.cpu.\(cpuClass.rawValue).threads", String(threads))
                }
                add(.cpu, label, rules.cpu.cents(for: cpuClass))
            } else {
                note(.cpu, Message("pricing.line.cpu.unknown"))
            }

            if let memory = specs.memoryGiB {
                add(.ram, Message("pricing.line.ram", String(memory)), PriceTier.matching(memory, in: rules.ramGiB)?.cents ?? 0)
            } else {
                note(.ram, Message("pricing.line.ram.unknown"))
            }

            if let drive = specs.mainDrive {
                switch drive.kind {
                case .unknown: note(.storageType, Message("pricing.line.storage.unknown"))
                case .hdd: add(.storageType, Message("pricing.line.storage.hdd"), rules.storageType.hddCents)
                case .nvme, .ssd, .emmc:
                    add(.storageType, Message("pricing.line.storage.\(drive.kind.rawValue)"), rules.storageType.solidStateCents)
                }
                add(.storageSize, Message("pricing.line.storageSize", String(drive.sizeGB)),
                    PriceTier.matching(drive.sizeGB, in: rules.storageGB)?.cents ?? 0)
            } else {
                add(.storageType, Message("pricing.line.storage.none"), rules.storageType.noneCents)
            }

            if let health = specs.batteryHealthPercent {
                add(.battery, Message("pricing.line.battery", String(health)),
                    PriceTier.matching(health, in: rules.batteryPercent)?.cents ?? 0)
            } else if specs.isPortable {
                add(.battery, Message("pricing.line.battery.missing"), rules.batteryMissingCents)
            }
        } else {
            note(.noReport, Message("pricing.line.noReport"))
        }

        if let grade = specs.grade {
            let percent = rules.percent(for: grade)
            let shift = percent.saturatingSubtracting(100)
            let change = dividedRounding(max(total, 0).saturatingMultiplied(by: shift), by: 100)
            total = total.saturatingAdding(change)
            lines.append(PriceLine(rule: .grade, label: Message("pricing.line.grade", grade.rawValue),
                                   effect: .percentage(shift, Money(cents: change))))
        } else {
            note(.grade, Message("pricing.line.grade.none"))
        }

        if total > 0, rules.rounded(total) != total {
            add(.rounding, Message("pricing.line.rounding"), rules.rounded(total).saturatingSubtracting(total))
        }
        // Never below the floor, and never a negative price whatever the adjustments added up to.
        let floor = max(rules.minimumCents, 0)
        if total < floor {
            add(.minimum, Message("pricing.line.minimum"), floor.saturatingSubtracting(total))
        }
        if let cap, !cap.allows(Money(cents: total)) {
            add(.publicCap, cap.clampNote, cap.ceiling.cents.saturatingSubtracting(total))
        }
        return PriceSuggestion(price: Money(cents: total), lines: lines)
    }

    /// Integer division with halves going away from zero, so that −13,5 cents is −14 like 13,5 is 14.
    static func dividedRounding(_ value: Int, by divisor: Int) -> Int {
        value >= 0 ? value.saturatingAdding(divisor / 2) / divisor : value.saturatingSubtracting(divisor / 2) / divisor
    }
}
