/// One line of the explanation of a suggested price: what it is about (`label`, a message in either
/// language) and what it does to the price. The lines, read in order, add up to the suggestion.
public struct PriceLine: Hashable, Sendable {
    /// Which rule made the line: a stable code for scripts and tests.
    public enum Rule: String, Codable, Sendable {
        case base
        case noReport = "no-report"
        case cpu
        case ram
        case storageType = "storage-type"
        case storageSize = "storage-size"
        case battery
        case grade
        case rounding
        case minimum
        /// The legal ceiling of a public donor's device (`PublicDonorPriceCap`).
        case publicCap = "public-cap"
    }

    /// How the line's amount reads.
    public enum Effect: Hashable, Sendable {
        /// The starting amount: "120,00 €".
        case start(Money)
        /// An amount added or taken off: "+20,00 €", "−10,00 €".
        case adjustment(Money)
        /// A percentage of what came before, and what it came to: "−10 % (−13,50 €)".
        case percentage(Int, Money)
        /// Nothing changes; the label says why ("Processeur non identifié : pas d'ajustement").
        case none
    }

    public let rule: Rule
    public let label: Message
    public let effect: Effect

    public init(rule: Rule, label: Message, effect: Effect) {
        self.rule = rule
        self.label = label
        self.effect = effect
    }

    /// The change in cents this line makes (the starting amount for the base), nil when none.
    public var amount: Money? {
        switch effect {
        case .start(let money), .adjustment(let money), .percentage(_, let money): money
        case .none: nil
        }
    }

    /// "Base ordinateur portable : 120,00 €", "Note B : −10 % (−13,50 €)", "Memory 8 GiB: +€20.00".
    public func text(in language: Language, catalog: MessageCatalog = .pricing) -> String {
        let label = self.label.text(in: language, catalog: catalog)
        let value: String
        switch effect {
        case .start(let money): value = MoneyFormat.string(money, in: language)
        case .adjustment(let money): value = Self.signed(money, in: language)
        case .percentage(let percent, let money):
            value = Message("pricing.percentWithAmount", Self.signedNumber(percent), Self.signed(money, in: language))
                .text(in: language, catalog: catalog)
        case .none: return label
        }
        return Message("pricing.colon", label, value).text(in: language, catalog: catalog)
    }

    /// "+20,00 €", "−10,00 €" (a true minus sign, as the shop prints it), "0,00 €".
    public static func signed(_ money: Money, in language: Language) -> String {
        // Written from the magnitude, not abs(), which traps on the lowest Int.
        let magnitude = MoneyFormat.string(magnitude: money.cents.magnitude, in: language)
        if money.cents > 0 { return "+" + magnitude }
        if money.cents < 0 { return "\u{2212}" + magnitude }
        return magnitude
    }

    static func signedNumber(_ value: Int) -> String {
        value > 0 ? "+\(value)" : (value < 0 ? "\u{2212}\(value.magnitude)" : "0")
    }
}

/// A suggested price and how it was reached.
public struct PriceSuggestion: Hashable, Sendable {
    public let price: Money
    public let lines: [PriceLine]

    public init(price: Money, lines: [PriceLine]) {
        self.price = price
        self.lines = lines
    }

    /// False only when the rules were stored outside their checked ranges (by another program) and the
    /// suggestion came out beyond `Money.allowedRange`: it is then shown as out of range, never used.
    public var isAllowed: Bool { price.isAllowed }
}
