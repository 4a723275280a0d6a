import Foundation
import HTTPTypes
import Hummingbird
import Labels
import Logging
import NIOCore
import NIOHTTP1
import Printing
import RefurbCore
import RefurbStore
import RefurbWire

/// Turns every error a route throws into problem details in the caller's language. A rule or a
/// clash is a 409 that says why, bad input a 4xx, and only a real fault a 500 (logged in full).
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = RefurbRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (problem, headers) = Self.problem(for: error, language: AuthenticationMiddleware.language(of: request))
            if problem.status >= 500 {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(String(reflecting: error))"])
            }
            if Self.wantsPage(request) {
                return HTMLResponse.errorPage(problem, language: AuthenticationMiddleware.language(of: request))
            }
            return problem.response(headers: headers)
        }
    }

    /// A browser asking for a page gets an error page; scripts and the API get problem details.
    static func wantsPage(_ request: Request) -> Bool {
        let path = request.uri.path
        guard !path.hasPrefix("/api"), path != "/healthz", path != "/metrics" else { return false }
        return request.headers[.accept]?.contains("text/html") ?? false
    }

    static func problem(for error: any Error, language: Language) -> (ProblemDetails, HTTPFields) {
        let catalog = ServerMessages.catalog
        switch error {
        case let error as APIError:
            var headers = HTTPFields()
            if case .tooManyAttempts(let seconds) = error { headers[.retryAfter] = String(seconds) }
            if case .databaseBusy = error { headers[.retryAfter] = String(APIError.databaseBusyRetryAfter) }
            if case .unauthenticated = error { headers[.wwwAuthenticate] = "Bearer realm=\"refurb\"" }
            return (ProblemDetails(status: error.status, code: error.code, detail: error.message.text(in: language, catalog: catalog)), headers)
        case let error as StoreError:
            var problem = ProblemDetails(status: status(of: error), code: error.code, detail: error.message(in: language))
            switch error {
            case .refused(let refusal): problem.rules = refusal.rules.map(\.code)
            case .duplicateSerial(_, let existing): problem.existingAssetTag = existing.assetTag.text
            case .versionConflict(let current, _): problem.currentVersion = current.version
            default: break
            }
            return (problem, [:])
        case let error as IdentifierError:
            return (ProblemDetails(status: .badRequest, code: "bad-identifier", detail: error.message.text(in: language, catalog: catalog)), [:])
        case let error as LotInputError:
            return (ProblemDetails(status: .unprocessableContent, code: "invalid-input", detail: error.message.text(in: language, catalog: catalog)), [:])
        case let error as IntakeInputError:
            return (ProblemDetails(status: .unprocessableContent, code: error.problemCode ?? "invalid-input", detail: error.message.text(in: language, catalog: catalog)), [:])
        case let error as LotCorrectionError:
            return (ProblemDetails(status: .unprocessableContent, code: "invalid-input", detail: error.message.text(in: language, catalog: catalog)), [:])
        case let error as MoneyInputError:
            return (ProblemDetails(status: .unprocessableContent, code: "invalid-input", detail: error.message.text(in: language, catalog: catalog)), [:])
        case let error as OutOfRange:
            return (ProblemDetails(status: .unprocessableContent, code: "invalid-input", detail: error.text(in: language, catalog: catalog)), [:])
        case let error as SaleWordingRefusal:
            return (ProblemDetails(status: .unprocessableContent, code: SaleWordingRefusal.code, detail: error.message(in: language)), [:])
        case let error as RoleListError:
            return (ProblemDetails(status: .unprocessableContent, code: "invalid-input", detail: error.message.text(in: language, catalog: catalog)), [:])
        case let error as LabelError:
            return (ProblemDetails(status: .unprocessableContent, code: "label", detail: error.text(in: language)), [:])
        case let error as PrintingError:
            return (ProblemDetails(status: .badGateway, code: "printer", detail: error.text(in: language)), [:])
        case is HTTPParserError:
            // Only a body can fail here (a head NIO cannot parse is answered 400 before any route runs): a chunk
            // size that is not hexadecimal, a Transfer-Encoding that does not end in chunked. The client's fault.
            return (ProblemDetails(status: .badRequest, code: "malformed-request",
                                   detail: Message("api.request.malformed").text(in: language, catalog: catalog)), [:])
        case is NIOTooManyBytesError:
            return (ProblemDetails(status: .contentTooLarge, code: "too-large",
                                   detail: Message("api.body.tooLarge", String(ServerLimits.maximumBodyBytes / 1024)).text(in: language, catalog: catalog)), [:])
        case let error as HTTPError:
            let code = error.status == .contentTooLarge ? "too-large" : (error.status == .notFound ? "not-found" : "http")
            let detail: String = switch error.status {
            case .contentTooLarge: Message("api.body.tooLarge", String(ServerLimits.maximumBodyBytes / 1024)).text(in: language, catalog: catalog)
            case .notFound: Message("api.routeNotFound").text(in: language, catalog: catalog)
            case .methodNotAllowed: Message("api.methodNotAllowed").text(in: language, catalog: catalog)
            default: error.body ?? error.status.reasonPhrase
            }
            return (ProblemDetails(status: error.status, code: code, detail: detail), error.headers)
        case let error where AppDatabase.isDiskFull(error):
            // 507 Insufficient Storage: the request was fine and nothing was written; it will work once space is freed.
            // (SQLite's error, or a file's, caught inside a page; what leaves a route is classified by its own
            // engine in `RouteExecutors.run`.)
            return problem(for: APIError.diskFull, language: language)
        default:
            return (ProblemDetails(status: .internalServerError, code: "internal",
                                   detail: Message("api.internal").text(in: language, catalog: catalog)), [:])
        }
    }

    static func status(of error: StoreError) -> HTTPResponse.Status {
        switch error {
        case .lotNotFound, .deviceNotFound, .notFound: .notFound
        case .duplicateSerial, .versionConflict, .refused, .conflict: .conflict
        case .invalidInput: .unprocessableContent
        case .corruptRow, .notADatabase: .internalServerError
        }
    }
}
