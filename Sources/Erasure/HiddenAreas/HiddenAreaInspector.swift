import HostSystem

/// Reads a drive's HPA and DCO with hdparm, and restores the native size when asked.
/// Only ATA drives on a direct SATA link have them; everything else is "not applicable".
public struct HiddenAreaInspector: Sendable {
    public let runner: CommandRunning

    public init(runner: CommandRunning) {
        self.runner = runner
    }

    public func inspect(_ disk: Disk) -> HiddenAreaStatus {
        guard disk.transport == .sata else { return .notApplicable }
        guard let output = try? runner.run(["hdparm", "-N", disk.devicePath], timeout: .seconds(30)),
              output.succeeded, let reading = HdparmMaxSectorsParser.parse(output.standardOutput)
        else { return HiddenAreaStatus(state: .unknown) }
        let dco = (try? runner.run(["hdparm", "--dco-identify", disk.devicePath], timeout: .seconds(30)))
            .flatMap { $0.succeeded ? HdparmDCOParser.realMaxSectors($0.standardOutput) : nil }
        var status = HiddenAreaStatus(state: .none, visibleSectors: reading.visibleSectors, nativeSectors: reading.nativeSectors, dcoRealSectors: dco)
        status.state = status.hiddenSectors > 0 ? .hidden : .none
        return status
    }

    /// The command that makes the whole native area visible again, permanently ("p" prefix), so the next
    /// owner gets the full disk too.
    public static func restoreCommand(_ disk: Disk, nativeSectors: UInt64) -> [String] {
        ["hdparm", "--yes-i-know-what-i-am-doing", "-N", "p\(nativeSectors)", disk.devicePath]
    }

    /// Restores the HPA and asks the kernel to re-read the disk's size. The DCO is left alone: restoring it
    /// (`--dco-restore`) resets drive features and is too dangerous to do unattended; its sectors stay an
    /// exception on the certificate.
    public func restoreNativeSize(_ disk: Disk, status: HiddenAreaStatus, root: SystemRoot) -> (command: [String], output: CommandOutput?) {
        guard status.hpaSectors > 0, let native = status.nativeSectors else { return ([], nil) }
        let command = Self.restoreCommand(disk, nativeSectors: native)
        let output = try? runner.run(command, timeout: .seconds(60))
        // The kernel keeps the old capacity until the SCSI device is rescanned.
        try? "1".write(toFile: root.absolute("sys/block/\(disk.name)/device/rescan"), atomically: false, encoding: .utf8)
        return (command, output)
    }
}

import Foundation
