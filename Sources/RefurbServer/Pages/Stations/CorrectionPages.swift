import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// "Corriger": the form that corrects a device (from intake and the bench) or a lot (from the office),
/// with its reason. It goes through the same store operations as `PATCH /api/devices/{tag}` and
/// `PATCH /api/lots/{code}`; a saved correction sends the browser back where it came from (POST, then
/// redirect, then GET), a refused one shows the form again with the reason and what was typed.
struct CorrectionPages {
    let state: ServiceState
    let pages: PageLibrary

    static func devicePath(_ tag: String, back: String) -> String {
        "/devices/\(tag)/correct?back=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
    }

    static func lotPath(_ code: String, back: String) -> String {
        "/lots/\(code)/correct?back=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
    }

    func register(on routes: APIRoutes) {
        routes.page(.get, "/devices/{tag}/correct", .permission(.correct)) { request, context in
            let tag = try DevicesController.tag(context)
            let query = request.uri.queryParameters
            var typed: [String: String] = [:]
            for name: Substring in ["serial", "reason"] { if let value = query[name] { typed[String(name)] = String(value) } }
            return try await deviceForm(context, tag: tag, back: query["back"].map(String.init), typed: typed, error: nil)
        }
        routes.page(.post, "/devices/{tag}/correct", .permission(.correct)) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            let tag = try DevicesController.tag(context)
            let back = SameOriginPath.check(form["back"]) ?? "/"
            do {
                guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
                // A field sent back as it is recorded is no correction (and an unusual serial kept as it is
                // needs no new confirmation).
                func changed(_ name: String, _ current: String?) -> String? {
                    guard let value = form[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty, value != current else { return nil }
                    return value
                }
                let body = CorrectionsController.DeviceBody(
                    serial: changed("serial", device.serial?.text), category: changed("category", device.category.rawValue),
                    manufacturer: changed("manufacturer", device.manufacturer), model: changed("model", device.model),
                    displayName: changed("displayName", device.displayName), reason: form["reason"], version: form["version"].flatMap { Int($0) },
                    confirmUnusualSerial: form["confirmUnusualSerial"] == "yes")
                let corrected = try await CorrectionsController.correctDevice(body, tag: tag, state: state, context: context)
                if let offered = state.refusedReportSerials.serial(for: tag), corrected.serial?.key == SerialNumber.key(for: offered) {
                    state.refusedReportSerials.forget(tag)
                }
                return HTMLResponse.redirect(to: back)
            } catch {
                let detail = ProblemMiddleware.problem(for: error, language: context.language).0.detail
                var typed: [String: String] = [:]
                for name in ["serial", "category", "manufacturer", "model", "displayName", "reason"] { typed[name] = form[name] }
                return try await deviceForm(context, tag: tag, back: back, typed: typed, error: detail, status: .unprocessableContent)
                    .response(from: request, context: context)
            }
        }
        routes.page(.get, "/lots/{code}/correct", .permission(.openLot)) { request, context in
            let code = try LotCode(parsing: try context.parameter("code"))
            return try await lotForm(context, code: code, back: request.uri.queryParameters["back"].map(String.init), typed: [:], error: nil)
        }
        routes.page(.post, "/lots/{code}/correct", .permission(.openLot)) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            let code = try LotCode(parsing: try context.parameter("code"))
            let back = SameOriginPath.check(form["back"]) ?? "/"
            do {
                guard let summary = try await state.database.lot(code: code) else { throw StoreError.lotNotFound(code.text) }
                let lot = summary.lot
                func changed(_ name: String, _ current: String?) -> String? {
                    guard let value = form[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty, value != current else { return nil }
                    return value
                }
                let declared = try changed("declaredCount", lot.declaredCount.map(String.init)).map { text -> Int in
                    guard let count = Int(text) else {
                        throw FormRefusal(message: Message("ui.correct.declaredMalformed", text))
                    }
                    return count
                }
                let correction = try LotCorrection(
                    donorName: changed("donor", lot.donorName), site: changed("site", lot.site), declaredCount: declared,
                    weightKilograms: changed("weightKg", lot.weightGrams.map(Self.kilograms)),
                    donorType: try changed("donorType", lot.donorType?.rawValue).map(DonorType.init(parsing:)), reason: form["reason"])
                _ = try await state.database.correctLot(code, correction, expectedVersion: form["version"].flatMap { Int($0) },
                                                  actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: back)
            } catch {
                let detail = (error as? FormRefusal)?.message.text(in: context.language, catalog: UIMessages.catalog)
                    ?? ProblemMiddleware.problem(for: error, language: context.language).0.detail
                var typed: [String: String] = [:]
                for name in ["donor", "donorType", "site", "declaredCount", "weightKg", "reason"] { typed[name] = form[name] }
                return try await lotForm(context, code: code, back: back, typed: typed, error: detail, status: .unprocessableContent)
                    .response(from: request, context: context)
            }
        }
    }

