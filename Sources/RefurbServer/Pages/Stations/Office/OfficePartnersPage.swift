import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins add the organisations that refer people to the solidarity sale, issue each one referral codes
/// (so many sales, until a day) and see each partner's use: its codes with what is left of them, and the
/// solidarity sales made in its name. A code is revoked after a confirmation; it is never removed.
struct OfficePartnersPage {
    let state: ServiceState
    let pages: PageLibrary

    /// A new code is valid three months unless the admin says otherwise: a term, or a season of
    /// social-service appointments.
    static let defaultValidityMonths = 3

    func register(on routes: APIRoutes) {
        let section = Office.Section.partners
        routes.page(.get, section.path, section.access) { request, context in
            try await render(context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            do {
                let partner = try await state.database.addReferralPartner(name: form["name"] ?? "", actor: try context.actor(), at: Date())
                return Office.redirect(to: section, done: "partner-added", subject: partner.name)
            } catch {
                return try await refused(error, form: ["name": form["name"] ?? ""], request: request, context: context)
            }
        }
        routes.page(.post, section.path + "/{id}/codes", section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let idText = try context.parameter("id")
            let typed = ["partner": idText, "quota": form["quota"] ?? "", "lastDay": form["lastDay"] ?? ""]
            do {
                guard let id = Int64(idText) else { throw StoreError.notFound(Message("referral.partnerUnknown", idText)) }
                guard let quota = Int(typed["quota"]!.trimmingSpaces()) else {
                    throw StoreError.invalidInput(Message("referral.quotaRange", typed["quota"]!, String(ReferralCodeTerms.quotaRange.lowerBound),
                                                          String(ReferralCodeTerms.quotaRange.upperBound)))
                }
                let status = try await state.database.issueReferralCode(partnerId: id, quota: quota, lastDay: typed["lastDay"]!,
                                                                  today: WorkshopClock.civilDay(), actor: try context.actor(), at: Date(),
                                                                  code: .random())
                return Office.redirect(to: section, done: "referral-code-issued", subject: "\(status.code.shown) (\(status.partner.name))")
            } catch {
                return try await refused(error, form: typed, request: request, context: context)
            }
        }
        routes.page(.get, section.path + "/codes/{code}/revoke", section.access) { _, context in
            let status = try await ReferralsController.codeStatus(context, in: state)
            let language = context.language
            return OfficeConfirmation(
                section: section,
                question: Office.text("ui.office.partners.revokeQuestion", status.code.shown, in: language),
                detail: Office.text("ui.office.partners.revokeDetail", status.code.shown, status.partner.name,
                                    String(status.used), String(status.quota), in: language),
                action: "\(section.path)/codes/\(status.code.text)/revoke",
                confirmLabel: Office.text("ui.office.partners.revoke", in: language)
            ).render(context, pages: pages)
        }
        routes.page(.post, section.path + "/codes/{code}/revoke", section.access) { _, context -> Response in
            let status = try await state.database.revokeReferralCode(try await ReferralsController.codeStatus(context, in: state).code, actor: try context.actor(), at: Date())
            return Office.redirect(to: section, done: "referral-code-revoked", subject: status.code.shown)
        }
    }

    /// The page again with the refusal on the form that was sent and what was typed; faults go to the
    /// error page.
    private func refused(_ error: any Error, form: [String: String], request: Request, context: RefurbRequestContext) async throws -> Response {
        let refusal = Office.refusal(error, in: context.language)
        guard refusal.status.code < 500 else { throw error }
        return try await render(context, status: refusal.status, extra: ["error": refusal.text, "typed": form])
            .response(from: request, context: context)
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        let today = WorkshopClock.civilDay()
        var values = Office.values(context, section: .partners, title: Office.text("ui.office.partners.title", in: language))
        let typed = extra["typed"] as? [String: String]
        let defaultLastDay = today.adding(months: Self.defaultValidityMonths).text
        values["partners"] = try await state.database.referralPartners().map { use -> [String: Any] in
            let typedHere = typed?["partner"] == String(use.partner.id) ? typed : nil
            return Office.compact([
                "id": String(use.partner.id),
                "name": use.partner.name,
                "since": Office.day(use.createdAt, in: language),
                "sales": String(use.sales),
                "salesTotal": Quantity.money.shown(Int(use.salesCents), in: language, catalog: UIMessages.catalog),
                "lastSale": use.lastSale.map { Office.day($0, in: language) },
                "hasCodes": use.codes.isEmpty ? nil : true,
                "codes": use.codes.isEmpty ? nil : use.codes.map { code -> [String: Any] in
                    let state = code.state(on: today)
                    return Office.compact([
                        "code": code.code.shown,
                        "used": Office.text("ui.office.partners.usedOf", String(code.used), String(code.quota), in: language),
                        "lastDay": code.lastDay.shown(in: language),
                        "state": state.label.text(in: language, catalog: UIMessages.catalog),
                        "stateCode": state.rawValue,
                        // Only a code that still allows a sale is worth revoking.
                        "revokePath": state == .active ? "\(Office.Section.partners.path)/codes/\(code.code.text)/revoke" : nil,
                    ])
                },
                "quota": typedHere?["quota"] ?? "1",
                "lastDay": typedHere?["lastDay"] ?? defaultLastDay,
            ])
        }
        values["today"] = today.text
        values["latest"] = today.adding(days: ReferralCodeTerms.longestValidityDays).text
        values["quotaMax"] = String(ReferralCodeTerms.quotaRange.upperBound)
        if let name = typed?["name"] { values["typedName"] = name }
        values.merge(extra.filter { $0.key != "typed" }) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-partners"), status: status)
    }
}
