import Foundation
import RefurbCore

/// The office dashboard's figures: devices in and out per week, how long devices stay at each stage,
/// and the weight of equipment kept out of the bin. Read from the event log and the lots in one
/// transaction by `AppDatabase.workshopStatistics`.
public struct WorkshopStatistics: Hashable, Sendable {
    /// Oldest week first, ending with the week that holds "now".
    public var weeks: [WeeklyFlow]
    /// One entry per stage a device can stay at (not the stages where it has left), in lifecycle order.
    public var stageTimes: [StageTime]
    public var weight: DivertedWeight

    public init(weeks: [WeeklyFlow], stageTimes: [StageTime], weight: DivertedWeight) {
        self.weeks = weeks
        self.stageTimes = stageTimes
        self.weight = weight
    }

    /// The first moment the figures cover: the start of the oldest week.
    public var periodStart: Date? { weeks.first?.weekStart }
}

/// Devices received in one week, and devices that left it: sold, donated to a partner or recycled.
public struct WeeklyFlow: Hashable, Sendable {
    /// The first moment of the week (Monday 00:00 in the calendar's time zone).
    public var weekStart: Date
    public var received: Int
    public var sold: Int
    public var donated: Int
    public var recycled: Int

    public init(weekStart: Date, received: Int = 0, sold: Int = 0, donated: Int = 0, recycled: Int = 0) {
        self.weekStart = weekStart
        self.received = received
        self.sold = sold
        self.donated = donated
        self.recycled = recycled
    }

    public var left: Int { sold + donated + recycled }

    /// The starts of the `count` weeks that end with the week holding `now`, oldest first.
    public static func weekStarts(count: Int, endingAt now: Date, calendar: Calendar) -> [Date] {
        guard count > 0, let current = calendar.dateInterval(of: .weekOfYear, for: now)?.start else { return [] }
        return (0..<count).reversed().compactMap { calendar.date(byAdding: .weekOfYear, value: -$0, to: current) }
    }
}

/// How long devices stayed at one stage: the median of the stays that ended during the period, in
/// days. A device still at the stage is not counted until it moves on, so one forgotten device does not
/// hide the usual pace.
public struct StageTime: Hashable, Sendable {
    public var stage: Stage
    /// Nil when no stay at this stage ended during the period.
    public var medianDays: Double?
    /// How many stays the median is taken over.
    public var stays: Int

    public init(stage: Stage, medianDays: Double?, stays: Int) {
        self.stage = stage
        self.medianDays = medianDays
        self.stays = stays
    }

    /// The stages a device stays at; once sold, donated or recycled it has left and its time stops.
    public static var measuredStages: [Stage] { Stage.allCases.filter { !$0.hasLeftWorkshop } }

    /// The middle value (the mean of the two middle ones for an even count), or nil for no values.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// The weight of equipment the workshop took in, and where it went. Everything collected counts as
/// diverted from waste: it goes to a second life (sold or donated), or to the approved recycling
/// channel, rather than to the bin.
///
/// A lot weighed at the door counts at its weight, shared among its devices in proportion to the
/// typical weight of their category (so a tower counts more than a phone). A lot not weighed counts
/// each of its devices at its category's typical weight (`DeviceCategory.typicalWeightGrams`).
public struct DivertedWeight: Hashable, Sendable {
    /// Everything taken in: the weighed lots' weights plus the estimates for the others.
    public var collectedGrams: Int
    /// The share of devices sold or donated to a partner: a second life.
    public var reusedGrams: Int
    /// The share of devices sent to recycling.
    public var recycledGrams: Int
    /// The rest: devices still at the workshop (parts donors included) and weighed lots not yet scanned.
    public var inWorkshopGrams: Int
    public var weighedLots: Int
    public var unweighedLots: Int
    /// Devices of unweighed lots, counted at their typical weight.
    public var estimatedDevices: Int
    /// Lots whose stored weight is outside `Quantity.weight` (written before weights were checked, or by
    /// another program): counted like unweighed lots, at their devices' typical weights, and said so.
    public var outOfRangeLots: Int

    public init(collectedGrams: Int = 0, reusedGrams: Int = 0, recycledGrams: Int = 0, inWorkshopGrams: Int = 0,
                weighedLots: Int = 0, unweighedLots: Int = 0, estimatedDevices: Int = 0, outOfRangeLots: Int = 0) {
        self.collectedGrams = collectedGrams
        self.reusedGrams = reusedGrams
        self.recycledGrams = recycledGrams
        self.inWorkshopGrams = inWorkshopGrams
        self.weighedLots = weighedLots
        self.unweighedLots = unweighedLots
        self.estimatedDevices = estimatedDevices
        self.outOfRangeLots = outOfRangeLots
    }

    /// Devices of one category at one stage in one lot, as counted for the weights.
    public struct DeviceGroup: Hashable, Sendable {
        public var category: DeviceCategory
        public var stage: Stage
        public var count: Int

        public init(category: DeviceCategory, stage: Stage, count: Int) {
            self.category = category
            self.stage = stage
            self.count = count
        }
    }

    /// Shares each lot's weight (weighed, or estimated from its devices) among where its devices are now.
    /// `lots` pairs each lot's weight in grams (nil when not weighed) with its devices.
    ///
    /// Every weight in range (`Quantity.weight`, 100 t) summed over any realistic number of lots stays far
    /// below `Int.max`; the sums still saturate rather than trap, since a stored row may hold anything.
    public static func apportion(_ lots: [(weightGrams: Int?, devices: [DeviceGroup])]) -> DivertedWeight {
        var result = DivertedWeight()
        var reused = 0.0
        var recycled = 0.0
        for lot in lots {
            let typicalTotal = lot.devices.reduce(0) {
                $0.saturatingAdding(max(0, $1.count).saturatingMultiplied(by: $1.category.typicalWeightGrams))
            }
            let lotGrams: Int
            if let weight = lot.weightGrams, Quantity.weight.contains(weight) {
                result.weighedLots += 1
                lotGrams = weight
            } else {
                if lot.weightGrams == nil { result.unweighedLots += 1 } else { result.outOfRangeLots += 1 }
                result.estimatedDevices = result.estimatedDevices.saturatingAdding(lot.devices.reduce(0) { $0.saturatingAdding(max(0, $1.count)) })
                lotGrams = typicalTotal
            }
            result.collectedGrams = result.collectedGrams.saturatingAdding(lotGrams)
            guard typicalTotal > 0 else { continue }
            for group in lot.devices {
                let share = Double(lotGrams) * (Double(max(0, group.count)) * Double(group.category.typicalWeightGrams)) / Double(typicalTotal)
                switch group.stage {
                case .sold, .donated: reused += share
                case .recycled: recycled += share
                default: break
                }
            }
        }
        result.reusedGrams = Int(saturating: reused.rounded())
        result.recycledGrams = Int(saturating: recycled.rounded())
        // The rest by difference, so that the parts always add up to what was collected.
        result.inWorkshopGrams = max(0, result.collectedGrams.saturatingSubtracting(result.reusedGrams).saturatingSubtracting(result.recycledGrams))
        return result
    }
}
