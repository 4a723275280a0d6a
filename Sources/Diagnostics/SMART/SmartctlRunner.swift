import HostSystem
import RefurbCore

/// Runs `smartctl --json=c -x` on every disk at once, each with its own deadline, and retries once with
/// `-d sat` where smartctl did not recognise a USB bridge. A missing smartctl is a warning, not a failure.
public struct SmartctlRunner: Sendable {
    public struct DiskResult: Sendable {
        public var report: SmartReport
        /// What smartctl said, for the disk identity it adds (serial, WWN, rotation rate).
        public var output: SmartctlOutput?
    }

    public var executable: String
    public var timeoutSeconds: Double

    public static let defaultTimeoutSeconds = 60.0

    public init(executable: String = "smartctl", timeoutSeconds: Double = SmartctlRunner.defaultTimeoutSeconds) {
        self.executable = executable
        self.timeoutSeconds = timeoutSeconds
    }

    /// `devices` are paths such as "/dev/sda"; results come back in the same order.
    public func run(devices: [String], warnings: inout WarningLog) -> [DiskResult] {
        guard !devices.isEmpty else { return [] }
        // Each disk keeps its own warnings until we know whether it is retried, so a first attempt
        // that a retry fixes leaves nothing behind.
        var logs = [WarningLog](repeating: WarningLog(), count: devices.count)
        let outcomes = BoundedCommandRunner.run(devices.map { command(for: $0, deviceType: nil) }, timeoutSeconds: timeoutSeconds)
        var results: [Interpreted] = []
        for (index, outcome) in outcomes.enumerated() {
            results.append(interpret(outcome, device: devices[index], warnings: &logs[index]))
        }

        let retryIndices = results.indices.filter { results[$0].needsSATRetry }
        if !retryIndices.isEmpty {
            let retries = BoundedCommandRunner.run(retryIndices.map { command(for: devices[$0], deviceType: "sat") }, timeoutSeconds: timeoutSeconds)
            for (index, outcome) in zip(retryIndices, retries) {
                logs[index] = WarningLog()
                results[index] = interpret(outcome, device: devices[index], warnings: &logs[index])
            }
        }
        for log in logs {
            warnings.add(contentsOf: log)
        }
        return results.map(\.result)
    }

    private func command(for device: String, deviceType: String?) -> BoundedCommandRunner.Command {
        var arguments = ["--json=c", "-x"]
        if let deviceType { arguments += ["-d", deviceType] }
        return .init(executable: executable, arguments: arguments + [device])
    }

    private struct Interpreted {
        var result: DiskResult
        var needsSATRetry = false
    }

    private func interpret(_ outcome: BoundedCommandRunner.Outcome, device: String, warnings: inout WarningLog) -> Interpreted {
        switch outcome.termination {
        case .launchFailed(let code):
            warnings.add(.smart, "probe.warning.smart.notInstalled", executable, String(code))
            return Interpreted(result: DiskResult(report: SmartReport(verdict: .unknown, reasons: [SmartReason(.info, "probe.smart.smartctlMissing")])))
        case .timedOut:
            warnings.add(.smart, "probe.warning.smart.timeout", device, String(Int(timeoutSeconds)))
            return Interpreted(result: DiskResult(report: SmartReport(verdict: .unknown, reasons: [SmartReason(.warning, "probe.smart.timeout", String(Int(timeoutSeconds)))])))
        case .outputTooLarge:
            warnings.add(.smart, "probe.warning.smart.outputTooLarge", device)
            return Interpreted(result: DiskResult(report: SmartReport(verdict: .unknown, reasons: [SmartReason(.info, "probe.smart.unreadableOutput")])))
        case .signaled(let signal):
            warnings.add(.smart, "probe.warning.smart.crashed", device, String(signal))
            return Interpreted(result: DiskResult(report: SmartReport(verdict: .unknown, reasons: [SmartReason(.info, "probe.smart.unreadableOutput")])))
        case .exited(let status):
            let exitStatus = SmartctlExitStatus(rawValue: Int(status))
            let output: SmartctlOutput
            do {
                output = try SmartctlOutput(json: outcome.output)
            } catch {
                warnings.add(.smart, "probe.warning.smart.unparsable", device, String(status))
                var report = SmartReport(verdict: .unknown, reasons: [SmartReason(.info, "probe.smart.unreadableOutput")])
                report.exitStatus = Int(status)
                return Interpreted(result: DiskResult(report: report))
            }
            let report = SmartHealthAssessment.assess(output, exitStatus: exitStatus)
            if report.verdict == .unknown {
                warnings.add(.smart, "probe.warning.smart.noData", device, output.messages.first ?? String(status))
            }
            let unknownBridge = output.messages.contains { $0.contains("Unknown USB bridge") }
            return Interpreted(result: DiskResult(report: report, output: output), needsSATRetry: unknownBridge && exitStatus.gotNoData)
        }
    }
}
