import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The device page and its forms: grade and price, putting a priced device up for sale, and the sale
/// (first the choice of price, then its confirmation, then the receipt).
///
/// Every form post answers with a redirect (POST/redirect/GET), so that Back and F5 around a sale are
/// harmless: the browser only ever reloads pages it got by GET, and no address posts anything.
/// - done: to the page, with the change and the version it made (`?done=priced&v=12`);
/// - refused: to the page (`?refused=price`), which shows the refusal next to its form with what was
///   typed, kept by RefusedForms; nothing is changed then;
/// - a version conflict (the device changed since the page was read): to the page as it is now, which
///   says what changed since and that the form was not recorded (`?since=14&conflict=1`, the events
///   the page had shown);
/// - the sale chosen: to the page with the confirmation (`?sale=solidarity&partner=…&v=12`, or `&code=7K3Q-9FMB`), and the
///   confirmed sale to its receipt. The confirmation carries the version it was shown at, so a second
///   post of it (a double click, or a form posted again from an old tab) is a conflict: a sale is never
///   recorded twice.
/// No redirect ends in a #fragment: a browser skips `autofocus` when the address points into the page
/// (HTML's "flush autofocus candidates"), and the focus is how each step leads to the next.
struct ShopDeviceForms {
    let state: ServiceState
    let pages: PageLibrary
    let refusals: RefusedForms

    func register(on routes: APIRoutes) {
        let page = ShopDevicePage(state: state, pages: pages, refusals: refusals)
        routes.page(.get, "/shop/{tag}", .permission(.gradeAndPrice)) { request, context in
            let query = request.uri.queryParameters
            func text(_ name: Substring) -> String? { query[name].map(String.init) }
            func number(_ name: Substring) -> Int? { text(name).flatMap { Int($0) } }
            let sale = text("sale").map {
                ShopDevicePage.Sale(kind: $0, partner: text("partner"), referralCode: text("code"), version: number("v"))
            }
            return try await page.render(context, tag: try DevicesController.tag(context),
                                   request: .init(done: text("done"), doneVersion: number("v"), refusedForm: text("refused"),
                                                  since: number("since"), conflict: text("conflict") == "1", sale: sale))
        }
        routes.page(.post, "/shop/{tag}/price", .permission(.gradeAndPrice)) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let form = try await Shop.form(request)
            do {
                let device = try await price(tag, form: form, context: context)
                return HTMLResponse.redirect(to: Shop.path(tag) + "?done=priced&v=\(device.version)")
            } catch {
                return try await refused(error, form: "price", fields: form, tag: tag, context: context)
            }
        }
        routes.page(.post, "/shop/{tag}/ready", .permission(.move)) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let form = try await Shop.form(request)
            do {
                let device = try await state.database.move(tag, to: .ready, reason: nil, expectedVersion: form["version"].flatMap { Int($0) },
                                                     actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: Shop.path(tag) + "?done=ready&v=\(device.version)")
            } catch {
                return try await refused(error, form: "ready", fields: form, tag: tag, context: context)
            }
        }
        routes.page(.post, "/shop/{tag}/sale", .permission(.sell)) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let form = try await Shop.form(request)
            do {
                let solidarity = form["kind"] == SaleKind.solidarity.rawValue
                let terms = try SaleTerms(kind: form["kind"], partner: solidarity ? form["partner"] : nil,
                                          referralCode: solidarity ? form["referralCode"] : nil)
                guard form["confirm"] == "1" else {
                    // A form without the version it was read at is taken as chosen on the device as it is now.
                    var version = form["version"].flatMap { Int($0) }
                    if version == nil { version = try await state.database.device(tag: tag)?.version }
                    return HTMLResponse.redirect(to: Self.confirmationPath(tag, terms: terms, version: version, seen: form["seen"].flatMap { Int($0) }))
                }
                // The confirmation always carries the version it was shown at: without it, a post could
                // not be told from one sent again after the sale.
                guard let version = form["version"].flatMap({ Int($0) }) else {
                    throw Shop.InputError(message: Message("ui.shop.sale.staleForm"))
                }
                let sold = try await state.database.sell(tag, price: try Self.confirmedPrice(form), terms: terms,
                                                   payment: try WorkshopController.payment(form["payment"]),
                                                   expectedVersion: version, actor: try context.actor(), at: Date(),
                                                   day: WorkshopClock.civilDay())
                return HTMLResponse.redirect(to: Shop.path(tag) + "/receipt?done=sold&v=\(sold.version)")
            } catch {
                return try await refused(error, form: "sale", fields: form, tag: tag, context: context)
            }
        }
    }

    /// Where a refused form goes: to the page as it is now, saying what changed, after a version
    /// conflict; else to the page with the refusal next to the form (kept for this viewer). Faults
    /// (5xx) are left to the error page.
    private func refused(_ error: any Error, form: String, fields: FormFields, tag: AssetTag,
                         context: RefurbRequestContext) async throws -> Response {
        if case StoreError.versionConflict = error {
            let since = fields["seen"].flatMap { Int($0) }.map { "since=\($0)&" } ?? ""
            return HTMLResponse.redirect(to: Shop.path(tag) + "?" + since + "conflict=1")
        }
        guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
        guard let viewer = ShownSecrets.viewer(context.credential),
              let device = try await state.database.device(tag: tag) else { throw error }
        var kept = fields.values
        kept["_csrf"] = nil
        refusals.keep(.init(form: form, text: refusal.text, fields: kept, version: device.version), about: Shop.path(tag), for: viewer)
        return HTMLResponse.redirect(to: Shop.path(tag) + "?refused=\(form)")
    }

    /// The page showing the sale chosen, to confirm: its kind and partner (or referral code), and the
    /// version of the device it was chosen on, in the address (a partner is an organisation, never a person).
    static func confirmationPath(_ tag: AssetTag, terms: SaleTerms, version: Int?, seen: Int?) -> String {
        var query = [URLQueryItem(name: "sale", value: terms.kind.rawValue)]
        if let partner = terms.partner { query.append(URLQueryItem(name: "partner", value: partner)) }
        if let code = terms.referralCode { query.append(URLQueryItem(name: "code", value: code.shown)) }
        if let version { query.append(URLQueryItem(name: "v", value: String(version))) }
        if let seen { query.append(URLQueryItem(name: "since", value: String(seen))) }
        var components = URLComponents()
        components.queryItems = query
        // URLComponents leaves "+" as is, which a form decoder reads as a space.
        let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return Shop.path(tag) + "?" + encoded
    }

    /// Grades and prices the device: at the price typed, or at the suggestion for the grade chosen.
    private func price(_ tag: AssetTag, form: FormFields, context: RefurbRequestContext) async throws -> Device {
        guard let grade = form["grade"].flatMap({ Grade(text: $0) }) else {
            throw Shop.InputError(message: Message("ui.shop.price.gradeMissing"))
        }
        let price: Money
        if form["useSuggested"] != nil {
            price = try await PriceSuggestionSource(database: state.database).suggestion(for: tag, grade: grade).suggestion.price
        } else {
            price = try MoneyFormat.parse(form["price"] ?? "")
        }
        return try await state.database.setGradeAndPrice(tag, grade: grade, price: price, expectedVersion: form["version"].flatMap { Int($0) },
                                                   actor: try context.actor(), at: Date())
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
