import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import HostSystem
import RefurbClient
import RefurbCore
import Synchronization
#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// `--submit`, `--token` and `--spool`: where `probe`, `wipe` and `sync` send their results, and where results
/// wait while the service cannot be reached.
package struct SubmitOptions: ParsableArguments {
    @Option(name: .customLong("submit"), help: ArgumentHelp(CommandLineMessages.help("help.option.submit"), valueName: "URL"))
    package var url: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.option.token"), valueName: "TOKEN"))
    package var token: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineMessages.help("help.option.spool"), valueName: "DIR"))
    package var spool: String?

    package init() {}

    /// The address given with `--submit`, else `$REFURB_URL`; nil when neither (or an empty one) is set.
    package var serviceAddress: String? {
        if let url { return url }
        guard let fromEnvironment = ProcessInfo.processInfo.environment["REFURB_URL"],
              !fromEnvironment.trimmingSpaces().isEmpty else { return nil }
        return fromEnvironment
    }

    /// The service and the token, checked before any work is done: exit 2 with the reason when either is wrong.
    package func endpoint(address: String, language: Language) throws -> ServiceEndpoint {
        let token = self.token ?? ProcessInfo.processInfo.environment["REFURB_TOKEN"] ?? ""
        do {
            return try ServiceEndpoint.parse(url: address, token: token)
        } catch {
            throw CommandFailure(badInput: error.text(language: language.rawValue))
        }
    }

    package var spoolFolder: SubmissionSpool {
        if let spool, !spool.isEmpty {
            return SubmissionSpool(directory: URL(fileURLWithPath: spool, isDirectory: true))
        }
        return SubmissionSpool()
    }
}

/// Hands one result to the service through the spool, and words what became of it for the technician.
package struct ResultDelivery: Sendable {
    /// What became of one result, with the sentence to show.
    package enum Outcome: Sendable {
        /// The service has it; `body` is its JSON answer.
        case delivered(body: Data)
        /// Safe in the spool, for `refurb sync`.
        case spooled(message: String)
        /// The service refused it (exit 1).
        case refused(message: String)
        /// Neither sent nor kept (exit 1).
        case lost(message: String)

        package var isFailure: Bool {
            switch self {
            case .delivered, .spooled: false
            case .refused, .lost: true
            }
        }

        /// "delivered", "spooled", "refused" or "lost", for --json output.
        package var code: String {
            switch self {
            case .delivered: "delivered"
            case .spooled: "spooled"
            case .refused: "refused"
            case .lost: "lost"
            }
        }
    }

    package let endpoint: ServiceEndpoint
    package let spool: SubmissionSpool
    package let language: Language

    package init(endpoint: ServiceEndpoint, spool: SubmissionSpool, language: Language) {
        self.endpoint = endpoint
        self.spool = spool
        self.language = language
    }

    package var sender: SubmissionSender { SubmissionSender(language: language.rawValue) }

    package func deliver(_ submission: Submission) async -> Outcome {
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
package func waitForAsync<T: Sendable>(_ operation: @escaping @Sendable () async -> T) -> T {
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
package func printToStandardError(_ text: String) {
    // Unbuffered, as the message may be the last thing the process does.
    var line = text + "\n"
    line.withUTF8 { bytes in
        var rest = UnsafeRawBufferPointer(bytes)
        while !rest.isEmpty {
            let chunk = rest
            guard let written = try? SystemCallError.retryingInterrupts("write", path: "standard error", {
                write(STDERR_FILENO, chunk.baseAddress, chunk.count)
            }), written > 0 else { return }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }
}
