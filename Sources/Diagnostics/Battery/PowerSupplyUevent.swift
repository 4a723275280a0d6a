import RefurbCore

/// The `uevent` file of a power supply: "POWER_SUPPLY_ENERGY_FULL=37400000" lines. Reading it gives every
/// attribute in one file read, and it is also the format of the battery fixtures in the corpus.
public struct PowerSupplyUevent: Sendable, Equatable {
    /// Keys without their "POWER_SUPPLY_" prefix, lowercased like the sysfs attribute names.
    public private(set) var values: [String: String] = [:]

    public init(lines: [Substring]) {
        for line in lines {
            guard let equals = line.firstIndex(of: "=") else { continue }
            var key = line[..<equals]
            if key.hasPrefix("POWER_SUPPLY_") { key = key.dropFirst("POWER_SUPPLY_".count) }
            let value = PrintableText.trimmed(Array(line[line.index(after: equals)...].utf8))
            values[key.lowercased()] = value
        }
    }

    public init(values: [String: String]) {
        self.values = values
    }

    public subscript(key: String) -> String? {
        values[key]
    }

    /// A number, or nil when absent, empty or not a number.
    public func integer(_ key: String) -> Int64? {
        values[key].flatMap { Int64($0) }
    }
}
