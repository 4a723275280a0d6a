import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// One device at the shop. At the top, what leads to the sale: the device, the price that will be
/// charged in large type and the two sale buttons (public price, solidarity price with its partner), or
/// the confirmation of the sale chosen, or the one next step when it is not on sale yet, with the
/// suggested price as a side note. Below: the grade and price form, how the suggestion was reached, the
/// price label (preview and printing, done by shop.js with the station's printer), and the device's facts.
///
/// Every form posts and is redirected here (POST/redirect/GET, see ShopDeviceForms): what the page says
/// after a form is read from its address and checked against the device as it is now, so that Back, F5
/// and an old tab show the truth and never post anything again.
struct ShopDevicePage {
    let state: ServiceState
    let pages: PageLibrary
    let refusals: RefusedForms

    /// What the page shows besides the device, as the address after a form's redirect says it.
    struct Request {
        /// A change that went through (`?done=priced&v=12`): shown only while the device is still at the
        /// version that change made, so that a later visit to the same address does not repeat it.
        var done: String?
        var doneVersion: Int?
        /// The form whose refusal RefusedForms holds (`?refused=price`).
        var refusedForm: String?
        /// How many events of the device's history the person had seen (`?since=14`): after a version
        /// conflict, the ones after are said, the "what changed".
        var since: Int?
        /// The change that led here was refused for that conflict (`&conflict=1`): it was not recorded.
        var conflict = false
        /// A sale chosen, waiting for its confirmation (`?sale=solidarity&partner=…&v=12`).
        var sale: Sale?
    }

    struct Sale {
        let kind: String?
        let partner: String?
        let referralCode: String?
        /// The version of the device when the sale was chosen: a device changed since is not sold on
        /// that choice; the page says what changed instead.
        let version: Int?
    }

    struct Confirmation {
        let terms: SaleTerms
        let price: Money
        let version: Int
        /// The referral code the sale will redeem, as it stands now.
        var referral: ReferralCodeStatus?
    }

    /// The notices a form's redirect may announce; only these are shown.
    static let doneCodes: Set<String> = ["priced", "ready"]
    /// A labelled price further than this share of the suggestion from it is flagged (a quarter: more
    /// than the whole step from grade A to grade C in the shipped rules, so a typo such as 1 100 for 110,
    /// or a grade changed after pricing, rather than a choice).
    static let largeGapShare = 4
    /// The changes said after a conflict, the latest ones.
    static let changesShown = 5

