/// One battery as `/sys/class/power_supply` describes it.
public struct BatteryReport: Codable, Equatable, Sendable {
    /// The kernel's name for it ("BAT0", "BATC", "CMB0"…).
    public var name: String
    public var present: Bool?
    public var status: String?
    public var technology: String?
    public var manufacturer: String?
    public var model: String?
    public var serialNumber: String?
    /// Full capacity today against design capacity, in percent; can exceed 100 on a new battery.
    public var healthPercent: Double?
    /// Which pair gave the health: energy (µWh) or charge (µAh). Never one of each.
    public var healthBasis: BatteryHealthBasis?
    /// The pair itself, in the basis's native unit (µWh or µAh), so that nothing is lost to rounding.
    public var fullCapacity: Int64?
    public var designCapacity: Int64?
    /// nil when the battery does not count (the kernel's 0 means "not reported", not "new").
    public var cycleCount: Int?
    public var chargePercent: Int?

    public init(name: String) {
        self.name = name
    }
}

public enum BatteryHealthBasis: String, Codable, Sendable {
    case energy
    case charge
}
