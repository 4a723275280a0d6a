/// A kind of number Refurb takes from people and machines: its unit, and the range a value must fall in.
/// Every number that enters (the API, a form, the command line, an import) is checked against one of
/// these where it enters, and again by the store, so that whatever is stored can be added up and shown
/// without overflowing. The ranges themselves are in `Quantity+Ranges.swift`, one per quantity.
public struct Quantity: Hashable, Sendable {
    /// What the integer counts, which also says how it is written for a person.
    public enum Unit: String, CaseIterable, Hashable, Sendable {
        /// Euro cents, written "1 234,50 €" or "€1,234.50".
        case cents
        /// Grams, written in kilograms: "48,5 kg".
        case grams
        /// A plain number of things: "100 000" or "100,000".
        case count
        /// A percentage: "90 %" or "90%".
        case percent
        /// A duration in seconds, written "45 s", "12 min", "2 h 05 min".
        case seconds
    }

    public let unit: Unit
    public let range: ClosedRange<Int>

    public init(_ unit: Unit, _ range: ClosedRange<Int>) {
        self.unit = unit
        self.range = range
    }

    public func contains(_ value: Int) -> Bool { range.contains(value) }

    /// The value when it is in range; otherwise the error that names `field` and the range.
    @discardableResult
    public func check(_ value: Int, field: String) throws(OutOfRange) -> Int {
        guard range.contains(value) else { throw OutOfRange(field: field, quantity: self, value: value) }
        return value
    }

    /// An absent value passes; a present one must be in range.
    @discardableResult
    public func checkIfPresent(_ value: Int?, field: String) throws(OutOfRange) -> Int? {
        guard let value else { return nil }
        return try check(value, field: field)
    }

    /// A value as a person reads it, in the quantity's unit.
    public func string(_ value: Int, in language: Language) -> String {
        unit.string(value, in: language)
    }

    /// A stored value as a page shows it: written in its unit when it is in range, and otherwise said to
    /// be out of range ("valeur hors limites (…)"), so that a row written before the ranges existed, or by
    /// another program, is seen for what it is instead of being added up or trusted.
    public func shown(_ value: Int, in language: Language, catalog: MessageCatalog = .core) -> String {
        guard range.contains(value) else {
            return Message("range.stored", unit.string(value, in: language)).text(in: language, catalog: catalog)
        }
        return unit.string(value, in: language)
    }
}

extension Quantity.Unit {
    /// Writes any integer of this unit; never traps, even for `Int.min` or `Int.max`.
    public func string(_ value: Int, in language: Language) -> String {
        switch self {
        case .cents:
            return MoneyFormat.string(Money(cents: value), in: language)
        case .grams:
            let sign = value < 0 ? "-" : ""
            let magnitude = value.magnitude
            let kilograms = QuantityFormat.integer(magnitude / 1000, in: language)
            var grams = magnitude % 1000
            guard grams != 0 else { return "\(sign)\(kilograms)\u{00A0}kg" }
            var fraction = grams < 10 ? "00" : (grams < 100 ? "0" : "")
            while grams % 10 == 0 { grams /= 10 }
            fraction += String(grams)
            return "\(sign)\(kilograms)\(language == .fr ? "," : ".")\(fraction.prefix(3))\u{00A0}kg"
        case .count:
            return (value < 0 ? "-" : "") + QuantityFormat.integer(value.magnitude, in: language)
        case .percent:
            let number = (value < 0 ? "-" : "") + QuantityFormat.integer(value.magnitude, in: language)
            return language == .fr ? number + "\u{00A0}%" : number + "%"
        case .seconds:
            return QuantityFormat.duration(seconds: value)
        }
    }
}
