import Erasure
import Foundation
import Glibc
import RefurbCore

/// Step 4: the disks the bench may erase, through the same plan, session and verification as `refurb wipe`, all
/// at once, with a progress line per disk (speed and time left), and a signed certificate each in the stick's
/// `certificates/`.
struct BenchErasure {
    let stick: BenchStick
    let settings: BenchSettings
    let keys: StationKeyPair
    let language: Language
    let method: WipeMethod

    func run(_ disks: [Disk], tag: String?) -> [WipeBatch.Result] {
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
        let progress: ProgressSink = isatty(STDERR_FILENO) == 1 ? TerminalProgressBar(language: language) : SilentProgress()
        let session = WipeSession(settings: wipeSettings, keys: keys, store: CertificateStore(directory: stick.certificatesDirectory),
                                  language: language, progress: progress)
        return WipeBatch(session: session).run(jobs) + results
    }
}
