/// Battery health from a matching pair: energy_full / energy_full_design (µWh) or charge_full /
/// charge_full_design (µAh). Mixing one of each would compare µWh with µAh, which is how Workbench
/// got batteries wrong, so a battery with no complete pair has no health figure.
enum BatteryHealth {
    struct Result: Equatable {
        var percent: Double
        var basis: BatteryHealthBasis
        var full: Int64
        var design: Int64
    }

    static func compute(_ uevent: PowerSupplyUevent) -> Result? {
        if let full = uevent.integer("energy_full"), let design = uevent.integer("energy_full_design"), full >= 0, design > 0 {
            return Result(percent: percentage(full, design), basis: .energy, full: full, design: design)
        }
        if let full = uevent.integer("charge_full"), let design = uevent.integer("charge_full_design"), full >= 0, design > 0 {
            return Result(percent: percentage(full, design), basis: .charge, full: full, design: design)
        }
        return nil
    }

    /// One decimal place: enough to grade, stable in JSON.
    private static func percentage(_ full: Int64, _ design: Int64) -> Double {
        (Double(full) / Double(design) * 1000).rounded() / 10
    }
}
