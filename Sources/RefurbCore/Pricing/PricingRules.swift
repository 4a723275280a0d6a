/// How the shop's suggested price is reached, as an admin sets it. Stored as one JSON document and
/// served as such by `GET /api/pricing/rules`, so its field names are part of the interface.
///
/// The suggestion starts from the category's base price, adds an amount for the processor's class,
/// the memory, the kind and size of the main drive and the battery's health, applies the grade's
/// percentage, and rounds to a price a shop can write on a label (`roundingCents`), never below
/// `minimumCents`. Amounts are in euro cents; a negative amount lowers the price.
public struct PricingRules: Codable, Hashable, Sendable {
    /// Base price per category, keyed by the category's raw value ("laptop", "all-in-one", …).
    public var baseCents: [String: Int]
    public var cpu: CPURules
    /// Steps by installed memory, in GiB.
    public var ramGiB: [PriceTier]
    public var storageType: StorageTypeRules
    /// Steps by the main drive's size, in GB (as drives are sold: 256 GB, 500 GB, 1 TB).
    public var storageGB: [PriceTier]
    /// Steps by the battery's health, in % of the capacity it had new.
    public var batteryPercent: [PriceTier]
    /// Applied to a laptop, tablet or phone whose report found no battery.
    public var batteryMissingCents: Int
    /// The share of the price each grade keeps, in % ("A": 100, "B": 90 means −10 %).
    public var gradePercent: [String: Int]
    /// The suggestion is rounded to the nearest multiple of this (500: to the nearest 5 €).
    public var roundingCents: Int
    /// The suggestion is never below this.
    public var minimumCents: Int
    /// The solidarity price is the public price less this share, for beneficiaries a partner refers.
    public var solidarityPercent: Int

    public init(baseCents: [String: Int], cpu: CPURules, ramGiB: [PriceTier], storageType: StorageTypeRules,
                storageGB: [PriceTier], batteryPercent: [PriceTier], batteryMissingCents: Int,
                gradePercent: [String: Int], roundingCents: Int, minimumCents: Int, solidarityPercent: Int) {
        self.baseCents = baseCents
        self.cpu = cpu
        self.ramGiB = ramGiB
        self.storageType = storageType
        self.storageGB = storageGB
        self.batteryPercent = batteryPercent
        self.batteryMissingCents = batteryMissingCents
        self.gradePercent = gradePercent
        self.roundingCents = roundingCents
        self.minimumCents = minimumCents
        self.solidarityPercent = solidarityPercent
    }

    public func base(of category: DeviceCategory) -> Money {
        Money(cents: baseCents[category.rawValue] ?? 0)
    }

    public func percent(for grade: Grade) -> Int {
        gradePercent[grade.rawValue] ?? 100
    }

    /// The nearest multiple of `roundingCents`, halves going up. Saturates rather than overflows for
    /// rules stored outside their ranges.
    public func rounded(_ cents: Int) -> Int {
        let step = max(roundingCents, 1)
        guard cents > 0 else { return 0 }
        return (cents.saturatingAdding(step / 2) / step).saturatingMultiplied(by: step)
    }

    /// What a beneficiary referred by a partner pays for a device labelled `price`: the reduction,
    /// rounded like the suggestion, and never more than the public price. Nil when the price is outside
    /// `Money.allowedRange` or the reduction outside 0–100 % (values stored before the ranges were
    /// checked): there is no sensible reduction of them to show or to charge.
    public func solidarityPrice(for price: Money) -> Money? {
        guard price.isAllowed, Quantity.percent.contains(solidarityPercent) else { return nil }
        // In range, 10⁸ cents × 100 cannot overflow.
        let reduced = (price.cents * (100 - solidarityPercent) + 50) / 100
        return Money(cents: min(rounded(reduced), price.cents))
    }
}

/// Which processors count as entry-level, mid-range or high-end, and what each class adds.
/// The class comes from the number of threads the processor runs at once (a simple, stable measure of
/// what a refurbished machine can do), except that a model whose name holds one of `basicWords`
/// (Celeron, Atom, …) is entry-level whatever its count.
public struct CPURules: Codable, Hashable, Sendable {
    public var basicWords: [String]
    /// From this many threads, a processor is mid-range; below, entry-level.
    public var midThreads: Int
    /// From this many threads, a processor is high-end.
    public var highThreads: Int
    public var basicCents: Int
    public var midCents: Int
    public var highCents: Int

    public init(basicWords: [String], midThreads: Int, highThreads: Int, basicCents: Int, midCents: Int, highCents: Int) {
        self.basicWords = basicWords
        self.midThreads = midThreads
        self.highThreads = highThreads
        self.basicCents = basicCents
        self.midCents = midCents
        self.highCents = highCents
    }

    public func cents(for cpuClass: CPUClass) -> Int {
        switch cpuClass {
        case .basic: basicCents
        case .mid: midCents
        case .high: highCents
        }
    }
}

/// What the main drive's kind adds: flash (SSD, NVMe, eMMC) against a spinning disk, or no drive at all.
public struct StorageTypeRules: Codable, Hashable, Sendable {
    public var solidStateCents: Int
    public var hddCents: Int
    public var noneCents: Int

    public init(solidStateCents: Int, hddCents: Int, noneCents: Int) {
        self.solidStateCents = solidStateCents
        self.hddCents = hddCents
        self.noneCents = noneCents
    }
}

extension PricingRules {
    /// The rules a new workshop starts with: prices in the range French solidarity shops ask for
    /// refurbished equipment (a mid-range laptop with an SSD and 8 GiB around 150 €).
    public static let shipped = PricingRules(
        baseCents: [
            DeviceCategory.laptop.rawValue: 12_000,
            DeviceCategory.desktop.rawValue: 8_000,
            DeviceCategory.allInOne.rawValue: 11_000,
            DeviceCategory.tablet.rawValue: 6_000,
            DeviceCategory.phone.rawValue: 5_000,
            DeviceCategory.monitor.rawValue: 2_500,
            DeviceCategory.printer.rawValue: 2_000,
            DeviceCategory.other.rawValue: 1_000,
        ],
        cpu: CPURules(basicWords: ["Celeron", "Pentium", "Atom", "Athlon", "Sempron", "Core 2", "Core(TM)2"],
                      midThreads: 4, highThreads: 8, basicCents: -2_000, midCents: 0, highCents: 3_000),
        ramGiB: [PriceTier(from: 0, cents: -2_000), PriceTier(from: 4, cents: 0), PriceTier(from: 8, cents: 2_000),
                 PriceTier(from: 16, cents: 4_000)],
        storageType: StorageTypeRules(solidStateCents: 1_500, hddCents: 0, noneCents: -2_000),
        storageGB: [PriceTier(from: 0, cents: -1_000), PriceTier(from: 240, cents: 0), PriceTier(from: 480, cents: 1_000),
                    PriceTier(from: 960, cents: 2_000)],
        batteryPercent: [PriceTier(from: 0, cents: -3_000), PriceTier(from: 50, cents: -1_500), PriceTier(from: 80, cents: 0)],
        batteryMissingCents: -2_000,
        gradePercent: [Grade.a.rawValue: 100, Grade.b.rawValue: 90, Grade.c.rawValue: 75],
        roundingCents: 500,
        minimumCents: 1_000,
        solidarityPercent: 30
    )
}
