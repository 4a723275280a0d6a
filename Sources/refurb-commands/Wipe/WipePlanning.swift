import Erasure
import RefurbCommandLine

/// Step 2, the plan: what would be done to each disk and which disks are refused (mounted, holding the running
/// system, in use…). Nothing is opened for writing.
struct WipePlanning {
    let plans: [WipePlan]
    /// The refused disks that were named on the command line: each makes the wipe fail (exit 1).
    let refusals: [WipePlan]

    init(_ order: WipeOrder, settings: WipeSettings) {
        let usage = SystemUsage.read()
        plans = order.disks.map { WipePlanner(settings: settings).plan($0, request: order.request, usage: usage) }
        refusals = plans.filter { !$0.verdict.isCleared && order.named.contains($0.disk.name) }
    }

    /// `--dry-run`: says what would run on each disk, and ends the command (exit 1 when a named disk is refused).
    func reportDryRun(json: Bool, say: Speaker) throws {
        if json {
            JSONOutput.print(DryRunView(plans: plans, say: say))
        } else {
            say.line("erasure.dryRun.header")
            for plan in plans {
                guard plan.verdict.isCleared else {
                    say.refusal(plan)
                    continue
                }
                for candidate in plan.candidates {
                    say.line("erasure.dryRun.wouldRun", plan.disk.devicePath, "\(candidate.method.rawValue) (\(candidate.method.category.rawValue))")
                    if let reason = candidate.skippedBecause {
                        say.line("erasure.dryRun.skipped", candidate.method.rawValue, say.text(reason))
                        continue
                    }
                    for line in candidate.firmwarePlan?.commandLines ?? [] { say.line("erasure.dryRun.command", line) }
                    say.line("erasure.dryRun.verification", plan.verification(for: candidate.method).description)
                }
            }
        }
        if !refusals.isEmpty { throw CommandFailure.refusedAlreadySaid }
    }
}
