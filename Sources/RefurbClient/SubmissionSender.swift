import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one submission to the service over HTTP and says what became of it. It never throws: every failure is
/// an outcome, so the caller decides between keeping the submission for later and setting it aside.
public struct SubmissionSender: Sendable {
    public let timeout: Duration
    /// The language of the reasons it gives ("fr" or "en"); also sent as `Accept-Language`, so that the service
    /// may answer its problem details in the same language.
    public let language: String

    public init(timeout: Duration = .seconds(15), language: String = "fr") {
        self.timeout = timeout
        self.language = ClientMessages.languageCode(language)
    }

    public func send(_ submission: Submission, to endpoint: ServiceEndpoint) async -> SendOutcome {
        guard let url = endpoint.url(for: submission.path) else {
            return .unreachable(reason: text("send.otherError", "URL \(endpoint.baseURL.absoluteString) + \(submission.path)"))
        }
        let seconds = timeoutSeconds
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: seconds)
        request.httpMethod = submission.method
        request.httpBody = submission.body
        request.setValue("Bearer \(endpoint.token)", forHTTPHeaderField: "Authorization")
        request.setValue(submission.id, forHTTPHeaderField: "Idempotency-Key")
        request.setValue(submission.contentType, forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue(language, forHTTPHeaderField: "Accept-Language")
        request.setValue("refurb", forHTTPHeaderField: "User-Agent")

        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = seconds
        configuration.timeoutIntervalForResource = seconds
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        let session = URLSession(configuration: configuration, delegate: RedirectRefuser(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }

        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            return .unreachable(reason: reason(for: error, host: url.host ?? ""))
        }
        guard let http = response as? HTTPURLResponse else {
            return .unreachable(reason: text("send.connectionLost"))
        }
        return outcome(status: http.statusCode, body: data, location: http.value(forHTTPHeaderField: "Location"))
    }

    /// The classification of an HTTP answer, apart from the transport.
    func outcome(status: Int, body: Data, location: String?) -> SendOutcome {
        switch status {
        case 200...299:
            return .accepted(status: status, body: body)
        case 408, 429, 500...599:
            return .unreachable(reason: text("send.busyStatus", String(status)))
        case 300...399:
            return .unreachable(reason: text("send.redirect", String(status), location ?? "?"))
        case 400...499:
            let message = ProblemDetails.message(from: body)
                ?? plainMessage(body)
                ?? text("send.refusedGeneric", String(status))
            return .refused(status: status, message: message)
        default:
            return .unreachable(reason: text("send.unexpectedStatus", String(status)))
        }
    }

    /// A short plain-text refusal (not HTML, not JSON) is shown as it is.
    private func plainMessage(_ body: Data) -> String? {
        guard let text = String(validating: body, as: UTF8.self)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !text.isEmpty, text.count <= 300, !text.contains("\n"), !text.hasPrefix("<"), !text.hasPrefix("{")
        else { return nil }
        return text
    }

    private func reason(for error: any Error, host: String) -> String {
        guard let urlError = error as? URLError else {
            return text("send.otherError", String(describing: error))
        }
        switch urlError.code {
        case .cannotConnectToHost:
            return text("send.connectionRefused")
        case .timedOut:
            return text("send.timeout")
        case .cannotFindHost, .dnsLookupFailed:
            return text("send.dns", host)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
             .clientCertificateRequired:
            return text("send.tls")
        case .notConnectedToInternet:
            return text("send.noNetwork")
        case .networkConnectionLost, .badServerResponse, .zeroByteResource, .cannotParseResponse:
            return text("send.connectionLost")
        default:
            let description = urlError.localizedDescription.trimmingCharacters(in: .whitespacesAndNewlines)
            // libcurl reports a handshake cut short (https to a plain HTTP port, say) as an unknown error.
            if description.contains("SSL") || description.contains("TLS") {
                return text("send.tls")
            }
            return text("send.otherError", "\(urlError.code.rawValue): \(description)")
        }
    }

    /// Whole seconds, at least one: FoundationNetworking on Linux truncates the timeout to whole seconds for its
    /// timer, so that 0.5 s would time out at once.
    var timeoutSeconds: TimeInterval {
        let parts = timeout.components
        let seconds = TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
        return max(seconds.rounded(.up), 1)
    }

    private func text(_ key: String, _ args: String...) -> String {
        ClientMessages.text(key, language: language, arguments: args)
    }
}

/// Redirects are not followed: a POST must not silently become a GET elsewhere. The 3xx comes back as the answer.
private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
