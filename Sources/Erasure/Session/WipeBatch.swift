import Foundation
import Synchronization

/// Wipes several disks at once (`--all`), each on its own thread with its own certificate. A disk that
/// fails does not stop the others.
public struct WipeBatch: Sendable {
    public let session: WipeSession

    public init(session: WipeSession) {
        self.session = session
    }

    public enum Result: Sendable {
        case finished(WipeOutcome)
        case error(disk: String, description: String)
    }

    /// Runs every job and returns their results in the jobs' order. `onFinished`, when given, is called on the
    /// disk's own thread as soon as that disk is done (its certificate written), before the batch ends: the caller
    /// may hand the certificate on at once while other disks are still being erased.
    public func run(_ jobs: [(plan: WipePlan, cleared: ClearedDisk)], onFinished: (@Sendable (Result) -> Void)? = nil) -> [Result] {
        let results = Mutex<[Int: Result]>([:])
        let group = DispatchGroup()
        for (index, job) in jobs.enumerated() {
            group.enter()
            let session = self.session
            let plan = job.plan
            let cleared = job.cleared
            let thread = Thread {
                let result: Result
                do {
                    result = .finished(try session.wipe(plan, cleared: cleared))
                } catch {
                    result = .error(disk: cleared.disk.name, description: "\(error)")
                }
                results.withLock { $0[index] = result }
                onFinished?(result)
                group.leave()
            }
            thread.name = "refurb-wipe-\(cleared.disk.name)"
            thread.start()
        }
        group.wait()
        return results.withLock { dictionary in (0..<jobs.count).compactMap { dictionary[$0] } }
    }
}
