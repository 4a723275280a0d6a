import CCurl
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RefurbCore
import RefurbWire
#if canImport(Glibc)
import Glibc
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
        // Redirects are never followed, so the first address is the only one curl will use: it must be HTTP.
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return .unreachable(reason: text("send.otherError", "URL \(url.absoluteString)"))
        }
        let exchange = HTTPExchange(
            method: submission.method,
            url: url.absoluteString,
            headers: [
                ("Authorization", "Bearer \(endpoint.token)"),
                ("Idempotency-Key", submission.id),
                ("Content-Type", submission.contentType),
                ("Accept", "application/json"),
                ("Accept-Language", language),
                ("User-Agent", "refurb"),
                // curl would otherwise hold a body over 1 kB until "100 Continue" or a second has passed.
                ("Expect", ""),
            ],
            body: submission.body,
            // Bounded so that an absurd Duration cannot overflow Int on the way to curl.
            timeoutMilliseconds: Int(min(timeoutSeconds, 1_000_000) * 1000)
        )
        switch await exchange.run() {
        case .answered(let status, let body, let location):
            return outcome(status: status, body: body, location: location)
        case .failed(let failure):
            return .unreachable(reason: reason(for: failure, host: url.host ?? ""))
        }
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
        guard let text = String(validating: body, as: UTF8.self)?.trimmingSpaces(),
              !text.isEmpty, text.count <= 300, !text.contains("\n"), !text.hasPrefix("<"), !text.hasPrefix("{")
        else { return nil }
        return text
    }

    func reason(for failure: HTTPExchange.Failure, host: String) -> String {
        switch failure {
        case .libcurlMissing(let detail):
            return text("send.libcurlMissing", detail)
        case .cancelled:
            return text("send.cancelled")
        case .transfer(let kind, let code, let description):
            switch kind {
            case .connectionRefused: return text("send.connectionRefused")
            case .noNetwork: return text("send.noNetwork")
            case .timeout: return text("send.timeout")
            case .dns: return text("send.dns", host)
            case .tls: return text("send.tls")
            case .connectionLost: return text("send.connectionLost")
            case .other: return text("send.otherError", "\(code): \(description)")
            }
        }
    }

    /// Whole seconds, at least one, as callers have always been given: curl itself would take milliseconds, but
    /// reads 0 as "no limit at all".
    var timeoutSeconds: TimeInterval {
        let parts = timeout.components
        let seconds = TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
        return max(seconds.rounded(.up), 1)
    }

    private func text(_ key: String, _ args: String...) -> String {
        ClientMessages.text(key, language: language, arguments: args)
    }
}

/// One HTTP exchange through libcurl (see CCurl, which opens libcurl only when the first exchange runs). curl
/// blocks for as long as the exchange lasts, up to the whole timeout, so it runs on a thread of its own rather than
/// on one of the few threads of Swift's cooperative pool.
struct HTTPExchange: Sendable {
    enum Result: Sendable, Equatable {
        /// Any HTTP answer, whatever its status.
        case answered(status: Int, body: Data, location: String?)
        case failed(Failure)
    }

    enum Failure: Sendable, Equatable {
        /// libcurl could not be opened; `detail` is the loader's reason.
        case libcurlMissing(detail: String)
        case cancelled
        /// `code` is the CURLcode and `description` curl's own sentence for it.
        case transfer(Kind, code: Int, description: String)
    }

    enum Kind: Sendable, Equatable {
        case connectionRefused, noNetwork, timeout, dns, tls, connectionLost, other
    }

    let method: String
    let url: String
    let headers: [(name: String, value: String)]
    let body: Data
    let timeoutMilliseconds: Int

