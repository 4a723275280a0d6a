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

/// RFC 9457 problem details, as the service sends them with every 4xx and 5xx.
public struct ProblemDetails: Codable, Sendable, Equatable {
    public var type: String?
    public var title: String?
    public var status: Int?
    public var detail: String?

    public init(type: String? = nil, title: String? = nil, status: Int? = nil, detail: String? = nil) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
    }

    /// The sentence to show: `detail`, else `title`; nil when the body is not problem details or says nothing.
    public static func message(from body: Data) -> String? {
        guard let problem = try? JSONDecoder().decode(ProblemDetails.self, from: body) else { return nil }
        for text in [problem.detail, problem.title] {
            if let text = text?.trimmingSpaces(), !text.isEmpty {
                return text
            }
        }
        return nil
    }
}
