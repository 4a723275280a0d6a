import HostSystem

/// What the drive's firmware can do, read once before planning: `hdparm -I` for ATA drives, `nvme id-ctrl`
/// for NVMe controllers. Nil parts were not readable (other transports, tools missing).
public struct DriveCapabilities: Sendable, Equatable {
    public var ata: ATAIdentify?
    public var nvme: NVMeControllerCapabilities?

    public init(ata: ATAIdentify? = nil, nvme: NVMeControllerCapabilities? = nil) {
        self.ata = ata
        self.nvme = nvme
    }

    public static func read(for disk: Disk, runner: CommandRunning) -> DriveCapabilities {
        switch disk.transport {
        case .sata:
            let output = try? runner.run(["hdparm", "-I", disk.devicePath], timeout: .seconds(30))
            return DriveCapabilities(ata: output.flatMap { $0.succeeded ? ATAIdentify.parse($0.standardOutput) : nil })
        case .nvme:
            let controller = disk.nvmeControllerPath ?? disk.devicePath
            let output = try? runner.run(["nvme", "id-ctrl", controller, "--output-format=json"], timeout: .seconds(30))
            return DriveCapabilities(nvme: output.flatMap { $0.succeeded ? NVMeControllerCapabilities.parse(json: $0.standardOutput) : nil })
        default:
            return DriveCapabilities()
        }
    }
}
