/// An amount in euro cents. Integer cents, so that sums never drift.
public struct Money: Hashable, Codable, Sendable, Comparable {
    public let cents: Int

    public init(cents: Int) {
        self.cents = cents
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The sum of amounts, or nil when it does not fit: stored amounts may be anything, and an
    /// overflowing `+` would stop the whole service on every page that adds them up.
    public static func sum<Amounts: Sequence>(_ amounts: Amounts) -> Money? where Amounts.Element == Money {
        Int.checkedSum(amounts.lazy.map(\.cents)).map(Money.init(cents:))
    }

    public init(from decoder: any Decoder) throws {
        cents = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(cents)
    }
}
