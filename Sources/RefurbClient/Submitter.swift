#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `Submitter.submit` did with one result.
public enum SubmitResult: Sendable, Equatable {
    /// The service took it (or had already taken it: an idempotent replay).
    case delivered(status: Int, body: Data)
    /// The service could not be reached: the result waits in the spool for `refurb sync`.
    case spooled(reason: String)
    /// The service refused it; show `message`. The result was moved to the spool's `rejected/` folder, except when
    /// the refusal is about this station's credentials (401, 403, 407): then it stays in the spool, to be sent by
    /// `refurb sync` once the token is fixed.
    case refused(status: Int, message: String)

    /// The sentence for the technician.
    public func text(language: String, summary: String, spool: SubmissionSpool) -> String {
        switch self {
        case .delivered:
            ClientMessages.text("submit.delivered", language: language, summary)
        case .spooled(let reason):
            ClientMessages.text("submit.spooled", language: language, reason, spool.directory.path)
        case .refused(_, let message):
            ClientMessages.text("submit.refused", language: language, summary, message)
        }
    }
}

/// What `Submitter.sync` reports as it goes, for a progress line.
public enum SyncProgress: Sendable, Equatable {
    case started(total: Int)
    case sending(position: Int, total: Int, summary: String)
    case delivered(summary: String, status: Int)
    case refused(summary: String, status: Int, message: String)
    case stopped(reason: String)

    public func text(language: String, spool: SubmissionSpool) -> String {
        switch self {
        case .started(let total):
            total == 0
                ? ClientMessages.text("sync.empty", language: language)
                : ClientMessages.text("sync.started", language: language, String(total))
        case .sending(let position, let total, let summary):
            ClientMessages.text("sync.sending", language: language, String(position), String(total), summary)
        case .delivered(let summary, _):
            ClientMessages.text("sync.delivered", language: language, summary)
        case .refused(let summary, _, let message):
            ClientMessages.text("sync.refused", language: language, summary, message, spool.rejectedDirectory.path)
        case .stopped(let reason):
            ClientMessages.text("sync.stopped", language: language, reason)
        }
    }
}

/// The end of a `refurb sync` run.
public struct SyncSummary: Sendable, Equatable {
    public struct RefusedItem: Sendable, Equatable {
        public let summary: String
        public let status: Int
        public let message: String

        public init(summary: String, status: Int, message: String) {
            self.summary = summary
            self.status = status
            self.message = message
        }
    }

    public var delivered: Int
    public var refused: [RefusedItem]
    /// Files still waiting in the spool when the run ended.
    public var remaining: Int
    /// Why the run stopped before the end (the service unreachable, the token refused); nil when it went through.
    public var stoppedBecause: String?

    public init(delivered: Int = 0, refused: [RefusedItem] = [], remaining: Int = 0, stoppedBecause: String? = nil) {
        self.delivered = delivered
        self.refused = refused
        self.remaining = remaining
        self.stoppedBecause = stoppedBecause
    }

    /// The closing lines for the technician.
    public func text(language: String) -> String {
        var lines: [String] = []
        if let reason = stoppedBecause {
            lines.append(ClientMessages.text("sync.stopped", language: language, reason))
        }
        lines.append(ClientMessages.text(
            "sync.summary", language: language, String(delivered), String(refused.count), String(remaining)))
        if remaining > 0 {
            lines.append(ClientMessages.text("sync.remaining", language: language, String(remaining)))
        }
        return lines.joined(separator: "\n")
    }
}

/// Delivers results so that none is lost and none is sent twice: every result is written to the spool before it
/// is sent, and removed only once the service has answered for it.
public struct Submitter: Sendable {
    public let spool: SubmissionSpool
    public let sender: SubmissionSender

    public init(spool: SubmissionSpool, sender: SubmissionSender = SubmissionSender()) {
        self.spool = spool
        self.sender = sender
    }

