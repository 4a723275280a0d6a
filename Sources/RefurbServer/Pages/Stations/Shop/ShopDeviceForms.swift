import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The device page and its forms: grade and price, putting a priced device up for sale, and the sale
/// (first a confirmation page, then the sale itself and the receipt). A refusal shows on the page,
/// next to the form it is about, in the person's language; nothing is changed then.
struct ShopDeviceForms {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        let page = ShopDevicePage(state: state, pages: pages)
        routes.page(.get, "/shop/{tag}", .permission(.gradeAndPrice)) { request, context in
            try page.render(context, tag: try DevicesController.tag(context),
                            request: .init(done: request.uri.queryParameters["done"].map(String.init)))
        }
        routes.page(.post, "/shop/{tag}/price", .permission(.gradeAndPrice)) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let form = try await Shop.form(request)
            do {
                try price(tag, form: form, context: context)
                return HTMLResponse.redirect(to: Shop.path(tag) + "?done=priced")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                return try page.render(context, tag: tag, request: .init(error: refusal.text, errorAt: "price", priceForm: form),
                                       status: refusal.status).response(from: request, context: context)
            }
        }
        routes.page(.post, "/shop/{tag}/ready", .permission(.move)) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let form = try await Shop.form(request)
            do {
                _ = try state.database.move(tag, to: .ready, expectedVersion: form["version"].flatMap { Int($0) },
                                            actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: Shop.path(tag) + "?done=ready")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                return try page.render(context, tag: tag, request: .init(error: refusal.text, errorAt: "ready"), status: refusal.status)
                    .response(from: request, context: context)
            }
        }
        routes.page(.post, "/shop/{tag}/sale", .permission(.sell)) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let form = try await Shop.form(request)
            do {
                // A partner typed before switching back to the public price is not part of the sale.
                let solidarity = form["kind"] == SaleKind.solidarity.rawValue
                let terms = try SaleTerms(kind: form["kind"], partner: solidarity ? form["partner"] : nil)
                guard form["confirm"] == "1" else {
                    return try page.render(context, tag: tag, request: .init(saleForm: form, confirmation: try confirmation(tag, terms: terms)))
                        .response(from: request, context: context)
                }
                _ = try state.database.sell(tag, price: try Self.confirmedPrice(form), terms: terms,
                                            expectedVersion: form["version"].flatMap { Int($0) }, actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: Shop.path(tag) + "/receipt")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                return try page.render(context, tag: tag, request: .init(error: refusal.text, errorAt: "sale", saleForm: form),
                                       status: refusal.status).response(from: request, context: context)
            }
        }
    }

    /// Grades and prices the device: at the price typed, or at the suggestion for the grade chosen.
    private func price(_ tag: AssetTag, form: FormFields, context: RefurbRequestContext) throws {
        guard let grade = form["grade"].flatMap({ Grade(text: $0) }) else {
            throw Shop.InputError(message: Message("ui.shop.price.gradeMissing"))
        }
        let price: Money
        if form["useSuggested"] != nil {
            price = try PriceSuggestionSource(database: state.database).suggestion(for: tag, grade: grade).suggestion.price
        } else {
            price = try MoneyFormat.parse(form["price"] ?? "")
        }
        _ = try state.database.setGradeAndPrice(tag, grade: grade, price: price, expectedVersion: form["version"].flatMap { Int($0) },
                                                actor: try context.actor(), at: Date())
    }

    /// What the sale will be, for the person to confirm: refused now, rather than after the
    /// confirmation, when the device may not be sold.
    private func confirmation(_ tag: AssetTag, terms: SaleTerms) throws -> ShopDevicePage.Confirmation {
        guard let device = try state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        let broken = Lifecycle.brokenRules(from: device.stage, to: .sold, facts: try state.database.facts(for: tag))
        guard broken.isEmpty else { throw StoreError.refused(LifecycleRefusal(from: device.stage, to: .sold, rules: broken)) }
        guard let listed = device.price else { throw StoreError.invalidInput(Message("money.empty")) }
        guard listed.isAllowed else { throw StoreError.invalidInput(Message("range.storedPrice", tag.text, String(listed.cents))) }
        var price = listed
        if terms.kind == .solidarity {
            let rules = try state.database.pricingRules()
            guard let reduced = rules.solidarityPrice(for: listed) else {
                throw StoreError.invalidInput(Message("range.solidarityStored", String(rules.solidarityPercent)))
            }
            price = reduced
        }
        return ShopDevicePage.Confirmation(terms: terms, price: price, version: device.version)
    }

    /// The price the confirmation page carried, in cents; absent means the labelled price. A value that
    /// is not a whole number, or is out of range, is refused rather than taken for "absent".
    static func confirmedPrice(_ form: FormFields) throws -> Money? {
        guard let text = form["priceCents"], !text.isEmpty else { return nil }
        guard let cents = Int(text) else {
            let digits = text.drop { $0 == "-" }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw MoneyInputError.malformed(text) }
            throw MoneyInputError.outOfRange(OutOfRange(field: "priceCents", quantity: .money, value: nil))
        }
        return Money(cents: try RequestNumbers.check(cents, .money, field: "priceCents"))
    }
}
