import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins set, once, the workshop's name, postal address and contact that head the donor reports. Until
/// they do, reports carry the name the service was started with (`refurb serve --workshop`).
struct OfficeWorkshopPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        let section = Office.Section.workshop
        routes.page(.get, section.path, section.access) { request, context in
            let (identity, _) = try await OfficeLotPages.identity(state)
            return try await render(context, form: Self.form(identity), extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let typed = ["name": form["name"] ?? "", "address": form["address"] ?? "", "contact": form["contact"] ?? ""]
            do {
                let identity = try WorkshopIdentity(typedName: typed["name"]!, address: typed["address"]!, contact: typed["contact"]!)
                let saved = try await state.database.saveWorkshopIdentity(identity, actor: try context.actor(), at: Date())
                return Office.redirect(to: section, done: "workshop-saved", subject: saved.identity.name)
            } catch let error as WorkshopIdentityError {
                return try await render(context, status: .unprocessableContent, form: typed,
                                  extra: ["error": error.message.text(in: context.language, catalog: UIMessages.catalog), "invalid": error.field])
                    .response(from: request, context: context)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, status: refusal.status, form: typed, extra: ["error": refusal.text])
                    .response(from: request, context: context)
            }
        }
    }

    static func form(_ identity: WorkshopIdentity) -> [String: String] {
        ["name": identity.name, "address": identity.addressLines.joined(separator: "\n"), "contact": identity.contact ?? ""]
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, form: [String: String],
                        extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .workshop, title: Office.text("ui.office.workshop.title", in: language))
        values["form"] = form
        if let saved = try await state.database.workshopIdentity() {
            values["savedBy"] = Office.text("ui.office.workshop.savedBy", WorkshopClock.displayDay(saved.savedAt, in: language),
                                            saved.savedBy, in: language)
        } else {
            values["notSet"] = Office.text("ui.office.workshop.notSet", state.configuration.workshopName, in: language)
        }
        values.merge(extra) { _, new in new }
        if let invalid = extra["invalid"] as? String { values["invalid_\(invalid)"] = true }
        return HTMLResponse(html: pages.render(values, page: "office-workshop"), status: status)
    }
}