    /// Spools, sends, then removes the file once the service answered. A crash at any point leaves the result in
    /// the spool (sent again later under the same Idempotency-Key, which the service recognises) or delivered.
    ///
    /// Throws only when the result could neither be delivered nor written to the spool.
    public func submit(_ submission: Submission, to endpoint: ServiceEndpoint) async throws(ClientError) -> SubmitResult {
        let claim: SpoolClaim?
        let spoolError: ClientError?
        do {
            claim = try spool.enqueueClaimed(submission)
            spoolError = nil
        } catch {
            if error.key == "submission.badID" || error.key == "spool.duplicate" { throw error }
            // The spool cannot be written (full or read-only disk): still try to deliver now.
            claim = nil
            spoolError = error
        }
        defer { claim?.release() }

        switch await sender.send(submission, to: endpoint) {
        case .accepted(let status, let body):
            if claim != nil {
                // If this fails the file stays: the next sync sends it again and the service replays its answer.
                _ = try? spool.remove(id: submission.id)
            }
            return .delivered(status: status, body: body)
        case .refused(let status, let message):
            if Self.isCredentialRefusal(status) {
                return .refused(status: status, message: credentialMessage(message))
            }
            if claim != nil {
                _ = try? spool.reject(id: submission.id, reason: Self.rejectionReason(submission, status, message))
            }
            return .refused(status: status, message: message)
        case .unreachable(let reason):
            if let spoolError {
                throw ClientError("submit.notSaved", reason, spool.directory.path, spoolError.arguments.last ?? spoolError.key)
            }
            return .spooled(reason: reason)
        }
    }

    /// Sends every waiting result, oldest first, under the spool's sync lock (a second sync at once throws
    /// `spool.busy`). Delivered ones are removed, refused ones set aside in `rejected/` with the reason. Stops at
    /// the first one the service cannot take now, keeping it and the rest.
    public func sync(
        to endpoint: ServiceEndpoint, progress: (@Sendable (SyncProgress) -> Void)? = nil
    ) async throws(ClientError) -> SyncSummary {
        let lock = try spool.lockForSync()
        defer { lock.release() }

        let waiting = try spool.pending()
        progress?(.started(total: waiting.count))
        var summary = SyncSummary()
        for (index, submission) in waiting.enumerated() {
            // Gone since the listing, or being sent right now by a `submit`: not ours to send.
            guard let claim = try spool.claim(id: submission.id) else { continue }
            defer { claim.release() }
            progress?(.sending(position: index + 1, total: waiting.count, summary: submission.summary))
            switch await sender.send(submission, to: endpoint) {
            case .accepted(let status, _):
                try spool.remove(id: submission.id)
                summary.delivered += 1
                progress?(.delivered(summary: submission.summary, status: status))
            case .refused(let status, let message) where Self.isCredentialRefusal(status):
                let reason = credentialMessage(message)
                summary.stoppedBecause = reason
                progress?(.stopped(reason: reason))
            case .refused(let status, let message):
                try spool.reject(id: submission.id, reason: Self.rejectionReason(submission, status, message))
                summary.refused.append(.init(summary: submission.summary, status: status, message: message))
                progress?(.refused(summary: submission.summary, status: status, message: message))
            case .unreachable(let reason):
                summary.stoppedBecause = reason
                progress?(.stopped(reason: reason))
            }
            if summary.stoppedBecause != nil { break }
        }
        summary.remaining = try spool.pendingCount()
        return summary
    }

    /// 401, 403 and 407 are about this station's token or proxy, not about the result: setting results aside for
    /// them would empty the spool into `rejected/` because of a typo in the configuration.
    static func isCredentialRefusal(_ status: Int) -> Bool {
        status == 401 || status == 403 || status == 407
    }

    private func credentialMessage(_ message: String) -> String {
        ClientMessages.text("send.credentials", language: sender.language, message)
    }

    static func rejectionReason(_ submission: Submission, _ status: Int, _ message: String) -> String {
        "\(submission.summary)\n\(submission.method) \(submission.path)\nHTTP \(status): \(message)"
    }
}
