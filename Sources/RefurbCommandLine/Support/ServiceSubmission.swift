import ArgumentParser
import Foundation
import RefurbClient
import RefurbCore
import Synchronization

/// `--submit`, `--token` and `--spool`: where `probe`, `wipe` and `sync` send their results, and where results
/// wait while the service cannot be reached.
struct SubmitOptions: ParsableArguments {
    @Option(name: .customLong("submit"), help: ArgumentHelp(
        "Send the result to the Refurb service at this address, e.g. http://192.168.1.10:8080 (default: $REFURB_URL). "
            + "If the service cannot be reached, the result waits in the spool: run `refurb sync` later.",
        valueName: "URL"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp(
        "This station's access token (rft_…), given once by the coordinator (default: $REFURB_TOKEN). "
            + "Prefer the variable: other users of the machine can see a command line.",
        valueName: "TOKEN"))
    var token: String?

    @Option(name: .long, help: ArgumentHelp(
        "Folder where results wait while the service cannot be reached (default: $REFURB_SPOOL, else "
            + "~/.local/share/refurb/spool). On a live USB stick, choose a folder that survives a shutdown.",
        valueName: "DIR"))
    var spool: String?

    /// The address given with `--submit`, else `$REFURB_URL`; nil when neither (or an empty one) is set.
    var serviceAddress: String? {
        if let url { return url }
        guard let fromEnvironment = ProcessInfo.processInfo.environment["REFURB_URL"],
              !fromEnvironment.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return fromEnvironment
    }

    /// The service and the token, checked before any work is done: exit 2 with the reason when either is wrong.
    func endpoint(address: String, language: Language) throws -> ServiceEndpoint {
        let token = self.token ?? ProcessInfo.processInfo.environment["REFURB_TOKEN"] ?? ""
        do {
            return try ServiceEndpoint.parse(url: address, token: token)
        } catch {
            throw CommandFailure(badInput: error.text(language: language.rawValue))
        }
    }

    var spoolFolder: SubmissionSpool {
        if let spool, !spool.isEmpty {
            return SubmissionSpool(directory: URL(fileURLWithPath: spool, isDirectory: true))
        }
        return SubmissionSpool()
    }
}

/// Hands one result to the service through the spool, and words what became of it for the technician.
struct ResultDelivery: Sendable {
    /// What became of one result, with the sentence to show.
    enum Outcome: Sendable {
        /// The service has it; `body` is its JSON answer.
        case delivered(body: Data)
        /// Safe in the spool, for `refurb sync`.
        case spooled(message: String)
        /// The service refused it (exit 1).
        case refused(message: String)
        /// Neither sent nor kept (exit 1).
        case lost(message: String)

        var isFailure: Bool {
            switch self {
            case .delivered, .spooled: false
            case .refused, .lost: true
            }
        }

        /// "delivered", "spooled", "refused" or "lost", for --json output.
        var code: String {
            switch self {
            case .delivered: "delivered"
            case .spooled: "spooled"
            case .refused: "refused"
            case .lost: "lost"
            }
        }
    }

    let endpoint: ServiceEndpoint
    let spool: SubmissionSpool
    let language: Language

    init(endpoint: ServiceEndpoint, spool: SubmissionSpool, language: Language) {
        self.endpoint = endpoint
        self.spool = spool
        self.language = language
    }

    var sender: SubmissionSender { SubmissionSender(language: language.rawValue) }

    func deliver(_ submission: Submission) async -> Outcome {
        let result: SubmitResult
        do {
            result = try await Submitter(spool: spool, sender: sender).submit(submission, to: endpoint)
        } catch {
            return .lost(message: error.text(language: language.rawValue))
        }
        let text = result.text(language: language.rawValue, summary: submission.summary, spool: spool)
        switch result {
        case .delivered(_, let body): return .delivered(body: body)
        case .spooled: return .spooled(message: text)
        case .refused: return .refused(message: text)
        }
    }
}

/// Runs `operation` on the concurrency pool and waits for it on the calling thread: for synchronous code on a
/// thread of its own (a synchronous command's main thread, a disk's thread during `wipe`). Never call it from a task.
func waitForAsync<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
    let box = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        let value = await operation()
        box.withLock { $0 = value }
        done.signal()
    }
    done.wait()
    return box.withLock { $0! }
}

/// Prints to standard error, for messages that must not mix with a JSON document on standard output.
func printToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
