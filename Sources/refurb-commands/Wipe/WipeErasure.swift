import Erasure
import Glibc
import RefurbClient
import RefurbCommandLine
import RefurbCore
import Synchronization

/// Step 4, the erasure: the confirmed disks erased in parallel, each certificate signed and written as its disk
/// ends, and with --submit sent to the service from that disk's thread at once. What became of each is said by
/// step 5, so that the progress bars are not broken up meanwhile.
struct WipeErasure {
    /// Each disk's end, and what became of each certificate sent, by certificate id.
    struct Erased {
        let results: [WipeBatch.Result]
        let deliveries: [String: ResultDelivery.Outcome]
    }

    let settings: WipeSettings
    let keys: StationKeyPair
    let certificates: CertificateStore
    let language: Language
    /// Where progress shows on this machine: a bar, JSON lines or nothing.
    let localProgress: ProgressSink
    let submission: WipeSubmission?
    /// `--send-progress`: also show each disk's progress on the office's board.
    let sendProgress: Bool

    func run(_ jobs: [(plan: WipePlan, cleared: ClearedDisk)]) -> Erased {
        let diskProgress = sendProgress ? submission?.progressReporters(for: jobs.map(\.plan)) ?? [:] : [:]
        let sink: ProgressSink = diskProgress.isEmpty ? localProgress : ServiceProgressSink(local: localProgress, disks: diskProgress)
        // First Ctrl-C: stop the passes and still write (failed) certificates. A second one ends the process.
        let interrupt = WipeInterruption.listen()
        defer { interrupt.cancel() }

        let session = WipeSession(settings: settings, keys: keys, store: certificates, language: language, progress: sink)
        let sent = Mutex<[String: ResultDelivery.Outcome]>([:])
        let progressByPath = Dictionary(jobs.map { ($0.plan.disk.devicePath, diskProgress[$0.plan.disk.name]) },
                                        uniquingKeysWith: { first, _ in first })
        let submission = self.submission
        let results = WipeBatch(session: session).run(jobs) { result in
            // A disk that ended without a certificate is said on the office's board as failed, with the reason.
            if let submission, case .error(let disk, let description) = result, let progress = diskProgress[disk] {
                waitForAsync { await submission.sendFailure(description, progress: progress) }
                return
            }
            guard let submission, case .finished(let outcome) = result else { return }
            let progress = progressByPath[outcome.certificate.drive.devicePath] ?? nil
            let delivered = waitForAsync { await submission.send(outcome, progress: progress) }
            sent.withLock { $0[outcome.certificate.id] = delivered }
        }
        if !diskProgress.isEmpty {
            let reporters = diskProgress.values.map(\.reporter)
            waitForAsync { for reporter in reporters { await reporter.finish() } }
        }
        return Erased(results: results, deliveries: sent.withLock { $0 })
    }
}

extension Wipe {
    /// The station's signing key, loaded before anything is asked or erased (exit 2 when there is none).
    func stationKeys(say: Speaker) throws -> StationKeyPair {
        let directory = keysDirectory ?? StationKeyPair.defaultDirectory()
        do {
            return try StationKeyPair.load(from: directory)
        } catch {
            throw output.badInput(say.text("erasure.error.noKey", directory), code: "no-station-key")
        }
    }

    /// `--progress`, else a bar when a person watches standard error and no JSON is asked for.
    func localProgress(language: Language) -> ProgressSink {
        let sink: ProgressSink = switch progress ?? (isatty(STDERR_FILENO) == 1 && !output.json ? "bar" : "none") {
        case "json": JSONLinesProgress()
        case "bar": TerminalProgressBar(language: language)
        default: SilentProgress()
        }
        return sink
    }
}
