import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The admins' page for the pricing rules: base prices, what the processor, memory, drive and battery
/// add or take off, the grades' percentages, rounding, the minimum and the solidarity reduction. A form
/// that fails a check comes back with what was typed and every problem named, on the page the form
/// redirects to (POST/redirect/GET, the refusal kept by RefusedForms), so that F5 never posts it again.
struct ShopPricingPage {
    let state: ServiceState
    let pages: PageLibrary
    let refusals: RefusedForms

    static let path = "/shop/pricing"

    func register(on routes: APIRoutes) {
        routes.page(.get, Self.path, .permission(.managePricing)) { request, context in
            let query = request.uri.queryParameters
            let saved = query["done"] == "saved"
            // A refusal is about the rules as they were: shown while they are still the ones saved then.
            let version = try await state.database.savedPricingRules().savedAt.map { Int($0.timeIntervalSince1970 * 1000) }
            if query["refused"] == "rules", let viewer = ShownSecrets.viewer(context.credential),
               let refusal = refusals.refusal(of: "rules", about: Self.path, for: viewer, version: version) {
                return try await render(context, typed: refusal.fields, error: refusal.text, problems: refusal.problems)
            }
            return try await render(context, notice: saved ? Shop.text("ui.shop.pricing.saved", in: context.language) : nil)
        }
        routes.page(.post, Self.path, .permission(.managePricing)) { request, context -> Response in
            let form = try await Shop.form(request)
            do {
                let rules = form["reset"] != nil ? PricingRules.shipped : try PricingRulesForm.rules(from: form)
                try await state.database.savePricingRules(rules, actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: Self.path + "?done=saved")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language),
                      let viewer = ShownSecrets.viewer(context.credential) else { throw error }
                let problems = (error as? PricingRulesError)?.problems.map { $0.text(in: context.language, catalog: Shop.catalog) }
                var typed = form.values
                typed["_csrf"] = nil
                let version = try await state.database.savedPricingRules().savedAt.map { Int($0.timeIntervalSince1970 * 1000) }
                refusals.keep(.init(form: "rules", text: refusal.text, fields: typed, version: version, problems: problems),
                              about: Self.path, for: viewer)
                return HTMLResponse.redirect(to: Self.path + "?refused=rules")
            }
        }
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, typed: [String: String]? = nil,
                        notice: String? = nil, error: String? = nil, problems: [String]? = nil) async throws -> HTMLResponse {
        let language = context.language
        let saved = try await state.database.savedPricingRules()
        let fields = typed ?? PricingRulesForm.fields(from: saved.rules, in: language)
        // Rules stored outside their ranges (by another program: saving checks them) are shown with what
        // is wrong, so that an admin can correct them here.
        var error = error, problems = problems
        if typed == nil, problems == nil, case let stored = saved.rules.problems(), !stored.isEmpty {
            error = Shop.text("range.storedRules", in: language)
            problems = stored.map { $0.text(in: language, catalog: Shop.catalog) }
        }
        func field(_ name: String, _ label: String, hint: String? = nil) -> [String: Any] {
            Shop.compact(["name": name, "id": name.replacingOccurrences(of: ".", with: "-"), "label": label,
                          "value": fields[name], "hint": hint])
        }
        func name(_ field: PricingField) -> String { field.name(in: language, catalog: Shop.catalog) }

        var values = PageContext.base(context, page: "shop", title: Shop.text("ui.shop.pricing.title", in: language))
        values.merge(Shop.compact([
            "notice": notice,
            "error": problems == nil || typed == nil ? error : Shop.text("pricing.problem.notSaved", in: language),
            "problems": problems,
            "savedBy": saved.savedBy.map { Shop.text("ui.shop.pricing.savedBy", WorkshopClock.displayDay(saved.savedAt ?? Date(), in: language), $0, in: language) }
                ?? Shop.text("ui.shop.pricing.shipped", in: language),
        ])) { _, new in new }
        values["bases"] = DeviceCategory.allCases.map { field("base.\($0.rawValue)", name(.base($0.rawValue))) }
        values["cpuWords"] = field("cpu.words", name(.cpuWords), hint: Shop.text("ui.shop.pricing.wordsHint", in: language))
        values["cpuThresholds"] = [
            field("cpu.midThreads", Shop.text("ui.shop.pricing.midThreads", in: language)),
            field("cpu.highThreads", Shop.text("ui.shop.pricing.highThreads", in: language)),
        ]
        values["cpuAmounts"] = CPUClass.allCases.map { field("cpu.\($0.rawValue)", name(.cpuAmount($0))) }
        values["storageAmounts"] = [PricingField.StorageAmount.solidState, .hdd, .none].map {
            field("storage.\($0.rawValue)", name(.storageAmount($0)))
        }
        values["batteryMissing"] = field("batteryMissing", name(.batteryMissing))
        values["grades"] = Grade.allCases.map { field("grade.\($0.rawValue)", name(.grade($0.rawValue))) }
        values["rounding"] = field("rounding", name(.rounding), hint: Shop.text("ui.shop.pricing.roundingHint", in: language))
        values["minimum"] = field("minimum", name(.minimum))
        values["solidarity"] = field("solidarity", name(.solidarity), hint: Shop.text("ui.shop.pricing.solidarityHint", in: language))
        values["scales"] = PricingRulesForm.Scale.allCases.map { scale -> [String: Any] in
            let used = (0..<PricingRules.maximumTiers).filter {
                !(fields["\(scale.rawValue).from.\($0)"] ?? "").isEmpty || !(fields["\(scale.rawValue).cents.\($0)"] ?? "").isEmpty
            }
            let count = min(max((used.last ?? -1) + 3, 4), PricingRules.maximumTiers)
            return [
                "key": scale.rawValue,
                "title": name(scale.field),
                "hint": Shop.text("ui.shop.pricing.scaleHint.\(scale.rawValue)", in: language),
                "fromLabel": Shop.text("ui.shop.pricing.from.\(scale.rawValue)", in: language),
                "amountLabel": Shop.text("ui.shop.pricing.amount", in: language),
                "rows": (0..<count).map { index -> [String: Any] in
                    let prefix = "\(scale.rawValue)-\(index)"
                    return ["number": String(index + 1), "fromName": "\(scale.rawValue).from.\(index)", "fromId": prefix + "-from",
                            "fromValue": fields["\(scale.rawValue).from.\(index)"] ?? "",
                            "amountName": "\(scale.rawValue).cents.\(index)", "amountId": prefix + "-cents",
                            "amountValue": fields["\(scale.rawValue).cents.\(index)"] ?? ""]
                },
            ]
        }
        return HTMLResponse(html: pages.render(values, page: "shop-pricing"), status: status)
    }
}
