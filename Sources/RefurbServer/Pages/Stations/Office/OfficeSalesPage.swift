import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins say whether the workshop sells under the margin scheme (the receipts' mention « Régime
/// particulier – Biens d'occasion »), and set the commercial warranties it offers by category and rate,
/// each from a day and, once ended, until a day. The page also says plainly that Refurb is not a
/// certified till.
struct OfficeSalesPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        let section = Office.Section.sales
        routes.page(.get, section.path, section.access) { request, context in
            try await render(context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            try await state.database.saveSaleSettings(marginScheme: form["marginScheme"] == "on", actor: try context.actor(), at: Date())
            return Office.redirect(to: section, done: "sale-settings-saved", subject: "")
        }
        routes.page(.post, section.path + "/warranties", section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let typed = ["category": form["category"] ?? "", "channel": form["channel"] ?? "", "months": form["months"] ?? "",
                         "from": form["from"] ?? "", "until": form["until"] ?? ""]
            do {
                guard let months = Int(typed["months"]!.trimmingSpaces()) else {
                    throw StoreError.invalidInput(Message("warranty.monthsRange", String(WarrantyPolicy.monthsRange.lowerBound),
                                                          String(WarrantyPolicy.monthsRange.upperBound)))
                }
                let policy = try await SalesController.addPolicy(state, category: typed["category"], channel: typed["channel"], months: months,
                                                           from: typed["from"]!.trimmingSpaces(), until: typed["until"]!.trimmingSpaces(),
                                                           actor: try context.actor())
                return Office.redirect(to: section, done: "warranty-added", subject: String(policy.id))
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, status: refusal.status, extra: ["error": refusal.text, "typed": typed])
                    .response(from: request, context: context)
            }
        }
        routes.page(.post, section.path + "/warranties/{id}/end", section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let idText = try context.parameter("id")
            do {
                guard let id = Int64(idText) else { throw StoreError.notFound(Message("warranty.notFound", idText)) }
                try await state.database.endWarrantyPolicy(id: id, lastDay: (form["lastDay"] ?? "").trimmingSpaces(), actor: try context.actor(), at: Date())
                return Office.redirect(to: section, done: "warranty-ended", subject: idText)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, status: refusal.status, extra: ["error": refusal.text]).response(from: request, context: context)
            }
        }
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .sales, title: Office.text("ui.office.sales.title", in: language))
        let any = Office.text("ui.office.sales.any", in: language)
        if try await state.database.saleSettings().marginScheme { values["marginScheme"] = true }
        values["policies"] = try await state.database.warrantyPolicies().map { policy -> [String: Any] in
            Office.compact([
                "id": String(policy.id),
                "category": policy.category.map { Office.text("category.\($0.rawValue)", in: language) } ?? any,
                "channel": policy.channel.map { $0.label.text(in: language, catalog: UIMessages.catalog) } ?? any,
                "months": String(policy.months),
                "from": Office.storedDay(policy.from, in: language),
                "until": policy.until.map { Office.storedDay($0, in: language) },
                "running": policy.until == nil ? Office.text("ui.office.sales.running", in: language) : nil,
            ])
        }
        values["categories"] = DeviceCategory.allCases.map { ["value": $0.rawValue, "label": Office.text("category.\($0.rawValue)", in: language)] }
        values["channels"] = SaleKind.allCases.map { ["value": $0.rawValue, "label": $0.label.text(in: language, catalog: UIMessages.catalog)] }
        values["today"] = WorkshopClock.today()
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-sales"), status: status)
    }
}