    private func deviceForm(_ context: RefurbRequestContext, tag: AssetTag, back: String?, typed: [String: String],
                            error: String?, status: HTTPResponse.Status = .ok) async throws -> HTMLResponse {
        guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        let language = context.language
        let word = { (key: String) in Message(key).text(in: language, catalog: UIMessages.catalog) }
        let back = SameOriginPath.check(back) ?? "/"
        var values = PageContext.base(context, page: "correct", title: Message("ui.correct.deviceHeading", tag.text)
            .text(in: language, catalog: UIMessages.catalog))
        values["action"] = "/devices/\(tag.text)/correct"
        values["version"] = String(device.version)
        values["back"] = back
        values["reason"] = typed["reason"] ?? ""
        values["error"] = error
        values["offerUnusual"] = true
        let category = typed["category"] ?? device.category.rawValue
        values["fields"] = [
            ["name": "serial", "label": word("ui.correct.field.serial"), "value": typed["serial"] ?? device.serial?.text ?? "",
             "was": device.serial?.text ?? "—"],
            ["name": "category", "label": word("ui.correct.field.category"), "isSelect": true,
             "was": Message("category.\(device.category.rawValue)").text(in: language, catalog: UIMessages.catalog),
             "options": DeviceCategory.allCases.map { option -> [String: Any] in
                 ["value": option.rawValue, "selected": option.rawValue == category,
                  "label": Message("category.\(option.rawValue)").text(in: language, catalog: UIMessages.catalog)]
             }],
            ["name": "manufacturer", "label": word("ui.correct.field.manufacturer"),
             "value": typed["manufacturer"] ?? device.manufacturer ?? "", "was": device.manufacturer ?? "—"],
            ["name": "model", "label": word("ui.correct.field.model"), "value": typed["model"] ?? device.model ?? "",
             "was": device.model ?? "—"],
            ["name": "displayName", "label": word("ui.correct.field.displayName"),
             "value": typed["displayName"] ?? device.displayName ?? "", "was": device.displayName ?? "—"],
        ] as [[String: Any]]
        if let offered = state.refusedReportSerials.serial(for: tag), let intake = device.serial,
           SerialNumber.key(for: offered) != intake.key {
            values["offer"] = Message("ui.correct.reportSerialOffer", offered, intake.text).text(in: language, catalog: UIMessages.catalog)
        }
        return HTMLResponse(html: pages.render(values, page: "correct"), status: status)
    }

    private func lotForm(_ context: RefurbRequestContext, code: LotCode, back: String?, typed: [String: String],
                         error: String?, status: HTTPResponse.Status = .ok) async throws -> HTMLResponse {
        guard let summary = try await state.database.lot(code: code) else { throw StoreError.lotNotFound(code.text) }
        let lot = summary.lot
        let language = context.language
        let word = { (key: String) in Message(key).text(in: language, catalog: UIMessages.catalog) }
        var values = PageContext.base(context, page: "correct", title: Message("ui.correct.lotHeading", code.text)
            .text(in: language, catalog: UIMessages.catalog))
        values["action"] = "/lots/\(code.text)/correct"
        values["version"] = String(summary.version)
        values["back"] = SameOriginPath.check(back) ?? "/"
        values["reason"] = typed["reason"] ?? ""
        values["error"] = error
        let weight = lot.weightGrams.map(Self.kilograms)
        values["fields"] = [
            ["name": "donor", "label": word("ui.correct.field.donor"), "value": typed["donor"] ?? lot.donorName, "was": lot.donorName],
            Self.donorTypeField(lot, typed: typed["donorType"], word: word),
            ["name": "site", "label": word("ui.correct.field.site"), "value": typed["site"] ?? lot.site ?? "", "was": lot.site ?? "—"],
            ["name": "declaredCount", "label": word("ui.correct.field.declaredCount"), "numeric": true,
             "value": typed["declaredCount"] ?? lot.declaredCount.map(String.init) ?? "", "was": lot.declaredCount.map(String.init) ?? "—"],
            ["name": "weightKg", "label": word("ui.correct.field.weightKg"), "numeric": true,
             "value": typed["weightKg"] ?? weight ?? "", "was": weight ?? "—"],
        ] as [[String: Any]]
        return HTMLResponse(html: pages.render(values, page: "correct"), status: status)
    }

    /// The donor type as a choice; "not said" is offered only while nobody has said it (a type once said is
    /// corrected, never unsaid).
    static func donorTypeField(_ lot: Lot, typed: String?, word: (String) -> String) -> [String: Any] {
        let chosen = typed ?? lot.donorType?.rawValue ?? ""
        var options: [[String: Any]] = lot.donorType == nil
            ? [["value": "", "label": word("ui.intake.lots.donorTypeUnsaid"), "selected": chosen.isEmpty]] : []
        options += DonorType.allCases.map { ["value": $0.rawValue, "label": word("donorType.\($0.rawValue)"), "selected": chosen == $0.rawValue] }
        return ["name": "donorType", "label": word("ui.correct.field.donorType"), "isSelect": true, "options": options,
                "was": lot.donorType.map { word("donorType.\($0.rawValue)") } ?? "—"]
    }

    /// A refusal worded by the form itself (`ui.correct.*`).
    struct FormRefusal: Error {
        let message: Message
    }

    /// Grams as the kilograms a person types back: "48,5" (the comma is read as well as the dot).
    static func kilograms(_ grams: Int) -> String {
        let whole = grams / 1000, rest = grams % 1000
        guard rest != 0 else { return String(whole) }
        var fraction = String(rest)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole),\(fraction)"
    }
}
