import Hummingbird
import RefurbCore
import RefurbWire

/// Refusals whose words are in the pricing catalog. The service's problem middleware reads the
/// service's catalogs only, so these answers are written here, in the caller's language, with the
/// same shape and codes as every other problem.
enum PricingProblem {
    static let catalog = ServerMessages.catalog.merging(.pricing).merging(.sales)

    static func unprocessable(_ detail: String) -> Response {
        ProblemDetails(status: .unprocessableContent, code: "invalid-input", detail: detail).response()
    }

    static func unprocessable(_ error: PricingRulesError, language: Language) -> Response {
        unprocessable(error.text(in: language, catalog: catalog))
    }

    static func unprocessable(_ error: SaleTermsError, language: Language) -> Response {
        unprocessable(error.message.text(in: language, catalog: catalog))
    }
}
