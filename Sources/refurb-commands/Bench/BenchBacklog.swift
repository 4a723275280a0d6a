import Foundation
import RefurbClient
import RefurbCommandLine
import RefurbCore

/// Results an earlier run left on the stick (the service was out of reach, or the bench offline): sent at the next
/// run that reaches the service, as `refurb sync --stick` would, each exactly once.
struct BenchBacklog {
    let stick: BenchStick
    let screen: BenchScreen

    func send(to endpoint: ServiceEndpoint) {
        let language = screen.language
        let spool = stick.spool
        guard !stick.awaiting.waiting().isEmpty || ((try? spool.pendingCount()) ?? 0) > 0 else { return }
        screen.say("bench.backlog.title")
        _ = StickSync(stick: stick, language: language).linkAwaiting(to: endpoint, spool: spool)
        let submitter = Submitter(spool: spool, sender: SubmissionSender(language: language.rawValue))
        let outcome: Result<SyncSummary, ClientError> = waitForAsync {
            do throws(ClientError) {
                return .success(try await submitter.sync(to: endpoint))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let summary): screen.show(summary.text(language: language.rawValue))
        case .failure(let error): screen.show(error.text(language: language.rawValue))
        }
    }
}
