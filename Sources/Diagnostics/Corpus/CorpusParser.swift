import HostSystem
import RefurbCore

/// Parses a corpus of real captures in one go: SMBIOS dumps (`smbios/`), smartctl JSON files
/// (`smartctl/`) and battery uevent files (`power_supply/`), as laid out in Tests/Fixtures/hardware. The tests
/// check what it finds; the benchmark times it (`refurb probe --parse-corpus DIR`).
public struct CorpusParser: Sendable {
    public struct Summary: Sendable, Equatable {
        public var smbiosDumps = 0
        public var smbiosDumpsDecoded = 0
        public var smartctlFiles = 0
        public var smartctlFilesParsed = 0
        public var batteryFiles = 0
        public var batteriesWithHealth = 0
        public var elapsedMilliseconds = 0.0
    }

    public let directory: SystemRoot

    public init(directory: String) {
        self.directory = SystemRoot(path: directory)
    }

    public func parseAll() -> Summary {
        let start = BoundedCommandRunner.monotonicSeconds()
        var summary = Summary()
        for name in directory.entries("smbios") where !name.hasPrefix(".") && name != "LICENSE" {
            summary.smbiosDumps += 1
            guard case .success(let bytes) = directory.readBytes("smbios/" + name, limit: 16 << 20) else { continue }
            var warnings = WarningLog()
            if case .success(let table) = SMBIOSTableSource.dumpBytes(bytes, name: name).load(warnings: &warnings) {
                let inventory = SMBIOSInventory(table: table, warnings: &warnings)
                _ = SystemIdentityBuilder.build(from: FirmwareIdentity(inventory: inventory), source: .smbiosDump, warnings: &warnings)
                summary.smbiosDumpsDecoded += 1
            }
        }
        for name in directory.entries("smartctl") where name.hasSuffix(".json") {
            summary.smartctlFiles += 1
            guard case .success(let bytes) = directory.readBytes("smartctl/" + name),
                  let output = try? SmartctlOutput(json: bytes)
            else { continue }
            _ = SmartHealthAssessment.assess(output, exitStatus: SmartctlExitStatus(rawValue: output.exitStatusInJSON ?? 0))
            summary.smartctlFilesParsed += 1
        }
        for name in directory.entries("power_supply") where name.hasSuffix(".uevent") {
            summary.batteryFiles += 1
            guard case .success(let lines) = directory.lines("power_supply/" + name) else { continue }
            var warnings = WarningLog()
            let battery = BatteryReader.report(name: name, uevent: PowerSupplyUevent(lines: lines), warnings: &warnings)
            if battery.healthPercent != nil { summary.batteriesWithHealth += 1 }
        }
        summary.elapsedMilliseconds = (BoundedCommandRunner.monotonicSeconds() - start) * 1000
        return summary
    }
}
