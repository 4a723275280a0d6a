import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The shop's start page: the scan field (a tag or a serial opens the device), the station settings
/// (which printer and label the price labels go to, kept in the browser), and the devices ready for
/// sale or waiting for a price.
struct ShopScanPage {
    let state: ServiceState
    let pages: PageLibrary

    static let listLength = 30

    func register(on routes: APIRoutes) {
        routes.page(.get, "/shop", .permission(.gradeAndPrice)) { request, context -> Response in
            let code = request.uri.queryParameters["code"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !code.isEmpty else { return try await render(context).response(from: request, context: context) }
            do {
                switch try await state.database.resolve(scan: code) {
                case .device(let device): return HTMLResponse.redirect(to: Shop.path(device.assetTag))
                case .lot(let summary):
                    throw Shop.InputError(message: Message("ui.shop.scan.isLot", summary.lot.code.text))
                }
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                return try await render(context, status: refusal.status, error: refusal.text, code: code)
                    .response(from: request, context: context)
            }
        }
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok,
                        error: String? = nil, code: String = "") async throws -> HTMLResponse {
        let language = context.language
        var values = PageContext.base(context, page: "shop", title: Shop.text("ui.shop.title", in: language))
        values.merge(Shop.compact([
            "error": error,
            "code": code,
            "canEditPricing": context.credential?.account.can(.managePricing) == true ? true : nil,
        ])) { _, new in new }
        let ready = try await rows(.ready, language: language)
        let toPrice = try await rows(.wiped, language: language)
        values["ready"] = ready
        values["hasReady"] = !ready.isEmpty
        values["toPrice"] = toPrice
        values["hasToPrice"] = !toPrice.isEmpty
        values["printers"] = try await state.database.printers().map { ["name": $0.name, "uri": $0.uri] }
        values["templates"] = Shop.priceTemplates(state).map { ["name": $0] }
        values["formats"] = Shop.printerFormats(in: language)
        return HTMLResponse(html: pages.render(values, page: "shop"), status: status)
    }

    private func rows(_ stage: Stage, language: Language) async throws -> [[String: Any]] {
        try await state.database.devices(matching: DeviceFilter(stage: stage, limit: Self.listLength)).map { device in
            Shop.compact([
                "tag": device.assetTag.text,
                "path": Shop.path(device.assetTag),
                "what": ShopDeviceWords.description(of: device, in: language),
                "grade": device.grade?.rawValue,
                "price": device.price.map { Quantity.money.shown($0.cents, in: language, catalog: Shop.catalog) },
            ])
        }
    }
}
