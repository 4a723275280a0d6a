import HTTPTypes
import RefurbCore

/// A refusal decided by the service itself (rather than by the store or the domain).
public enum APIError: Error, Sendable {
    case unauthenticated
    case forbidden(Permission)
    case badCredentials
    case tooManyAttempts(retryAfterSeconds: Int)
    case csrfMissing
    case badRequest(Message)
    case unprocessable(Message)
    case notFound(Message)
    case conflict(Message)
    case unavailable(Message)
    /// SQLite's write lock stayed held (by another process, a backup) past the busy timeout: nothing was
    /// written, and the same request can be sent again in a moment.
    case databaseBusy
    /// The store's disk is full (`ServiceStore.isDiskFull`, whichever engine said it): nothing was written,
    /// and the same request works once space is freed. 507 Insufficient Storage.
    case diskFull

    /// Seconds a client is asked to wait before sending a request refused with `databaseBusy` again.
    static let databaseBusyRetryAfter = 5

    var status: HTTPResponse.Status {
        switch self {
        case .unauthenticated, .badCredentials: .unauthorized
        case .forbidden, .csrfMissing: .forbidden
        case .tooManyAttempts: .tooManyRequests
        case .badRequest: .badRequest
        case .unprocessable: .unprocessableContent
        case .notFound: .notFound
        case .conflict: .conflict
        case .unavailable, .databaseBusy: .serviceUnavailable
        case .diskFull: HTTPResponse.Status(code: 507, reasonPhrase: "Insufficient Storage")
        }
    }

    var code: String {
        switch self {
        case .unauthenticated: "unauthenticated"
        case .forbidden: "forbidden"
        case .badCredentials: "bad-credentials"
        case .tooManyAttempts: "too-many-attempts"
        case .csrfMissing: "csrf"
        case .badRequest: "bad-request"
        case .unprocessable: "invalid-input"
        case .notFound: "not-found"
        case .conflict: "conflict"
        case .unavailable: "unavailable"
        case .databaseBusy: "database-busy"
        case .diskFull: "disk-full"
        }
    }

    var message: Message {
        switch self {
        case .unauthenticated: Message("api.unauthenticated")
        case .forbidden(let permission):
            Message("api.forbidden", permission.rawValue, permission.roles.sorted().map(\.rawValue).joined(separator: ", "))
        case .badCredentials: Message("api.badCredentials")
        case .databaseBusy: Message("api.databaseBusy", String(Self.databaseBusyRetryAfter))
        case .diskFull: Message("store.diskFull")
        case .tooManyAttempts(let seconds): Message("api.tooManyAttempts", String(seconds))
        case .csrfMissing: Message("api.csrf")
        case .badRequest(let message), .unprocessable(let message), .notFound(let message),
             .conflict(let message), .unavailable(let message): message
        }
    }
}
