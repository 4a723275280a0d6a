import Erasure
import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins list the public keys of the wiping stations, register one from the PEM file `refurb keys`
/// wrote, and revoke one after confirming: certificates it signs are then refused.
struct OfficeStationKeysPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        let section = Office.Section.stationKeys
        routes.page(.get, section.path, section.access) { request, context in
            try await render(context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let name = form["name"] ?? ""
            let pem = form["publicKey"] ?? ""
            do {
                let key = try AdministrationController.publicKey(from: pem)
                let registered = try await state.database.registerStationKey(
                    name: name, keyId: StationKeyPair.keyID(of: key), publicKey: key.rawRepresentation.base64EncodedString(),
                    actor: try context.actor(), at: Date())
                return Office.redirect(to: section, done: "station-key-registered", subject: registered.name)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, status: refusal.status, extra: ["error": refusal.text, "form": ["name": name, "publicKey": pem]])
                    .response(from: request, context: context)
            }
        }
        routes.page(.get, section.path + "/{id}/revoke", section.access) { _, context in
            let key = try await stationKey(context)
            let language = context.language
            return OfficeConfirmation(
                section: section,
                question: Office.text("ui.office.keys.revokeQuestion", key.name, in: language),
                detail: Office.text("ui.office.keys.revokeDetail", key.name, key.keyId, in: language),
                action: "\(section.path)/\(key.id)/revoke",
                confirmLabel: Office.text("ui.office.keys.revoke", in: language)
            ).render(context, pages: pages)
        }
        routes.page(.post, section.path + "/{id}/revoke", section.access) { _, context -> Response in
            let key = try await stationKey(context)
            try await state.database.revokeStationKey(id: key.id, actor: try context.actor(), at: Date())
            return Office.redirect(to: section, done: "station-key-revoked", subject: key.name)
        }
    }

    private func stationKey(_ context: RefurbRequestContext) async throws -> StationKey {
        let id = try AdministrationController.id(context)
        guard let key = try await state.database.stationKeys().first(where: { $0.id == id }) else {
            throw StoreError.notFound(Message("store.stationKeyNotFound", String(id)))
        }
        return key
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .stationKeys, title: Office.text("ui.office.keys.title", in: language))
        values["keys"] = try await state.database.stationKeys().reversed().map { key -> [String: Any] in
            var row: [String: Any] = [
                "name": key.name, "keyId": key.keyId, "created": Office.day(key.createdAt, in: language),
                "revokePath": "\(Office.Section.stationKeys.path)/\(key.id)/revoke",
            ]
            if let revoked = key.revokedAt { row["revoked"] = Office.text("ui.office.status.revokedOn", Office.day(revoked, in: language), in: language) }
            return row
        }
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-station-keys"), status: status)
    }
}
