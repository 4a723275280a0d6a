/// Writes and reads euro amounts the way people in each language write them:
/// `1 234,50 €` in French, `€1,234.50` in English.
public enum MoneyFormat {
    /// CLDR's French group separator (narrow no-break space) and the no-break space before the sign.
    static let frenchGroupSeparator = "\u{202F}"
    static let noBreakSpace = "\u{00A0}"

    public static func string(_ money: Money, in language: Language) -> String {
        (money.cents < 0 ? "-" : "") + string(magnitude: money.cents.magnitude, in: language)
    }

    /// An amount without its sign, from any `Int`'s magnitude (`abs(Int.min)` would trap).
    static func string(magnitude: UInt, in language: Language) -> String {
        let euros = magnitude / 100
        let cents = magnitude % 100
        let centsText = cents < 10 ? "0\(cents)" : "\(cents)"
        switch language {
        case .fr:
            return "\(grouped(euros, separator: frenchGroupSeparator)),\(centsText)\(noBreakSpace)€"
        case .en:
            return "€\(grouped(euros, separator: ",")).\(centsText)"
        }
    }

    /// Reads "12", "12,5", "12.50", "1 234,50 €", "€1,234.50". The last `,` or `.` followed by one or two
    /// digits is the decimal mark; any other separators group thousands. Refuses negative or malformed input,
    /// and an amount outside `Money.allowedRange`, naming `field` (the form field or option it was typed in).
    public static func parse(_ input: String, field: String = "price") throws(MoneyInputError) -> Money {
        let kept = input.filter { !($0 == "€" || $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "'") }
        guard !kept.isEmpty else { throw .empty }
        guard !kept.hasPrefix("-") else { throw .negative(input) }
        guard kept.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }) else {
            throw .malformed(input)
        }
        var euroDigits = kept
        var centDigits = ""
        if let markIndex = kept.lastIndex(where: { $0 == "," || $0 == "." }) {
            let fraction = kept[kept.index(after: markIndex)...]
            if fraction.count == 1 || fraction.count == 2 {
                euroDigits = String(kept[..<markIndex])
                centDigits = String(fraction)
            }
        }
        let groupedPart = euroDigits.filter { $0 != "," && $0 != "." }
        guard !groupedPart.isEmpty || !centDigits.isEmpty else { throw .malformed(input) }
        // More digits than any allowed price has is a well-written amount that is too large, not a typo
        // to read: it is refused as such before it could overflow.
        let significant = groupedPart.drop { $0 == "0" }
        guard significant.count <= 9, let euros = significant.isEmpty ? 0 : Int(significant) else {
            throw .outOfRange(OutOfRange(field: field, quantity: .money, value: nil))
        }
        let cents = centDigits.isEmpty ? 0 : (Int(centDigits) ?? 0) * (centDigits.count == 1 ? 10 : 1)
        let money = Money(cents: euros * 100 + cents)
        guard money.isAllowed else { throw .outOfRange(OutOfRange(field: field, quantity: .money, value: money.cents)) }
        return money
    }

    static func grouped(_ value: UInt, separator: String) -> String {
        let digits = Array(String(value))
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 {
                result += separator
            }
            result.append(digit)
        }
        return result
    }
}

public enum MoneyInputError: Error, Hashable, Sendable {
    case empty
    case negative(String)
    case malformed(String)
    /// Readable, but more than any price may be.
    case outOfRange(OutOfRange)

    public var message: Message {
        switch self {
        case .empty: Message("money.empty")
        case .negative(let input): Message("money.negative", input)
        case .malformed(let input): Message("money.malformed", input)
        case .outOfRange(let error): error.message
        }
    }
}
