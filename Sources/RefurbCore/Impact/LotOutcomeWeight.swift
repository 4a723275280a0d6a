/// What became of one lot's kilograms, for its donor: reused (sold, donated to a partner, or ready for
/// sale), recycled (sent to recycling, or kept to be taken apart for parts), and what is still to be
/// decided (at the workshop between intake and the shop).
///
/// Devices carry no weight of their own: only the lot is weighed at the door. So the lot's weight is shared
/// among its devices by the typical weight of their category (`DeviceCategory.typicalWeightGrams`), the key
/// the office dashboard uses (`DivertedWeight`): a tower takes a larger share than a phone. A lot not weighed
/// (or whose stored weight is out of range) counts each device at its typical weight, and says so.
public struct LotOutcomeWeight: Hashable, Sendable {
    public enum Basis: Hashable, Sendable {
        /// The lot's weight at the door, shared among its devices.
        case weighed
        /// No weight at the door: each device at its category's typical weight.
        case estimated
        /// A stored weight outside `Quantity.weight`: counted as `estimated`.
        case outOfRange
    }

    public enum Destination: Hashable, Sendable {
        case reused, recycled, undecided

        public init(_ stage: Stage) {
            switch stage {
            case .sold, .donated, .ready: self = .reused
            case .recycled, .forParts: self = .recycled
            case .received, .diagnosed, .inRepair, .wiped: self = .undecided
            }
        }
    }

    public var basis: Basis
    public var totalGrams: Int
    public var reusedGrams: Int
    public var recycledGrams: Int
    /// The rest, by difference, so that the three always add up to the total.
    public var undecidedGrams: Int

    public init(basis: Basis, totalGrams: Int, reusedGrams: Int, recycledGrams: Int, undecidedGrams: Int) {
        self.basis = basis
        self.totalGrams = totalGrams
        self.reusedGrams = reusedGrams
        self.recycledGrams = recycledGrams
        self.undecidedGrams = undecidedGrams
    }

    /// Shares `weightGrams` (nil when the lot was not weighed) among `devices` (their category and stage).
    public static func apportion(weightGrams: Int?, devices: [(category: DeviceCategory, stage: Stage)]) -> LotOutcomeWeight {
        let typicalTotal = devices.reduce(0) { $0.saturatingAdding($1.category.typicalWeightGrams) }
        let basis: Basis
        let total: Int
        if let weightGrams, Quantity.weight.contains(weightGrams) {
            basis = .weighed
            total = weightGrams
        } else {
            basis = weightGrams == nil ? .estimated : .outOfRange
            total = typicalTotal
        }
        var reused = 0.0
        var recycled = 0.0
        if typicalTotal > 0 {
            for device in devices {
                let share = Double(total) * Double(device.category.typicalWeightGrams) / Double(typicalTotal)
                switch Destination(device.stage) {
                case .reused: reused += share
                case .recycled: recycled += share
                case .undecided: break
                }
            }
        }
        let reusedGrams = Int(saturating: reused.rounded())
        let recycledGrams = Int(saturating: recycled.rounded())
        return LotOutcomeWeight(basis: basis, totalGrams: total, reusedGrams: reusedGrams, recycledGrams: recycledGrams,
                                undecidedGrams: max(0, total.saturatingSubtracting(reusedGrams).saturatingSubtracting(recycledGrams)))
    }
}