    /// Cancelling the calling task stops the exchange: curl checks the flag at each progress call (at least about
    /// once a second), and the answer is then `.failed(.cancelled)`.
    func run() async -> Result {
        let flag = CancellationFlag()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result, Never>) in
                let started = startDetachedThread {
                    continuation.resume(returning: perform(cancelFlag: flag))
                }
                if !started {
                    continuation.resume(returning: .failed(.transfer(.other, code: -1, description: "pthread_create")))
                }
            }
        } onCancel: {
            flag.raise()
        }
    }

    private func perform(cancelFlag: CancellationFlag) -> Result {
        // Every C string curl reads lives in one buffer, kept alive for the whole call.
        var storage: [CChar] = []
        func append(_ text: String) -> Int {
            let offset = storage.count
            storage.append(contentsOf: text.utf8CString)
            return offset
        }
        let methodOffset = append(method)
        let urlOffset = append(url)
        // "Name:" with nothing after it is how curl is told to drop a header it would add itself.
        let lineOffsets = headers.map { header in
            let value = Self.singleLine(header.value)
            return append(value.isEmpty ? "\(header.name):" : "\(header.name): \(value)")
        }
        let timeout = max(timeoutMilliseconds, 1)

        var response = refurb_http_response()
        defer { refurb_http_response_free(&response) }
        let result: refurb_http_result = storage.withUnsafeBufferPointer { chars in
            let base = chars.baseAddress!
            let lines: [UnsafePointer<CChar>?] = lineOffsets.map { base + $0 }
            return lines.withUnsafeBufferPointer { lines in
                body.withUnsafeBytes { body in
                    var request = refurb_http_request(
                        method: base + methodOffset,
                        url: base + urlOffset,
                        headers: lines.baseAddress,
                        header_count: lines.count,
                        body: body.baseAddress,
                        body_length: body.count,
                        timeout_ms: timeout,
                        cancel_flag: UnsafePointer(cancelFlag.pointer)
                    )
                    return refurb_http_perform(&request, &response)
                }
            }
        }

        switch result {
        case .REFURB_HTTP_ANSWERED:
            let body = response.body.map { Data(bytes: $0, count: response.body_length) } ?? Data()
            return .answered(status: response.status, body: body, location: response.location.map { String(cString: $0) })
        case .REFURB_HTTP_CANCELLED:
            return .failed(.cancelled)
        case .REFURB_HTTP_LIBCURL_MISSING:
            return .failed(.libcurlMissing(detail: response.error_text.map { String(cString: $0) } ?? "libcurl.so.4"))
        case .REFURB_HTTP_TRANSFER_FAILED:
            let description = response.error_text.map { String(cString: $0) } ?? ""
            return .failed(.transfer(Self.kind(response.failure), code: Int(response.curl_code), description: description))
        }
    }

    private static func kind(_ failure: refurb_http_failure) -> Kind {
        switch failure {
        case .REFURB_HTTP_FAILURE_CONNECTION_REFUSED: .connectionRefused
        case .REFURB_HTTP_FAILURE_NO_NETWORK: .noNetwork
        case .REFURB_HTTP_FAILURE_TIMEOUT: .timeout
        case .REFURB_HTTP_FAILURE_DNS: .dns
        case .REFURB_HTTP_FAILURE_TLS: .tls
        case .REFURB_HTTP_FAILURE_CONNECTION_LOST: .connectionLost
        case .REFURB_HTTP_FAILURE_OTHER: .other
        }
    }

    /// A line break in a value would end the header early and start another: control characters become spaces.
    static func singleLine(_ value: String) -> String {
        let scalars = value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }
        return String(String.UnicodeScalarView(scalars))
    }
}

/// The flag curl's progress callback polls. Owned by both the exchange's thread and the cancellation handler, so
/// that whichever finishes last frees it.
private final class CancellationFlag: Sendable {
    nonisolated(unsafe) let pointer: UnsafeMutablePointer<Int32>

    init() {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: 0)
    }

    func raise() {
        refurb_http_cancel(pointer)
    }

    deinit {
        pointer.deallocate()
    }
}

/// Runs `body` on a new detached thread; false when the system refuses one, so that the caller can still answer
/// rather than leave its continuation waiting forever.
private func startDetachedThread(_ body: @escaping @Sendable () -> Void) -> Bool {
    final class Job {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let job = Unmanaged.passRetained(Job(body)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(&thread, nil, { context in
        Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
        return nil
    }, job)
    guard created == 0 else {
        Unmanaged<Job>.fromOpaque(job).release()
        return false
    }
    pthread_detach(thread)
    return true
}
