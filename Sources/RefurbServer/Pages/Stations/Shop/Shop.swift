import Foundation
import HTTPTypes
import Hummingbird
import Labels
import RefurbCore
import RefurbStore

/// What the shop's pages share: their words, their addresses, the station settings' choices, and the
/// turning of a refusal into a sentence shown on the page rather than an error page.
enum Shop {
    /// The page words plus pricing's, in which the explanation lines and rule problems are written.
    static let catalog = UIMessages.catalog

    static func text(_ key: String, _ arguments: String..., in language: Language) -> String {
        Message(key: key, arguments: arguments).text(in: language, catalog: catalog)
    }

    static func path(_ tag: AssetTag) -> String { "/shop/\(tag.text)" }

    /// The posted form's fields.
    static func form(_ request: Request) async throws -> FormFields {
        var request = request
        return FormFields(String(buffer: try await request.collectBody(upTo: 64 * 1024)))
    }

    /// A refusal (bad input, a rule, a clash, an unknown device) as a sentence and the status an API
    /// caller would get. Faults (5xx) are left to the error page.
    static func refusal(_ error: any Error, in language: Language) -> (status: HTTPResponse.Status, text: String)? {
        switch error {
        case let error as PricingRulesError:
            return (.unprocessableContent, error.text(in: language, catalog: catalog))
        case let error as SaleTermsError:
            return (.unprocessableContent, error.message.text(in: language, catalog: catalog))
        case let error as InputError:
            return (.unprocessableContent, error.message.text(in: language, catalog: catalog))
        default:
            let (problem, _) = ProblemMiddleware.problem(for: error, language: language)
            guard problem.status < 500 else { return nil }
            return (HTTPResponse.Status(code: problem.status), problem.detail)
        }
    }

    /// A form field the shop pages check themselves, said with the shop's own words.
    struct InputError: Error {
        let message: Message
    }

    /// The label templates for price labels, for the station settings.
    static func priceTemplates(_ state: ServiceState) -> [String] {
        state.labelLibrary?.names().filter { $0.contains("price") } ?? []
    }

    /// The printer languages a station may say its printer speaks; empty means "let a USB printer say".
    static func printerFormats(in language: Language) -> [[String: Any]] {
        [["value": "", "label": text("ui.shop.settings.formatAuto", in: language)],
         ["value": "zpl", "label": text("ui.shop.settings.formatZPL", in: language)]]
            + BrotherQLModel.all.map { ["value": "brother:\($0.name)", "label": "Brother \($0.name)"] }
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

    /// An amount as typed in the person's language without the currency sign: "135,00" or "135.00".
    static func plainAmount(_ money: Money, in language: Language) -> String {
        let euros = money.cents / 100
        let cents = abs(money.cents % 100)
        return "\(euros)\(language == .fr ? "," : ".")\(cents < 10 ? "0" : "")\(cents)"
    }
}