    func render(_ context: RefurbRequestContext, tag: AssetTag, request: Request = Request()) async throws -> HTMLResponse {
        let language = context.language
        guard let stored = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        let refusal = request.refusedForm.flatMap { form in
            ShownSecrets.viewer(context.credential).flatMap {
                refusals.refusal(of: form, about: Shop.path(tag), for: $0, version: stored.version)
            }
        }
        let priceForm = refusal?.form == "price" ? refusal?.fields : nil
        let saleForm = refusal?.form == "sale" ? refusal?.fields : nil

        // A grade chosen on a form that was refused is the one the suggestion uses when the page comes back.
        let typedGrade = priceForm?["grade"].flatMap { Grade(text: $0) }
        let priced = try await PriceSuggestionSource(database: state.database).suggestion(for: tag, grade: typedGrade)
        let (device, specs, suggestion, rules) = (priced.device, priced.specs, priced.suggestion, priced.rules)
        let history = try await state.database.history(of: tag)
        let account = context.credential?.account
        let editable = !device.stage.hasLeftWorkshop
        let description = ShopDeviceWords.description(of: device, in: language)
        var values = PageContext.base(context, page: "shop", title: Shop.text("ui.shop.device.title", tag.text, in: language))
        // The display name (price label and card) and the maker and model are typed on the correction page.
        if editable || account?.roles.contains(.admin) == true {
            values["namePath"] = CorrectionPages.devicePath(tag.text, back: "/shop/\(tag.text)")
        }
        // A public body's device (loi 3DS): its cap and its solidarity-only sale said before anyone tries.
        if try await state.database.lot(code: device.lotCode)?.lot.donorType == .publicBody {
            values["publicDonor"] = PublicDonorPriceCap.cap(for: device.category).map {
                Shop.text("ui.shop.publicDonor", String($0.ceiling.cents), PublicDonorPriceCap.legalReference, in: language)
            } ?? Shop.text("ui.shop.publicDonorNoCap", in: language)
        }
        func shown(_ money: Money) -> String { Quantity.money.shown(money.cents, in: language, catalog: Shop.catalog) }
        func label(_ message: Message) -> String { message.text(in: language, catalog: Shop.catalog) }
        let outOfRange = Shop.text("range.outOfRange", in: language)

        // The sale chosen on this version of the device, or what changed since it was chosen.
        var confirmation: Confirmation?
        var saleError = refusal?.form == "sale" ? refusal?.text : nil
        var since = request.since
        if let sale = request.sale, refusal == nil, sale.version == device.version {
            since = nil
            do {
                // A partner typed before choosing the public price is not part of the sale.
                let solidarity = sale.kind == SaleKind.solidarity.rawValue
                let terms = try SaleTerms(kind: sale.kind, partner: solidarity ? sale.partner : nil,
                                          referralCode: solidarity ? sale.referralCode : nil)
                confirmation = try await self.confirmation(device, terms: terms, rules: rules)
            } catch {
                guard let refused = Shop.refusal(error, in: language) else { throw error }
                saleError = refused.text
            }
        }
        let changes = since.map { Self.changes(in: history, since: $0, language: language) } ?? []

        let grade = typedGrade ?? device.grade
        let canSell = account?.can(.sell) == true && device.stage == .ready
        let canMakeReady = account?.can(.move) == true && device.stage == .wiped && device.grade != nil && device.price != nil
        let notice = request.done.flatMap { code -> String? in
            guard Self.doneCodes.contains(code), request.doneVersion == device.version else { return nil }
            return Shop.text("ui.shop.done.\(code)", in: language)
        }
        // After each save, the focus goes to the next thing to do; a scan field otherwise, for the scanner.
        let focus: String = {
            if confirmation != nil { return "confirmSale" }
            switch refusal?.form {
            case "price": return "priceInput"
            case "sale":
                guard saleForm?["kind"] == SaleKind.solidarity.rawValue else { return "sellPublic" }
                // The field the person used; the code (the usual way) when neither was filled.
                return (saleForm?["partner"] ?? "").trimmingSpaces().isEmpty ? "referralCode" : "partner"
            case "ready": return "makeReady"
            default: break
            }
            // A solidarity sale refused before its confirmation (a code used up, expired or unknown): back to the field used.
            if saleError != nil, let sale = request.sale, sale.kind == SaleKind.solidarity.rawValue {
                return (sale.partner ?? "").trimmingSpaces().isEmpty ? "referralCode" : "partner"
            }
            if notice != nil, request.done == "priced", canMakeReady { return "makeReady" }
            if editable && device.price == nil { return "priceInput" }
            return "scan"
        }()

        values.merge(Shop.compact([
            "tag": tag.text,
            "path": Shop.path(tag),
            "description": description,
            "serial": device.serial?.text,
            "lot": device.lotCode.text,
            "stage": label(device.stage.label),
            "stageCode": device.stage.rawValue,
            "grade": device.grade?.label.text(in: language, catalog: Shop.catalog),
            "price": device.price.map(shown),
            "version": String(device.version),
            "seen": String(history.count),
            "specs": ShopDeviceWords.specRows(specs, in: language),
            "suggestedPrice": shown(suggestion.price),
            "suggestedSolidarity": rules.solidarityPrice(for: suggestion.price).map(shown) ?? outOfRange,
            "suggestedGrade": specs.grade?.rawValue,
            "gap": typedGrade == nil ? Self.gap(device.price, suggestion: suggestion.price, shown: shown, in: language) : nil,
            "lines": ShopDeviceWords.lineRows(suggestion, in: language),
            "editable": editable ? true : nil,
            "grades": Grade.allCases.map { option -> [String: Any] in
                ["value": option.rawValue, "label": label(option.label), "checked": option == grade]
            },
            "priceValue": priceForm?["price"] ?? device.price.map { Shop.plainAmount($0, in: language) },
            "errorPrice": refusal?.form == "price" ? refusal?.text : nil,
            "errorReady": refusal?.form == "ready" ? refusal?.text : nil,
            "errorSale": saleError,
            "labelTemplate": Shop.priceTemplates(state).first,
            "focus": [focus: true],
            "notice": notice,
            "changed": changes.isEmpty ? nil : Shop.compact([
                "lines": changes,
                "notRecorded": request.conflict && request.sale == nil ? Shop.text("ui.shop.changed.notRecorded", in: language) : nil,
            ]),
            "canMakeReady": canMakeReady ? true : nil,
            "nextPrice": editable && device.stage == .wiped && !canMakeReady && (device.grade == nil || device.price == nil) ? true : nil,
            "notReady": device.stage != .ready && device.stage != .sold
                ? Shop.text("ui.shop.sale.notReady", label(device.stage.label), in: language) : nil,
            "cannotSell": device.stage == .ready && !canSell ? true : nil,
        ])) { _, new in new }

        if let confirmation {
            values["confirm"] = Shop.compact([
                "kind": confirmation.terms.kind.rawValue,
                "price": shown(confirmation.price),
                "priceCents": String(confirmation.price.cents),
                "partner": confirmation.referral?.partner.name ?? confirmation.terms.partner,
                "referralCode": confirmation.referral?.code.shown,
                "referralUse": confirmation.referral.map {
                    Shop.text("ui.shop.confirm.referralUse", String($0.used + 1), String($0.quota), $0.lastDay.shown(in: language), in: language)
                },
                "version": String(confirmation.version),
                "question": Shop.text("ui.shop.confirm.question", tag.text, description, shown(confirmation.price),
                                      label(confirmation.terms.kind.label), in: language),
            ])
        } else if canSell, let publicPrice = device.price {
            let solidarity = rules.solidarityPrice(for: publicPrice)
            values["choice"] = Shop.compact([
                "publicPrice": shown(publicPrice),
                "solidarityPrice": solidarity.map(shown) ?? outOfRange,
                "solidarityPercent": String(rules.solidarityPercent),
                "rounding": solidarity.map { Self.rounding(publicPrice, to: $0, rules: rules, shown: shown, in: language) },
                "canSellSolidarity": solidarity == nil ? nil : true,
                // What was typed, when the sale was refused (by its form, or before its confirmation).
                "partner": saleForm?["partner"] ?? request.sale?.partner,
                "referralCode": saleForm?["referralCode"] ?? request.sale?.referralCode,
            ])
        }
        if device.stage == .sold, let sale = ShopSaleRecord.latest(in: history) {
            values["sold"] = [
                "paid": shown(sale.price),
                "line": Shop.text("ui.shop.sale.sold", WorkshopClock.displayDay(sale.date, in: language),
                                  WorkshopClock.displayTime(sale.date), label(sale.terms.kind.label), in: language)
                    + (sale.terms.partner.map { " " + Shop.text("ui.shop.confirm.partner", in: language) + " " + $0 } ?? ""),
                "receiptPath": Shop.path(tag) + "/receipt",
            ]
        }
        return HTMLResponse(html: pages.render(values, page: "shop-device"))
    }

