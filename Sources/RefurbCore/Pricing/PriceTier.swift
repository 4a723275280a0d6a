/// One step of a scale: from `from` (GiB of memory, GB of storage, % of battery capacity) upwards,
/// the price moves by `cents`, until the next step takes over.
public struct PriceTier: Codable, Hashable, Sendable {
    public var from: Int
    public var cents: Int

    public init(from: Int, cents: Int) {
        self.from = from
        self.cents = cents
    }

    /// The step that applies to `value`: the highest `from` not above it, or nil below the first step.
    public static func matching(_ value: Int, in tiers: [PriceTier]) -> PriceTier? {
        tiers.filter { $0.from <= value }.max { $0.from < $1.from }
    }
}
