import Diagnostics
import Foundation
import RefurbCore

/// A real hardware report: the probe run against the laptop fixture tree of the Diagnostics tests
/// (a ThinkPad's sysfs, procfs and SMBIOS tables), without SMART.
enum LaptopReport {
    static let json: Data = {
        let directory = NSTemporaryDirectory() + "refurb-server-laptop-\(ProcessInfo.processInfo.processIdentifier)"
        if !FileManager.default.fileExists(atPath: directory + "/laptop") {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let tar = Process()
            tar.executableURL = URL(fileURLWithPath: "/bin/tar")
            tar.arguments = ["-xzf", TestWorkshop.repositoryRoot + "/Tests/DiagnosticsTests/Fixtures/laptop.tar.gz", "-C", directory]
            try? tar.run()
            tar.waitUntilExit()
        }
        let report = HardwareProbe(options: ProbeOptions(root: SystemRoot(path: directory + "/laptop"), smartctl: nil)).run()
        return (try? report.jsonData()) ?? Data()
    }()

    static var report: HardwareReport { try! HardwareReport.decode(from: json) }

    static var systemSerial: String? { report.system.serialNumber }

    /// How the service names each drive of the device in the report (serial, else WWN, else path).
    static var driveKeys: [String] {
        drives.map { DriveName.of(serial: $0.serialNumber, wwn: $0.wwn, devicePath: $0.devicePath) }
    }

    /// The device's own drives: the fixture also has a USB stick plugged in, which is not.
    static var drives: [StorageDevice] { report.storage.filter { !$0.isRemovableMedia } }

    /// The removable media plugged into the fixture laptop, as the service names them.
    static var removableKeys: [String] {
        report.storage.filter(\.isRemovableMedia).map { DriveName.of(serial: $0.serialNumber, wwn: $0.wwn, devicePath: $0.devicePath) }
    }
}
