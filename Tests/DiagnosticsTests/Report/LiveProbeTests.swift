import Foundation
import Testing
@testable import Diagnostics

/// The probe on the machine running the tests (a VM here: no DMI tables, a virtio disk). It must report
/// the CPU, memory, disks and network it has, and warn about the rest, as root and as an ordinary user.
@Suite("Live probe on this machine", .enabled(if: FileManager.default.fileExists(atPath: "/proc/cpuinfo"), "not a Linux machine with procfs"))
struct LiveProbeTests {
    /// The built `refurb` executable: `$REFURB_BINARY`, else `.build/debug/refurb` in the package.
    static let binary: String? = {
        if let path = ProcessInfo.processInfo.environment["REFURB_BINARY"], FileManager.default.isExecutableFile(atPath: path) { return path }
        var directory = URL(fileURLWithPath: TestPaths.testsDirectory)
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                for configuration in ["debug", "release"] {
                    let candidate = directory.appendingPathComponent(".build/\(configuration)/refurb").path
                    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                }
                return nil
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    static let setpriv = TestPaths.executable("setpriv")

    private func checkFindings(_ report: HardwareReport) {
        #expect(report.cpu?.model != nil)
        #expect((report.cpu?.threads ?? 0) >= 1)
        #expect((report.memory.usableBytes ?? 0) > 64 << 20)
        #expect(!report.storage.isEmpty, "no disk found")
        #expect(report.storage.allSatisfy { $0.sizeBytes > 0 && !$0.name.hasPrefix("loop") && !$0.name.hasPrefix("zram") })
        #expect(!report.network.isEmpty, "no network interface found")
        #expect(report.network.allSatisfy { $0.name != "lo" })
        // Whatever is missing is said, never silently left out.
        if report.system.source == nil { #expect(report.warnings.contains { $0.key == "probe.warning.smbios.noFirmwareIdentity" }) }
        if report.memory.modules.isEmpty { #expect(report.warnings.contains { $0.key == "probe.warning.memory.noModules" }) }
        if report.batteries.isEmpty { #expect(report.warnings.contains { $0.key == "probe.warning.battery.none" }) }
        if report.displays.isEmpty { #expect(report.warnings.contains { $0.key == "probe.warning.display.none" }) }
    }

    @Test("in-process, with SMART")
    func inProcess() {
        let report = HardwareProbe(options: ProbeOptions(smartTimeoutSeconds: 20)).run()
        checkFindings(report)
        #expect(report.probe.privileged == (geteuid() == 0))
        let summary = ProbeSummary.render(report, language: .fr)
        #expect(summary.contains("Processeur"))
        #expect(summary.contains("Disque"))
    }

    @Test("the built binary, as root", .enabled(if: LiveProbeTests.binary != nil, "the refurb executable is not built (swift build)"),
          .enabled(if: geteuid() == 0, "needs root"))
    func binaryAsRoot() throws {
        let report = try runBinary(asUser: nil)
        checkFindings(report)
        #expect(report.probe.privileged)
    }

    @Test("the built binary, as the unprivileged user nobody",
          .enabled(if: LiveProbeTests.binary != nil, "the refurb executable is not built (swift build)"),
          .enabled(if: geteuid() == 0 && LiveProbeTests.setpriv != nil, "needs root and setpriv to switch to nobody"))
    func binaryAsNobody() throws {
        let report = try runBinary(asUser: "nobody")
        checkFindings(report)
        #expect(!report.probe.privileged)
        // Without root, SMART cannot open the disks: that is an unknown health with its reason, not a crash.
        #expect(report.storage.allSatisfy { $0.smart?.verdict == .unknown || $0.smart?.verdict == nil || $0.smart?.verdict == .ok })
    }

    @Test("as nobody on the laptop fixture whose tables and serials are root-only: the dmi-id fallback, said so",
          .enabled(if: LiveProbeTests.binary != nil, "the refurb executable is not built (swift build)"),
          .enabled(if: geteuid() == 0 && LiveProbeTests.setpriv != nil, "needs root and setpriv to switch to nobody"))
    func fixtureAsNobody() throws {
        let tree = try TemporaryTree(copying: TestPaths.laptop)
        for restricted in ["sys/firmware/dmi/tables/DMI", "sys/firmware/dmi/tables/smbios_entry_point", "sys/devices/virtual/dmi/id/product_serial"] {
            chmod(tree.path + "/" + restricted, 0o400)
        }
        let report = try runBinary(asUser: "nobody", extraArguments: ["--root", tree.path, "--no-smart"])
        #expect(report.system.source == .dmiID)
        #expect(report.system.model == "ThinkPad X1 Carbon 5th")
        #expect(report.system.serialNumber == nil)
        #expect(report.memory.modules.isEmpty)
        let keys = Set(report.warnings.map(\.key))
        #expect(keys.isSuperset(of: ["probe.warning.smbios.needsRoot", "probe.warning.smbios.usingDMIFallback",
                                     "probe.warning.dmi.serialsNeedRoot", "probe.warning.memory.noModules"]))
    }

    /// Runs `refurb [probe] --json`; the scratch package's executable is the probe command itself.
    private func runBinary(asUser user: String?, extraArguments: [String] = []) throws -> HardwareReport {
        let binary = try #require(Self.binary)
        for prefix in [["probe"], []] {
            var arguments = prefix + ["--json", "--smart-timeout", "20"] + extraArguments
            var executable = binary
            if let user, let setpriv = Self.setpriv {
                arguments = ["--reuid=\(user)", "--regid=nogroup", "--clear-groups", binary] + arguments
                executable = setpriv
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationStatus == 0 {
                return try HardwareReport.decode(from: data)
            }
        }
        throw CocoaError(.executableLoad)
    }
}
