import Erasure
import Foundation
import Glibc
import RefurbClient
import RefurbCommandLine
import RefurbCore

/// Step 4: the disks the bench may erase, through the same plan, session and verification as `refurb wipe`, all
/// at once, with a progress line per disk (speed and time left), and a signed certificate each in the stick's
/// `certificates/`. When the service is there and the device known, each disk's progress also shows on the
/// office's board of live wipes, as with `refurb wipe --send-progress` (best effort: it never holds a wipe up).
struct BenchErasure {
    let stick: BenchStick
    let settings: BenchSettings
    let keys: StationKeyPair
    let language: Language
    let method: WipeMethod

    func run(_ disks: [Disk], tag: String?, endpoint: ServiceEndpoint?) -> [WipeBatch.Result] {
        let wipeSettings = WipeSettings()
        let context = WipeContext(workshop: settings.workshop, station: settings.station ?? ProcessInfo.processInfo.hostName,
                                  operator: nil, lot: nil, assetTag: tag)
        let request = WipeRequest(method: method, context: context)
        let usage = SystemUsage.read()
        // Planned again just before writing: the safety rules are checked at the last moment, and only their
        // clearance opens a disk for writing.
        let plans = disks.map { WipePlanner(settings: wipeSettings).plan($0, request: request, usage: usage) }
        var jobs: [(plan: WipePlan, cleared: ClearedDisk)] = []
        var results: [WipeBatch.Result] = []
        for plan in plans {
            if let cleared = plan.verdict.clearance {
                jobs.append((plan, cleared))
            } else {
                let reasons = plan.verdict.refusals.map { $0.message.text(in: language, catalog: .erasure) }
                results.append(.error(disk: plan.disk.name, description: reasons.joined(separator: " ")))
            }
        }
        let local: ProgressSink = isatty(STDERR_FILENO) == 1 ? TerminalProgressBar(language: language) : SilentProgress()
        var board: [String: DiskProgress] = [:]
        if let endpoint, let tag = tag.flatMap({ try? AssetTag(parsing: $0) }) {
            let submission = WipeSubmission(delivery: ResultDelivery(endpoint: endpoint, spool: stick.spool, language: language), tag: tag)
            board = submission.progressReporters(for: jobs.map(\.plan))
        }
        let progress: ProgressSink = board.isEmpty ? local : ServiceProgressSink(local: local, disks: board)
        let session = WipeSession(settings: wipeSettings, keys: keys, store: CertificateStore(directory: stick.certificatesDirectory),
                                  language: language, progress: progress)
        let interrupt = WipeInterruption.listen()
        let finished = WipeBatch(session: session).run(jobs)
        interrupt.cancel()
        // The last updates reach the board before the certificates that end them are sent.
        let reporters = board.values.map(\.reporter)
        if !reporters.isEmpty { waitForAsync { for reporter in reporters { await reporter.finish() } } }
        return finished + results
    }
}
