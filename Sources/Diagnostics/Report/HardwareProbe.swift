// FoundationEssentials keeps the full Foundation and ICU out of `refurb probe`: their loading alone
// costs more than the whole probe (see scripts/bench/probe).
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import HostSystem

/// What to probe and how.
public struct ProbeOptions: Sendable {
    public var root: SystemRoot
    /// A `dmidecode --dump-bin` file to read instead of the machine's own tables.
    public var smbiosDumpPath: String?
    /// The smartctl to run; nil turns SMART off (for the benchmark, or when disks must not be woken).
    public var smartctl: String?
    public var smartTimeoutSeconds: Double

    public init(
        root: SystemRoot = .live,
        smbiosDumpPath: String? = nil,
        smartctl: String? = "smartctl",
        smartTimeoutSeconds: Double = SmartctlRunner.defaultTimeoutSeconds
    ) {
        self.root = root
        self.smbiosDumpPath = smbiosDumpPath
        self.smartctl = smartctl
        self.smartTimeoutSeconds = smartTimeoutSeconds
    }
}

/// Runs every reader against one root and assembles the report. No reader can stop the others: each
/// records what it could not read in the warnings and the probe goes on.
public struct HardwareProbe: Sendable {
    public let options: ProbeOptions

    public init(options: ProbeOptions = ProbeOptions()) {
        self.options = options
    }

    public func run() -> HardwareReport {
        var stopwatch = ProbeStopwatch()
        let report = run(stopwatch: &stopwatch)
        stopwatch.report()
        return report
    }

    /// The probe, each area's time added to `stopwatch` (when `REFURB_PROBE_TIMINGS` is set), so that the command
    /// can add what it does next (the JSON, the printing) to the same line.
    public func run(stopwatch: inout ProbeStopwatch) -> HardwareReport {
        let startedAt = Date()
        let clockStart = BoundedCommandRunner.monotonicSeconds()
        let root = options.root
        var warnings = WarningLog()

        let firmware = SMBIOSReader(root: root, dumpPath: options.smbiosDumpPath).read(warnings: &warnings)
        stopwatch.lap("smbios")
        let batteries = BatteryReader(root: root).read(warnings: &warnings)
        stopwatch.lap("battery")
        var system = firmware.identity.map {
            SystemIdentityBuilder.build(from: $0, source: firmware.source ?? .dmiID, warnings: &warnings)
        } ?? SystemIdentity()
        system.smbiosVersion = firmware.inventory?.version.description
        let firmwareBatteries = firmware.inventory?.portableBatteries ?? []
        system.suggestedCategory = CategoryInference(root: root).category(
            chassis: firmware.identity?.chassisType,
            hasBattery: !batteries.isEmpty || !firmwareBatteries.isEmpty,
            warnings: &warnings
        )

        stopwatch.lap("identity")
        let cpu = CPUReader(root: root).read(processors: firmware.inventory?.processors ?? [], warnings: &warnings)
        stopwatch.lap("cpu")
        if cpu == nil { warnings.add(.cpu, "probe.warning.cpu.unreadable") }
        let memory = MemoryReader(root: root).read(inventory: firmware.inventory, warnings: &warnings)
        stopwatch.lap("memory")
        var storage = BlockDeviceReader(root: root).read(warnings: &warnings)
        stopwatch.lap("storage")
        if let smartctl = options.smartctl {
            let runner = SmartctlRunner(executable: smartctl, timeoutSeconds: options.smartTimeoutSeconds)
            let results = runner.run(devices: storage.map(\.devicePath), warnings: &warnings)
            for (index, result) in zip(storage.indices, results) {
                storage[index].smart = result.report
                if let output = result.output { storage[index].merge(output) }
            }
        }
        stopwatch.lap("smart")
        let graphics = GraphicsReader(root: root).read(warnings: &warnings)
        stopwatch.lap("graphics")
        let displays = DisplayReader(root: root).read(warnings: &warnings)
        stopwatch.lap("displays")
        let network = NetworkInterfaceReader(root: root).read(warnings: &warnings)
        stopwatch.lap("network")
        if batteries.isEmpty { warnings.add(.battery, "probe.warning.battery.none") }

        let probe = ProbeInfo(
            version: ProbeInfo.currentVersion,
            startedAt: startedAt,
            durationMilliseconds: ((BoundedCommandRunner.monotonicSeconds() - clockStart) * 10_000).rounded() / 10,
            root: root.path,
            privileged: geteuid() == 0,
            smartChecked: options.smartctl != nil
        )
        return HardwareReport(
            probe: probe,
            system: system,
            cpu: cpu,
            memory: memory,
            storage: storage,
            batteries: batteries,
            firmwareBatteries: firmwareBatteries,
            graphics: graphics,
            displays: displays,
            network: network,
            warnings: warnings.warnings
        )
    }
}
