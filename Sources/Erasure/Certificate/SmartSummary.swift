import HostSystem
import RefurbCore

/// The drive's health as `smartctl --json` reports it, reduced to what a buyer or donor cares about.
/// smartctl's JSON is read by RefurbCore's `SmartctlOutput`, the probe's reader too.
public struct SmartSummary: Codable, Sendable, Equatable {
    public var passed: Bool?
    public var powerOnHours: Int?
    public var reallocatedSectors: Int?
    public var pendingSectors: Int?
    public var mediaErrors: Int?
    public var percentageUsed: Int?
    public var temperatureCelsius: Int?
}

extension SmartSummary {
    /// The certificate's figures. Reallocated (5) and pending (197) sectors are the attributes' whole raw
    /// field (`raw.value`), as certificates have always printed them; the NVMe figures come from its health log.
    public init(_ output: SmartctlOutput) {
        self.init(
            passed: output.passed,
            powerOnHours: output.powerOnHours,
            reallocatedSectors: output.attributes[5]?.rawField,
            pendingSectors: output.attributes[197]?.rawField,
            mediaErrors: output.nvmeMediaErrors,
            percentageUsed: output.nvmePercentageUsed,
            temperatureCelsius: output.temperatureCelsius
        )
    }

    /// Runs `smartctl --json -x`. smartctl's exit status is a bit mask of findings, not a failure flag,
    /// so the JSON is used whenever it parses. Also returns the identity smartctl found, which fills what
    /// sysfs lacks (SATA serials, firmware).
    public static func read(for disk: Disk, runner: CommandRunning) -> (summary: SmartSummary, identity: DriveIdentity)? {
        guard disk.transport != .loop,
              let run = try? runner.run(["smartctl", "--json", "-x", disk.devicePath], timeout: .seconds(60)),
              let output = try? SmartctlOutput(json: Array(run.standardOutput.utf8))
        else { return nil }
        return (SmartSummary(output), DriveIdentity(smartctl: output))
    }
}

extension DriveIdentity {
    /// What smartctl says of the drive. The WWN is written as 16 hexadecimal digits without "0x", as
    /// certificates have always shown it.
    public init(smartctl output: SmartctlOutput) {
        self.init(
            vendor: output.vendor,
            model: output.modelName ?? output.product,
            serial: output.serialNumber,
            firmware: output.firmwareVersion,
            wwn: output.wwn.map { String($0.dropFirst(2)) }
        )
    }
}
