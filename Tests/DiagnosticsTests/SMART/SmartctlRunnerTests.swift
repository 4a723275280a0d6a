import Foundation
import Testing
@testable import Diagnostics

/// smartctl replaced by scripts: one that replays real JSON files with their exit status (as the
/// design asks), and hostile ones that print garbage, never exit, or flood the pipe.
@Suite("smartctl runner")
struct SmartctlRunnerTests {
    @Test("a replaying smartctl: each disk gets its own file and exit status, side by side")
    func replay() throws {
        let tree = try TemporaryTree()
        let corpus = TestPaths.hardwareCorpus + "/smartctl"
        let smartctl = try tree.script("smartctl", """
            for argument in "$@"; do device="$argument"; done
            case "$device" in
              /dev/sda) file="\(corpus)/sat-Western_Digital_RE3_Serial_ATA-WDC_WD5002ABYS-02B1B0-sda.json"; status=64 ;;
              /dev/nvme0n1) file="\(corpus)/nvme-null-CT250P2SSD8-nvme0.json"; status=0 ;;
              *) echo '{"smartctl":{"messages":[{"string":"Unable to detect device type","severity":"error"}],"exit_status":1}}'; exit 1 ;;
            esac
            cat "$file"
            exit $status
            """)
        var warnings = WarningLog()
        let results = SmartctlRunner(executable: smartctl, timeoutSeconds: 10).run(devices: ["/dev/sda", "/dev/nvme0n1", "/dev/sdz"], warnings: &warnings)
        #expect(results.map(\.report.verdict) == [.warning, .ok, .unknown])
        #expect(results[0].report.exitStatus == 64)
        #expect(results[0].output?.rotationRate == 7200)
        #expect(results[1].output?.deviceProtocol == "NVMe")
        #expect(warnings.contains(key: "probe.warning.smart.noData"))
    }

    @Test("a smartctl that never exits is killed at the deadline, with its children")
    func hang() throws {
        let tree = try TemporaryTree()
        let smartctl = try tree.script("smartctl", "sleep 1000 &\necho $! >> \"\(tree.path)/children\"\nsleep 1000")
        var warnings = WarningLog()
        let results = SmartctlRunner(executable: smartctl, timeoutSeconds: 0.5).run(devices: ["/dev/sda", "/dev/sdb"], warnings: &warnings)
        #expect(results.map(\.report.verdict) == [.unknown, .unknown])
        #expect(warnings.contains(key: "probe.warning.smart.timeout"))
        let children = try String(contentsOfFile: tree.path + "/children", encoding: .utf8).split(separator: "\n").compactMap { pid_t($0) }
        #expect(children.count == 2)
        // A killed child may linger a moment as a zombie of init; give it that moment, then it must be gone.
        for child in children {
            var gone = false
            for _ in 0..<50 where !gone {
                gone = kill(child, 0) != 0 || isZombie(child)
                if !gone { usleep(20_000) }
            }
            #expect(gone, "smartctl's child \(child) outlived the deadline")
        }
    }

    @Test("garbage, a crash and a flood each give unknown with a warning")
    func hostileOutputs() throws {
        let tree = try TemporaryTree()
        var warnings = WarningLog()
        let garbage = try tree.script("garbage", "printf 'Segmentation fault\\n\\377\\376'; exit 4")
        #expect(SmartctlRunner(executable: garbage, timeoutSeconds: 5).run(devices: ["/dev/sda"], warnings: &warnings).first?.report.verdict == .unknown)
        #expect(warnings.contains(key: "probe.warning.smart.unparsable"))
        let crash = try tree.script("crash", "kill -SEGV $$")
        #expect(SmartctlRunner(executable: crash, timeoutSeconds: 5).run(devices: ["/dev/sda"], warnings: &warnings).first?.report.verdict == .unknown)
        #expect(warnings.contains(key: "probe.warning.smart.crashed"))
        let flood = try tree.script("flood", "yes '{\"a\":1}'")
        #expect(SmartctlRunner(executable: flood, timeoutSeconds: 10).run(devices: ["/dev/sda"], warnings: &warnings).first?.report.verdict == .unknown)
        #expect(warnings.contains(key: "probe.warning.smart.outputTooLarge"))
    }

    @Test("a missing smartctl is a warning, not a failure")
    func missing() {
        var warnings = WarningLog()
        let results = SmartctlRunner(executable: "/nonexistent/smartctl", timeoutSeconds: 5).run(devices: ["/dev/sda"], warnings: &warnings)
        #expect(results.first?.report.verdict == .unknown)
        #expect(warnings.contains(key: "probe.warning.smart.notInstalled"))
    }

    @Test("an unknown USB bridge is retried with -d sat")
    func usbRetry() throws {
        let tree = try TemporaryTree()
        let smartctl = try tree.script("smartctl", """
            case "$*" in
              *"-d sat"*) echo '{"smart_status":{"passed":true},"power_on_time":{"hours":5},"model_name":"Behind Bridge","rotation_rate":5400}'; exit 0 ;;
              *) echo '{"smartctl":{"messages":[{"string":"/dev/sdb: Unknown USB bridge [0x152d:0x0578 (0x211)]","severity":"error"}],"exit_status":1}}'; exit 1 ;;
            esac
            """)
        var warnings = WarningLog()
        let result = try #require(SmartctlRunner(executable: smartctl, timeoutSeconds: 5).run(devices: ["/dev/sdb"], warnings: &warnings).first)
        #expect(result.report.verdict == .ok)
        #expect(result.output?.modelName == "Behind Bridge")
        #expect(warnings.warnings.isEmpty)
    }

    private func isZombie(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }
}
