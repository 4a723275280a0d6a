import Foundation
import HostSystem

/// Runs a firmware plan and watches it to the end: background sanitize operations are polled until the
/// drive reports completion (not merely idle), blocking commands are followed by a status check. A
/// drive left with the temporary ATA password after a failure gets it removed.
public struct FirmwareEraseRunner: Sendable {
    public let runner: CommandRunning
    public let pollInterval: Duration

    public init(runner: CommandRunning, pollInterval: Duration = .seconds(5)) {
        self.runner = runner
        self.pollInterval = pollInterval
    }

    public func execute(_ plan: FirmwarePlan, monitor: PassMonitor, progress: @Sendable (Double?) -> Void = { _ in }) -> FirmwareEvidence {
        var evidence = FirmwareEvidence()
        let clock = ContinuousClock()
        let deadline = clock.now + plan.timeout

        var tracker: SanitizeCompletionTracker?
        switch plan.watch {
        case .ataSanitizeStatus(let status), .nvmeSanitizeLog(let status):
            let before = observe(status, watch: plan.watch)
            evidence.statusBefore = before?.summary
            if before?.frozen == true {
                evidence.outcome = .frozen
                return evidence
            }
            tracker = SanitizeCompletionTracker(before: before)
        case .commandCompletion:
            break
        }

        for command in plan.commands {
            let started = clock.now
            let remaining = deadline - started
            do {
                let output = try runner.run(command, timeout: remaining)
                evidence.commands.append(.init(
                    commandLine: command.joined(separator: " "), exitCode: output.exitCode,
                    durationMilliseconds: Self.milliseconds(clock.now - started),
                    output: String((output.standardOutput + output.standardError).suffix(600))
                ))
                monitor.touch()
                guard output.succeeded else {
                    evidence.outcome = Self.looksFrozen(output) ? .frozen : .commandFailed
                    clearTemporaryPassword(plan)
                    return evidence
                }
            } catch CommandRunnerError.toolMissing {
                evidence.outcome = .toolMissing
                return evidence
            } catch {
                evidence.commands.append(.init(commandLine: command.joined(separator: " "), exitCode: nil, durationMilliseconds: Self.milliseconds(clock.now - started), output: "\(error)"))
                evidence.outcome = .timedOut
                clearTemporaryPassword(plan)
                return evidence
            }
        }

        switch plan.watch {
        case .commandCompletion(let confirm):
            let output = try? runner.run(confirm, timeout: .seconds(60))
            evidence.statusAfter = output.map { Self.confirmationSummary($0, plan: plan) }
            evidence.outcome = confirmed(output, plan: plan) ? .completed : .completionNotProven
            progress(1)
        case .ataSanitizeStatus(let status), .nvmeSanitizeLog(let status):
            while true {
                guard let observation = observe(status, watch: plan.watch) else {
                    evidence.outcome = .commandFailed
                    break
                }
                evidence.polls += 1
                evidence.statusAfter = observation.summary
                monitor.touch()
                let verdict = tracker!.observe(observation)
                evidence.transitionObserved = tracker!.transitionObserved
                switch verdict {
                case .running(let fraction):
                    progress(fraction)
                    if clock.now >= deadline {
                        evidence.outcome = .timedOut
                    } else {
                        Thread.sleep(forTimeInterval: Self.seconds(pollInterval))
                        continue
                    }
                case .completed: evidence.outcome = .completed; progress(1)
                case .completionNotProven: evidence.outcome = .completionNotProven
                case .failed: evidence.outcome = .driveReportedFailure
                case .frozen: evidence.outcome = .frozen
                }
                break
            }
        }
        return evidence
    }

    private func observe(_ status: [String], watch: FirmwarePlan.Watch) -> SanitizeObservation? {
        guard let output = try? runner.run(status, timeout: .seconds(60)), output.succeeded else { return nil }
        if case .nvmeSanitizeLog = watch { return NVMeSanitizeLogParser.parse(output.standardOutput) }
        return HdparmSanitizeStatusParser.parse(output.standardOutput)
    }

    /// After Security Erase the drive must have dropped the password (security "not enabled", "not
    /// locked"); after Format the controller must still answer.
    private func confirmed(_ output: CommandOutput?, plan: FirmwarePlan) -> Bool {
        guard let output, output.succeeded else { return false }
        switch plan.method {
        case .ataSecureErase, .ataSecureEraseEnhanced:
            let identify = ATAIdentify.parse(output.standardOutput)
            return identify.securitySupported && !identify.securityEnabled && !identify.securityLocked
        default:
            return NVMeControllerCapabilities.parse(json: output.standardOutput) != nil
        }
    }

    private static func confirmationSummary(_ output: CommandOutput, plan: FirmwarePlan) -> String {
        switch plan.method {
        case .ataSecureErase, .ataSecureEraseEnhanced:
            let identify = ATAIdentify.parse(output.standardOutput)
            return "security \(identify.securityEnabled ? "enabled" : "not enabled"), \(identify.securityLocked ? "locked" : "not locked")"
        default:
            return output.succeeded ? "controller answers identify" : "controller does not answer (exit \(output.exitCode))"
        }
    }

    /// hdparm reports a frozen drive as an aborted command ("SECURITY_SET_PASS: Input/output error",
    /// sense "bad/missing sense data").
    private static func looksFrozen(_ output: CommandOutput) -> Bool {
        let text = (output.standardOutput + output.standardError).lowercased()
        return text.contains("frozen")
    }

    private func clearTemporaryPassword(_ plan: FirmwarePlan) {
        guard plan.method == .ataSecureErase || plan.method == .ataSecureEraseEnhanced, let device = plan.commands.first?.last else { return }
        _ = try? runner.run(["hdparm", "--user-master", "u", "--security-disable", FirmwareCommandPlanner.temporaryPassword, device], timeout: .seconds(60))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000) + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