    /// What the sale will be, for the person to confirm: refused now, rather than after the
    /// confirmation, when the device may not be sold.
    func confirmation(_ device: Device, terms: SaleTerms, rules: PricingRules) async throws -> Confirmation {
        let tag = device.assetTag
        let broken = Lifecycle.brokenRules(from: device.stage, to: .sold, facts: try await state.database.facts(for: tag))
        guard broken.isEmpty else { throw StoreError.refused(LifecycleRefusal(from: device.stage, to: .sold, rules: broken)) }
        guard let listed = device.price else { throw StoreError.invalidInput(Message("money.empty")) }
        guard listed.isAllowed else { throw StoreError.invalidInput(Message("range.storedPrice", tag.text, String(listed.cents))) }
        var price = listed
        if terms.kind == .solidarity {
            guard let reduced = rules.solidarityPrice(for: listed) else {
                throw StoreError.invalidInput(Message("range.solidarityStored", String(rules.solidarityPercent)))
            }
            price = reduced
        }
        // A code is checked now, so that an expired or used-up slip is said before the confirmation; the
        // sale checks it again in its own transaction.
        var referral: ReferralCodeStatus?
        if let code = terms.referralCode {
            guard let status = try await state.database.referralCodeStatus(code) else {
                throw StoreError.invalidInput(ReferralError.codeUnknown(code).message)
            }
            if let refusal = status.refusal(on: WorkshopClock.civilDay()) { throw StoreError.conflict(refusal.message) }
            referral = status
        }
        return Confirmation(terms: terms, price: price, version: device.version, referral: referral)
    }

    /// The events after the first `since` of the history, the latest `changesShown`, each with who and when.
    static func changes(in history: [Event], since: Int, language: Language) -> [String] {
        guard since >= 0, since < history.count else { return [] }
        return history[since...].suffix(changesShown).map { event in
            Shop.text("ui.shop.changed.line", event.change.summary(in: language, catalog: Shop.catalog), event.actor.user,
                      WorkshopClock.displayDay(event.occurredAt, in: language) + " " + WorkshopClock.displayTime(event.occurredAt),
                      in: language)
        }
    }

    /// How the solidarity price comes from the public one: the reduction, then the rounding to a price a
    /// label can show, never above the public price.
    static func rounding(_ publicPrice: Money, to charged: Money, rules: PricingRules,
                         shown: (Money) -> String, in language: Language) -> String {
        let exact = Money(cents: (publicPrice.cents * (100 - rules.solidarityPercent) + 50) / 100)
        let arguments = [shown(publicPrice), String(rules.solidarityPercent), shown(exact)]
        if charged == exact {
            return Message(key: "ui.shop.sale.roundingNone", arguments: arguments).text(in: language, catalog: Shop.catalog)
        }
        if charged == publicPrice && rules.rounded(exact.cents) > publicPrice.cents {
            return Message(key: "ui.shop.sale.roundingCapped", arguments: arguments + [shown(charged)]).text(in: language, catalog: Shop.catalog)
        }
        return Message(key: "ui.shop.sale.rounding", arguments: arguments + [shown(Money(cents: max(rules.roundingCents, 1))), shown(charged)])
            .text(in: language, catalog: Shop.catalog)
    }

    /// A sentence when the labelled price is far from the suggested one, else nil.
    static func gap(_ price: Money?, suggestion: Money, shown: (Money) -> String, in language: Language) -> String? {
        guard let price, price.isAllowed, suggestion.cents > 0 else { return nil }
        let difference = abs(price.cents - suggestion.cents)
        guard difference * largeGapShare > suggestion.cents else { return nil }
        let percent = (difference * 100 + suggestion.cents / 2) / suggestion.cents
        return Shop.text(price.cents > suggestion.cents ? "ui.shop.suggestion.gapAbove" : "ui.shop.suggestion.gapBelow",
                         shown(price), String(percent), shown(suggestion), in: language)
    }
}
