/// The ranges of the numbers Refurb accepts, one place per quantity. They are wide enough for any real
/// workshop and narrow enough that no sum of stored values can overflow: a million prices at the top of
/// the money range still add up to less than 10¹⁴ cents, and `Int` holds 9 × 10¹⁸.
extension Quantity {
    /// Prices (labelled, paid, suggested) and the parts of a repair: 0 to 1 000 000 €, in cents.
    public static let money = Quantity(.cents, Money.allowedRange)
    /// A lot's weight: 0 to 100 t, in grams (a full lorry is under 40 t).
    public static let weight = Quantity(.grams, 0...100_000_000)
    /// How many devices a donor says a lot holds.
    public static let deviceCount = Quantity(.count, 0...100_000)
    /// A share of something: 0 to 100 %.
    public static let percent = Quantity(.percent, 0...100)
    /// Copies of one label in one print job: a sheet of labels, not a print run.
    public static let labelCopies = Quantity(.count, 1...50)
}

extension Money {
    /// What a price or a repair's parts may cost: 0 to 1 000 000 €.
    public static let allowedRange: ClosedRange<Int> = 0...100_000_000

    /// Whether the amount is in `allowedRange`; a stored amount that is not was written before the
    /// ranges existed, or by another program, and is shown as out of range rather than used.
    public var isAllowed: Bool { Self.allowedRange.contains(cents) }
}
