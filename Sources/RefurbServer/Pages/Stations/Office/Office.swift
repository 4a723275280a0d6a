import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// What every office page shares: its words, the office's own navigation (admin sections only for
/// those allowed), the notice a form leaves after redirecting back, and the turning of a refusal into
/// a sentence shown on the form.
enum Office {
    enum Section: String, CaseIterable {
        case dashboard, lots, returns, users, tokens, printers, stationKeys, workshop, sales, register, partners, checklists

        var path: String {
            switch self {
            case .dashboard: "/office"
            case .lots: "/office/lots"
            case .users: "/office/users"
            case .tokens: "/office/tokens"
            case .printers: "/office/printers"
            case .stationKeys: "/office/station-keys"
            case .workshop: "/office/workshop"
            case .returns: "/office/returns"
            case .sales: "/office/sales"
            case .register: "/office/register"
            case .partners: "/office/partners"
            case .checklists: "/office/checklists"
            }
        }

        var access: RouteDescription.Access {
            switch self {
            case .dashboard, .lots, .returns: .signedIn
            case .users: .permission(.manageAccounts)
            case .tokens: .permission(.manageTokens)
            case .printers: .permission(.managePrinters)
            case .stationKeys: .permission(.manageStationKeys)
            case .workshop, .sales, .register, .partners, .checklists: .permission(.manageWorkshop)
            }
        }

        func isVisible(to account: Account) -> Bool {
            switch access {
            case .permission(let permission): account.can(permission)
            case .open, .signedIn: true
            }
        }
    }

    static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        Message(key: key, arguments: arguments).text(in: language, catalog: UIMessages.catalog)
    }

    /// The layout's values plus the office navigation, with `section` marked as the current one.
    static func values(_ context: RefurbRequestContext, section: Section, title: String) -> [String: Any] {
        var values = PageContext.base(context, page: "office", title: title)
        let language = context.language
        if let account = context.credential?.account {
            values["officeNav"] = Section.allCases.filter { $0.isVisible(to: account) }.map { item -> [String: Any] in
                ["path": item.path, "label": text("ui.office.nav.\(item.rawValue)", in: language), "current": item == section]
            }
        }
        return values
    }

    /// The things a form's redirect may announce (`?done=printer-saved&subject=zebra`). Only these codes
    /// are shown, so a crafted link cannot make the page say anything else.
    static let doneCodes: Set<String> = ["account-added", "account-disabled", "account-enabled", "token-revoked", "printer-saved", "printer-removed",
                                         "station-key-registered", "station-key-revoked",
                                         "roles-changed", "password-set", "token-created", "workshop-saved",
                                         "printer-default", "printer-tested", "sale-settings-saved", "warranty-added", "warranty-ended",
                                         "checklist-saved", "partner-added", "referral-code-issued", "referral-code-revoked"]

    static func notice(from request: Request, in language: Language) -> String? {
        guard let code = request.uri.queryParameters["done"].map(String.init), doneCodes.contains(code) else { return nil }
        let subject = request.uri.queryParameters["subject"].map(String.init) ?? ""
        return text("ui.office.done.\(code)", String(subject.prefix(100)), in: language)
    }

    /// Page values without the absent and the empty ones: Mustache shows a section for any string,
    /// even an empty one, so an optional part must be missing rather than "".
    static func compact(_ values: [String: Any?]) -> [String: Any] {
        values.compactMapValues { value in
            guard let value else { return nil }
            if let text = value as? String, text.isEmpty { return nil }
            return value
        }
    }

    /// The notice as a page value, or nothing when the address announces nothing.
    static func noticeValues(from request: Request, in language: Language) -> [String: Any] {
        notice(from: request, in: language).map { ["notice": $0] } ?? [:]
    }

    /// Back to a section with a notice of what was done.
    static func redirect(to section: Section, done code: String, subject: String) -> Response {
        let encoded = subject.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
        return HTMLResponse.redirect(to: "\(section.path)?done=\(code)&subject=\(encoded)")
    }

    /// A refusal (bad input, a clash, an unknown name) as the sentence and status an API caller would
    /// get, to show on the form instead of an error page.
    static func refusal(_ error: any Error, in language: Language) -> (status: HTTPResponse.Status, text: String) {
        if let error = error as? InputError { return (.unprocessableContent, error.message.text(in: language, catalog: UIMessages.catalog)) }
        let (problem, _) = ProblemMiddleware.problem(for: error, language: language)
        return (HTTPResponse.Status(code: problem.status), problem.detail)
    }

    /// A form field the office pages check themselves, said with the office's own words.
    struct InputError: Error {
        let message: Message
    }

    /// The posted form's fields.
    static func form(_ request: Request) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.collectBody(upTo: 64 * 1024)))
    }

    static func day(_ date: Date, in language: Language) -> String {
        WorkshopClock.displayDay(date, in: language)
    }

    /// A stored `YYYY-MM-DD` day (a lot's arrival) as people write it: 28/11/2026 in French.
    static func storedDay(_ stored: String, in language: Language) -> String {
        let parts = stored.split(separator: "-")
        guard language == .fr, parts.count == 3 else { return stored }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// A path segment made safe for a link (printer names may hold spaces, slashes or accents).
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// The characters an address carries as they are (RFC 3986's unreserved, ASCII only: Foundation's
    /// `.alphanumerics` would let accented letters through unencoded).
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
