import Erasure
import Foundation
import RefurbCore

/// Step 3, the confirmation: for each disk that may be erased, shows what will be destroyed and asks for the
/// drive's serial number (or its kernel name when it has none), so that the wrong disk is never wiped by a slip of
/// Enter. `--yes` skips the question.
struct WipeConfirmation {
    let say: Speaker
    let ask: Bool
    /// The method asked for, named when a disk has no runnable method to show.
    let method: String

    /// The disks to erase, and how many that may be erased were not confirmed.
    func jobs(_ plans: [WipePlan]) -> (jobs: [(plan: WipePlan, cleared: ClearedDisk)], unconfirmed: Int) {
        var jobs: [(plan: WipePlan, cleared: ClearedDisk)] = []
        var unconfirmed = 0
        for plan in plans {
            guard let cleared = plan.verdict.clearance else { continue }
            guard !ask || confirm(plan) else {
                unconfirmed += 1
                continue
            }
            jobs.append((plan, cleared))
        }
        return (jobs, unconfirmed)
    }

    private func confirm(_ plan: WipePlan) -> Bool {
        let disk = plan.disk
        let token = plan.identity.serial ?? disk.confirmationToken
        say.line("erasure.confirm.summary", disk.devicePath, plan.identity.model ?? "?", token,
                 QuantityFormat.diskSize(Double(disk.sizeBytes), language: say.language),
                 plan.runnableCandidates.first?.method.rawValue ?? method)
        say.prompt("erasure.confirm.prompt", token)
        guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces),
              answer.caseInsensitiveCompare(token) == .orderedSame else {
            say.line("erasure.confirm.mismatch")
            return false
        }
        return true
    }
}
