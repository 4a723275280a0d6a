#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore

/// What became of one attempt to send a submission.
public enum SendOutcome: Sendable, Equatable {
    /// 2xx. A repeated Idempotency-Key is answered with the original status and body (and the header
    /// `Idempotent-Replayed: true`): that is delivered too.
    case accepted(status: Int, body: Data)
    /// 4xx (except 408 and 429): the service will not take this submission as it is. `message` is the problem
    /// details' `detail`, else its `title`, else a generic sentence.
    case refused(status: Int, message: String)
    /// The service could not be reached or could not take it now (408, 429, 5xx, refused connection, timeout,
    /// DNS or TLS failure, lost reply…): keep the submission and try again later.
    case unreachable(reason: String)
}
