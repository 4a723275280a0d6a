@testable import Erasure
import Foundation
import HostSystem
import Testing

/// Polling firmware erasures to the end, against recorded drive answers.
@Suite struct FirmwareEraseRunnerTests {
    let nvmeDisk = FirmwareCommandPlannerTests.disk("nvme0n1", transport: .nvme, rotational: false)

    func plan(_ method: WipeMethod) throws -> FirmwarePlan {
        let capabilities = DriveCapabilities(nvme: NVMeControllerCapabilities.parse(json: try Fixtures.text("nvme-id-ctrl-WDC_PC_SN730.json")))
        return try FirmwareCommandPlanner().plan(method, for: nvmeDisk, capabilities: capabilities)
    }

    @Test func nvmeSanitizeIsPolledFromInProgressToDone() throws {
        let completed = try Fixtures.text("nvme-sanitize-log-completed.txt")
        let inProgress = try Fixtures.text("nvme-sanitize-log-in-progress.txt")
        let runner = ScriptedRunner([
            "nvme sanitize-log /dev/nvme0": [.ok(completed), .ok(inProgress), .ok(inProgress), .ok(completed)],
            "nvme sanitize /dev/nvme0 --sanact=2": [.ok("")],
        ])
        let evidence = FirmwareEraseRunner(runner: runner, pollInterval: .zero).execute(try plan(.nvmeSanitizeBlock), monitor: PassMonitor())
        #expect(evidence.outcome == .completed)
        #expect(evidence.transitionObserved)
        #expect(evidence.polls == 3)
        #expect(evidence.statusBefore == "SSTAT 0x101, SPROG 65535")
        #expect(runner.commandsRun.first == "nvme sanitize-log /dev/nvme0")
        #expect(runner.commandsRun[1] == "nvme sanitize /dev/nvme0 --sanact=2")
    }

    /// An idle drive that already reported success before the command proves nothing.
    @Test func successWithoutTransitionIsNotProof() throws {
        let completed = try Fixtures.text("nvme-sanitize-log-completed.txt")
        let runner = ScriptedRunner([
            "nvme sanitize-log /dev/nvme0": [.ok(completed)],
            "nvme sanitize /dev/nvme0 --sanact=2": [.ok("")],
        ])
        let evidence = FirmwareEraseRunner(runner: runner, pollInterval: .zero).execute(try plan(.nvmeSanitizeBlock), monitor: PassMonitor())
        #expect(evidence.outcome == .completionNotProven)
        #expect(!evidence.transitionObserved)
    }

    @Test func sanitizeStuckInProgressTimesOut() throws {
        var stuck = try plan(.nvmeSanitizeCrypto)
        stuck.timeout = .milliseconds(50)
        let runner = ScriptedRunner([
            "nvme sanitize-log /dev/nvme0": [.ok(try Fixtures.text("nvme-sanitize-log-crypto-in-progress.txt"))],
            "nvme sanitize /dev/nvme0 --sanact=4": [.ok("")],
        ])
        let evidence = FirmwareEraseRunner(runner: runner, pollInterval: .milliseconds(5)).execute(stuck, monitor: PassMonitor())
        #expect(evidence.outcome == .timedOut)
        #expect(evidence.transitionObserved)
    }

    @Test func ataSanitizeFrozenBeforeStartIsReported() throws {
        let ssd = FirmwareCommandPlannerTests.disk("sdb", transport: .sata, rotational: false)
        let capabilities = DriveCapabilities(ata: ATAIdentify.parse(try Fixtures.text("hdparm-I-Micron_5300-ssd-frozen.txt")))
        let plan = try FirmwareCommandPlanner().plan(.ataSanitizeBlock, for: ssd, capabilities: capabilities)
        let runner = ScriptedRunner(["hdparm --sanitize-status /dev/sdb": [.ok(try Fixtures.text("hdparm-sanitize-status-frozen.txt"))]])
        let evidence = FirmwareEraseRunner(runner: runner, pollInterval: .zero).execute(plan, monitor: PassMonitor())
        #expect(evidence.outcome == .frozen)
        #expect(!runner.commandsRun.contains { $0.contains("--sanitize-block-erase") })
    }

    @Test func ataSecurityEraseIsConfirmedByTheDroppedPassword() throws {
        let hdd = FirmwareCommandPlannerTests.disk("sda", transport: .sata, rotational: true)
        let identify = try Fixtures.text("hdparm-I-WDC_WD2500AAKS-hdd.txt")
        let plan = try FirmwareCommandPlanner().plan(.ataSecureEraseEnhanced, for: hdd, capabilities: DriveCapabilities(ata: ATAIdentify.parse(identify)))
        let runner = ScriptedRunner([
            "hdparm --user-master u --security-set-pass refurb /dev/sda": [.ok(" Issuing SECURITY_SET_PASS command, password=\"refurb\", user=user, mode=high")],
            "hdparm --user-master u --security-erase-enhanced refurb /dev/sda": [.ok(" Issuing SECURITY_ERASE command, password=\"refurb\", user=user")],
            "hdparm -I /dev/sda": [.ok(identify)],
        ])
        let evidence = FirmwareEraseRunner(runner: runner, pollInterval: .zero).execute(plan, monitor: PassMonitor())
        #expect(evidence.outcome == .completed)
        #expect(evidence.commands.count == 2)
        #expect(evidence.statusAfter == "security not enabled, not locked")
    }

    @Test func failedSecurityEraseClearsTheTemporaryPassword() throws {
        let hdd = FirmwareCommandPlannerTests.disk("sda", transport: .sata, rotational: true)
        let plan = try FirmwareCommandPlanner().plan(.ataSecureErase, for: hdd, capabilities: DriveCapabilities(ata: ATAIdentify.parse(try Fixtures.text("hdparm-I-WDC_WD2500AAKS-hdd.txt"))))
        let runner = ScriptedRunner([
            "hdparm --user-master u --security-set-pass refurb /dev/sda": [.ok("")],
            "hdparm --user-master u --security-erase refurb /dev/sda": [CommandOutput(exitCode: 5, standardOutput: "", standardError: "SECURITY_ERASE: Input/output error")],
            "hdparm --user-master u --security-disable refurb /dev/sda": [.ok("")],
        ])
        let evidence = FirmwareEraseRunner(runner: runner, pollInterval: .zero).execute(plan, monitor: PassMonitor())
        #expect(evidence.outcome == .commandFailed)
        #expect(runner.commandsRun.last == "hdparm --user-master u --security-disable refurb /dev/sda")
    }
}
