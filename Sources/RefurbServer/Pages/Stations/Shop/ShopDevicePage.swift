import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// One device at the shop: what it is, its suggested price and how it was reached, the grade and price
/// form, the price label (preview and printing, done by shop.js with the station's printer), and the
/// sale at the public or the solidarity price, with a confirmation step before it is recorded.
struct ShopDevicePage {
    let state: ServiceState
    let pages: PageLibrary

    /// What the page shows besides the device: a notice after a form, a refusal, what was typed, or the
    /// sale waiting for confirmation.
    struct Request {
        var done: String?
        var error: String?
        /// Which form the refusal is about: "price", "ready" or "sale".
        var errorAt: String?
        var priceForm: FormFields?
        var saleForm: FormFields?
        var confirmation: Confirmation?
    }

    struct Confirmation {
        let terms: SaleTerms
        let price: Money
        let version: Int
    }

    /// The notices a form's redirect may announce; only these are shown.
    static let doneCodes: Set<String> = ["priced", "ready"]

    func render(_ context: RefurbRequestContext, tag: AssetTag, request: Request = Request(),
                status: HTTPResponse.Status = .ok) throws -> HTMLResponse {
        let language = context.language
        // A grade chosen on a form that was refused is the one the suggestion uses when the page comes back.
        let typedGrade = request.priceForm?["grade"].flatMap { Grade(text: $0) }
        let priced = try PriceSuggestionSource(database: state.database).suggestion(for: tag, grade: typedGrade)
        let (device, specs, suggestion, rules) = (priced.device, priced.specs, priced.suggestion, priced.rules)
        let account = context.credential?.account
        let editable = !device.stage.hasLeftWorkshop
        let description = ShopDeviceWords.description(of: device, in: language)
        var values = PageContext.base(context, page: "shop", title: Shop.text("ui.shop.device.title", tag.text, in: language))

        let grade = typedGrade ?? device.grade
        let typedPrice = request.priceForm?["price"]
        let publicPrice = device.price
        // A price or rules stored out of range (before amounts were checked, or by another program) are
        // shown as such: no reduction is worked out from them, and nothing on the page can overflow.
        let solidarityPrice = device.price.flatMap(rules.solidarityPrice(for:))
        func shown(_ money: Money) -> String { Quantity.money.shown(money.cents, in: language, catalog: Shop.catalog) }
        let outOfRange = Shop.text("range.outOfRange", in: language)
        let saleKind = request.saleForm?["kind"] == SaleKind.solidarity.rawValue ? SaleKind.solidarity : .public

        values.merge(Shop.compact([
            "tag": tag.text,
            "path": Shop.path(tag),
            "description": description,
            "serial": device.serial?.text,
            "lot": device.lotCode.text,
            "stage": device.stage.label.text(in: language, catalog: Shop.catalog),
            "stageCode": device.stage.rawValue,
            "grade": device.grade?.label.text(in: language, catalog: Shop.catalog),
            "price": device.price.map(shown),
            "version": String(device.version),
            "specs": ShopDeviceWords.specRows(specs, in: language),
            "suggestedPrice": shown(suggestion.price),
            "suggestedSolidarity": rules.solidarityPrice(for: suggestion.price).map(shown) ?? outOfRange,
            "suggestedGrade": specs.grade?.rawValue,
            "lines": ShopDeviceWords.lineRows(suggestion, in: language),
            "editable": editable ? true : nil,
            "grades": Grade.allCases.map { option -> [String: Any] in
                ["value": option.rawValue, "label": option.label.text(in: language, catalog: Shop.catalog), "checked": option == grade]
            },
            "priceValue": typedPrice ?? device.price.map { Shop.plainAmount($0, in: language) },
            "focusPrice": editable && device.price == nil && request.confirmation == nil ? true : nil,
            "labelTemplate": Shop.priceTemplates(state).first,
            "solidarityPercent": String(rules.solidarityPercent),
            "canSell": account?.can(.sell) == true && device.stage == .ready ? true : nil,
            "notReady": device.stage != .ready && device.stage != .sold
                ? Shop.text("ui.shop.sale.notReady", device.stage.label.text(in: language, catalog: Shop.catalog), in: language) : nil,
            "canMakeReady": account?.can(.move) == true && device.stage == .wiped ? true : nil,
            "publicPrice": publicPrice.map(shown),
            "solidarityPrice": solidarityPrice.map(shown) ?? (publicPrice == nil ? nil : outOfRange),
            "kindPublic": saleKind == .public ? true : nil,
            "kindSolidarity": saleKind == .solidarity ? true : nil,
            "partner": request.saleForm?["partner"],
            "receiptPath": device.stage == .sold ? Shop.path(tag) + "/receipt" : nil,
            "notice": request.done.flatMap { Self.doneCodes.contains($0) ? Shop.text("ui.shop.done.\($0)", in: language) : nil },
        ])) { _, new in new }
        if let error = request.error {
            values["error" + (request.errorAt ?? "price").capitalized] = error
        }
        if let confirmation = request.confirmation {
            values["confirm"] = Shop.compact([
                "kind": confirmation.terms.kind.rawValue,
                "kindLabel": confirmation.terms.kind.label.text(in: language, catalog: Shop.catalog),
                "price": MoneyFormat.string(confirmation.price, in: language),
                "priceCents": String(confirmation.price.cents),
                "partner": confirmation.terms.partner,
                "version": String(confirmation.version),
                "question": Shop.text("ui.shop.confirm.question", tag.text, description,
                                      MoneyFormat.string(confirmation.price, in: language),
                                      confirmation.terms.kind.label.text(in: language, catalog: Shop.catalog), in: language),
            ])
        }
        return HTMLResponse(html: pages.render(values, page: "shop-device"), status: status)
    }
}
