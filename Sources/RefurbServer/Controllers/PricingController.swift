import Foundation
import Hummingbird
import RefurbCore
import RefurbStore

/// The rules the shop's suggested prices come from (read by anyone signed in, changed by admins), and a
/// device's suggested price with the lines that explain it.
struct PricingController {
    let state: ServiceState

    struct SuggestionView: Codable, Sendable {
        struct Line: Codable, Sendable {
            /// Which rule made the line (base, cpu, ram, storage-type, storage-size, battery, grade, rounding, minimum, no-report).
            let rule: String
            let text: String
            /// What the line adds or takes off (the base price for the first line); absent when nothing changes.
            let amountCents: Int?
            /// For the grade: the percentage it adds or takes off (−10 for a grade that keeps 90 %).
            let percent: Int?
        }

        let assetTag: String
        /// The grade the suggestion used: the one asked for, else the device's, else none.
        let grade: String?
        let priceCents: Int
        /// The suggestion less the solidarity reduction.
        let solidarityPriceCents: Int
        let lines: [Line]

        init(tag: AssetTag, grade: Grade?, suggestion: PriceSuggestion, solidarityPrice: Money, language: Language) {
            assetTag = tag.text
            self.grade = grade?.rawValue
            priceCents = suggestion.price.cents
            solidarityPriceCents = solidarityPrice.cents
            lines = suggestion.lines.map { line in
                let percent: Int? = if case .percentage(let percent, _) = line.effect { percent } else { nil }
                return Line(rule: line.rule.rawValue, text: line.text(in: language, catalog: PricingProblem.catalog),
                            amountCents: line.amount?.cents, percent: percent)
            }
        }
    }

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/pricing/rules", .signedIn) { _, _ in
            JSONResponse(try await state.database.pricingRules())
        }
        routes.add(.put, "/api/pricing/rules", .permission(.managePricing)) { request, context -> Response in
            let rules = try await request.decode(as: PricingRules.self, context: context)
            do {
                let saved = try await state.database.savePricingRules(rules, actor: try context.actor(), at: Date())
                return try JSONResponse(saved.rules).response(from: request, context: context)
            } catch let error as PricingRulesError {
                return PricingProblem.unprocessable(error, language: context.language)
            }
        }
        routes.add(.get, "/api/devices/{tag}/suggested-price", .signedIn) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let asked = request.uri.queryParameters["grade"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
            let grade = try asked.map { text in
                guard let grade = Grade(text: text) else {
                    throw APIError.badRequest(Message("api.unknownGrade", text, Grade.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                return grade
            }
            let priced = try await PriceSuggestionSource(database: state.database).suggestion(for: tag, grade: grade)
            // Only rules stored outside their ranges (by another program) give an out-of-range suggestion:
            // said, rather than answered with a figure nobody should charge.
            guard priced.suggestion.isAllowed, let solidarity = priced.rules.solidarityPrice(for: priced.suggestion.price) else {
                throw APIError.conflict(Message("range.storedRules"))
            }
            return try JSONResponse(SuggestionView(tag: tag, grade: priced.specs.grade, suggestion: priced.suggestion,
                                                   solidarityPrice: solidarity, language: context.language))
                .response(from: request, context: context)
        }
    }
}
