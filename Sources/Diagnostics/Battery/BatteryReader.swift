import HostSystem

/// Reads every battery in `/sys/class/power_supply`, whatever its name: type Battery, and not a
/// device's battery (a wireless mouse reports scope "Device").
public struct BatteryReader: Sendable {
    public let root: SystemRoot

    static let directory = "sys/class/power_supply"

    public init(root: SystemRoot) {
        self.root = root
    }

    public func read(warnings: inout WarningLog) -> [BatteryReport] {
        var batteries: [BatteryReport] = []
        for name in root.entries(Self.directory) {
            let path = Self.directory + "/" + name
            let uevent = attributes(path)
            let type = root.text(path + "/type") ?? uevent["type"]
            guard type == "Battery", (root.text(path + "/scope") ?? uevent["scope"]) != "Device" else { continue }
            batteries.append(Self.report(name: name, uevent: uevent, warnings: &warnings))
        }
        return batteries
    }

    /// The uevent file, completed by the individual attribute files it lacks (some drivers leave
    /// values out of uevent).
    private func attributes(_ path: String) -> PowerSupplyUevent {
        var values: [String: String] = [:]
        if case .success(let lines) = root.lines(path + "/uevent", limit: 64 << 10) {
            values = PowerSupplyUevent(lines: lines).values
        }
        for key in Self.attributeFiles where values[key] == nil {
            if let value = root.text(path + "/" + key) { values[key] = value }
        }
        return PowerSupplyUevent(values: values)
    }

    static let attributeFiles = [
        "type", "scope", "present", "status", "technology", "manufacturer", "model_name", "serial_number", "cycle_count",
        "capacity", "energy_full", "energy_full_design", "charge_full", "charge_full_design",
    ]

    /// Builds the report from uevent values; also used directly on the corpus uevent files.
    public static func report(name: String, uevent: PowerSupplyUevent, warnings: inout WarningLog) -> BatteryReport {
        var battery = BatteryReport(name: uevent["name"] ?? name)
        battery.present = uevent.integer("present").map { $0 != 0 }
        battery.status = uevent["status"]
        battery.technology = uevent["technology"].flatMap { $0 == "Unknown" ? nil : $0 }
        battery.manufacturer = uevent["manufacturer"].flatMap { PlaceholderFilter.isPlaceholder($0) ? nil : $0 }
        battery.model = uevent["model_name"]
        battery.serialNumber = uevent["serial_number"].flatMap { PlaceholderFilter.isPlaceholder($0) ? nil : $0 }
        battery.cycleCount = uevent.integer("cycle_count").flatMap { $0 > 0 && $0 < 1_000_000 ? Int($0) : nil }
        battery.chargePercent = uevent.integer("capacity").flatMap { (0...100).contains($0) ? Int($0) : nil }
        if battery.present == false {
            warnings.add(.battery, "probe.warning.battery.absent", battery.name)
            return battery
        }
        if let health = BatteryHealth.compute(uevent) {
            battery.healthPercent = health.percent
            battery.healthBasis = health.basis
            battery.fullCapacity = health.full
            battery.designCapacity = health.design
        } else {
            warnings.add(.battery, "probe.warning.battery.noHealth", battery.name)
        }
        return battery
    }
}
