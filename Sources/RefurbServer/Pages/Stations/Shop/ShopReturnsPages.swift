import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The returns desk: a sold device comes back, found by its tag or its receipt's number; the claim is
/// received, diagnosed at the bench, then settled. Each claim shows the thirty days left to answer and
/// the guarantee's dates as its claims leave them. Every form answers with a redirect (POST/redirect/GET);
/// a refusal shows the page again with its sentence and what was typed.
struct ShopReturnsPages {
    let state: ServiceState
    let pages: PageLibrary

    static let path = "/shop/returns"

    static func path(_ number: Int64) -> String { "\(path)/\(ReceiptNumber.text(number))" }

    func register(on routes: APIRoutes) {
        // Technicians see the returns and record what the bench found; the shop records returns and settles them.
        routes.page(.get, Self.path, .permission(.gradeAndPrice)) { request, context in
            try await desk(context, extra: Self.notice(request, in: context.language))
        }
        routes.page(.post, Self.path, .permission(.sell)) { request, context -> Response in
            let form = try await Shop.form(request)
            let typed = ["scan": form["scan"] ?? "", "complaint": form["complaint"] ?? ""]
            do {
                let tag = try await state.database.claimDevice(scanned: typed["scan"]!)
                let claim = try await state.database.openClaim(tag, complaint: typed["complaint"]!, actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: Self.path(claim.number) + "?done=opened")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                return try await desk(context, status: refusal.status, extra: ["error": refusal.text, "typed": typed])
                    .response(from: request, context: context)
            }
        }
        routes.page(.get, Self.path + "/{number}", .permission(.gradeAndPrice)) { request, context in
            try await claimPage(context, number: try SalesController.number(context), extra: Self.notice(request, in: context.language))
        }
        routes.page(.post, Self.path + "/{number}/diagnosis", .permission(.gradeAndPrice)) { request, context -> Response in
            let number = try SalesController.number(context)
            let form = try await Shop.form(request)
            do {
                _ = try await state.database.diagnoseClaim(number, diagnosis: form["diagnosis"] ?? "", actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: Self.path(number) + "?done=diagnosed")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                return try await claimPage(context, number: number, status: refusal.status,
                                     extra: ["diagnosisError": refusal.text, "typed": ["diagnosis": form["diagnosis"] ?? ""]])
                    .response(from: request, context: context)
            }
        }
        routes.page(.post, Self.path + "/{number}/outcome", .permission(.sell)) { request, context -> Response in
            let number = try SalesController.number(context)
            let form = try await Shop.form(request)
            let fields = ["outcome", "reason", "amount", "payment", "replacement"]
            let typed = Dictionary(uniqueKeysWithValues: fields.map { ($0, form[$0] ?? "") })
            do {
                let amount = try typed["amount"]!.trimmingSpaces().isEmpty ? nil
                    : MoneyFormat.parse(typed["amount"]!, field: "amount").cents
                let settlement = try SalesController.settlement(outcome: typed["outcome"]!, reason: typed["reason"], amountCents: amount,
                                                                payment: typed["payment"], replacement: typed["replacement"])
                _ = try await state.database.settleClaim(number, settlement, actor: try context.actor(), at: Date())
                return HTMLResponse.redirect(to: Self.path(number) + "?done=settled")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                return try await claimPage(context, number: number, status: refusal.status, extra: ["outcomeError": refusal.text, "typed": typed])
                    .response(from: request, context: context)
            }
        }
    }

    static func notice(_ request: Request, in language: Language) -> [String: Any] {
        guard let done = request.uri.queryParameters["done"].map(String.init), ["opened", "diagnosed", "settled"].contains(done) else { return [:] }
        var arguments: [String] = []
        if done == "opened", let number = request.uri.path.split(separator: "/").last { arguments.append(String(number)) }
        return ["notice": Message(key: "ui.returns.done.\(done)", arguments: arguments).text(in: language, catalog: UIMessages.catalog)]
    }

    private func words(_ key: String, _ arguments: String..., in language: Language) -> String {
        Message(key: key, arguments: arguments).text(in: language, catalog: UIMessages.catalog)
    }

    /// The answer's countdown: days left, the last day, or how late.
    private func countdown(_ claim: GuaranteeClaim, in language: Language) -> (text: String, late: Bool) {
        let received = SaleDocument.day(claim.receivedAt)
        let due = ClaimRules.answerDue(receivedOn: received).shown(in: language)
        let left = ClaimRules.daysLeft(receivedOn: received, today: SaleDocument.day(Date()))
        if left > 0 { return (words("ui.returns.daysLeft", due, String(left), in: language), false) }
        if left == 0 { return (words("ui.returns.lastDay", due, in: language), false) }
        return (words("ui.returns.late", due, String(-left), in: language), true)
    }

    private func row(_ claim: GuaranteeClaim, in language: Language) -> [String: Any] {
        var row: [String: Any] = [
            "number": ReceiptNumber.text(claim.number), "path": Self.path(claim.number), "tag": claim.assetTag.text,
            "received": WorkshopClock.displayDay(claim.receivedAt, in: language),
            "state": claim.state.label.text(in: language, catalog: UIMessages.catalog),
        ]
        if claim.state.isOpen {
            let (text, late) = countdown(claim, in: language)
            row["answer"] = text
            if late { row["late"] = true }
        }
        return row
    }

    private func desk(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        var values = PageContext.base(context, page: "shop", title: words("ui.returns.title", in: language))
        let waiting = try await state.database.openClaims().map { row($0, in: language) }
        let settled = try await state.database.settledClaims(limit: 20).map { row($0, in: language) }
        values["waiting"] = waiting
        values["settled"] = settled
        if !waiting.isEmpty { values["hasWaiting"] = true }
        if !settled.isEmpty { values["hasSettled"] = true }
        if context.credential?.account.can(.sell) == true { values["canOpen"] = true }
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "shop-returns"), status: status)
    }

    private func claimPage(_ context: RefurbRequestContext, number: Int64, status: HTTPResponse.Status = .ok,
                           extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        let claim = try await state.database.claim(number)
        guard let device = try await state.database.device(tag: claim.assetTag),
              let receipt = try await state.database.receipt(number: claim.receiptNumber) else {
            throw StoreError.deviceNotFound(claim.assetTag.text)
        }
        let guarantee = try await ReturnGuarantee.of(claim, state: state)
        let saleGuarantee = LegalGuarantee(soldOn: SaleDocument.day(receipt.soldAt))
        let received = SaleDocument.day(claim.receivedAt)
        var values = PageContext.base(context, page: "shop", title: words("ui.returns.heading", ReceiptNumber.text(number), in: language))
        values.merge(Shop.compact([
            "number": ReceiptNumber.text(number),
            "tag": claim.assetTag.text,
            "devicePath": Shop.path(claim.assetTag),
            "benchPath": context.credential?.account.can(.submitDiagnostics) == true ? "/bench/\(claim.assetTag.text)" : nil,
            "description": ShopDeviceWords.description(of: device, in: language),
            "serial": device.serial?.text,
            "stage": device.stage.label.text(in: language, catalog: UIMessages.catalog),
            "receiptNumber": ReceiptNumber.text(receipt.number),
            "receiptPath": receipt.assetTag == claim.assetTag && device.stage == .sold ? "\(Shop.path(claim.assetTag))/receipt" : nil,
            "receiptPdf": "/api/receipts/\(ReceiptNumber.text(receipt.number))/pdf",
            "soldOn": WorkshopClock.displayDay(receipt.soldAt, in: language),
            "complaint": claim.complaint,
            "receivedBy": words("ui.returns.receivedOn", WorkshopClock.display(claim.receivedAt, in: language), claim.receivedBy, in: language),
            "state": claim.state.label.text(in: language, catalog: UIMessages.catalog),
            "coverage": words(saleGuarantee.covers(received) || guarantee.covers(received) ? "ui.returns.underGuarantee" : "ui.returns.outOfGuarantee", in: language),
            "presumed": saleGuarantee.presumes(received) ? words("ui.returns.presumed", in: language) : nil,
            "guaranteeEnds": SaleDocument.text("guarantee.legalEnds", guarantee.ends.shown(in: language), in: language),
            "presumptionEnds": SaleDocument.text("guarantee.presumptionEnds", guarantee.presumptionEnds.shown(in: language), in: language),
            "diagnosed": claim.diagnosis.map { words("ui.returns.diagnosedBy", claim.diagnosedAt.map { WorkshopClock.display($0, in: language) } ?? "",
                                                      claim.diagnosedBy ?? "", $0, in: language) },
        ])) { _, new in new }
        if claim.state.isOpen {
            let (text, late) = countdown(claim, in: language)
            values["answer"] = text
            if late { values["late"] = true }
        }
        switch claim.state {
        case .received:
            values["diagnosisForm"] = true
        case .diagnosed:
            if context.credential?.account.can(.sell) == true { values["outcomeForm"] = true }
            let chosen = (extra["typed"] as? [String: String])?["outcome"] ?? ""
            values["outcomes"] = ClaimOutcome.allCases.map { outcome -> [String: Any] in
                ["value": outcome.rawValue, "label": outcome.label.text(in: language, catalog: UIMessages.catalog),
                 "checked": outcome.rawValue == chosen]
            }
            values["payments"] = PaymentMethod.allCases.filter { $0 != .unspecified }.map { method -> [String: Any] in
                ["value": method.rawValue, "label": method.label.text(in: language, catalog: SaleDocument.catalog)]
            }
        case .settled(let outcome):
            var lines = [words("ui.returns.settledBy", claim.settledAt.map { WorkshopClock.display($0, in: language) } ?? "",
                               claim.settledBy ?? "", outcome.label.text(in: language, catalog: UIMessages.catalog) + (claim.reason.map { " — " + $0 } ?? ""),
                               in: language)]
            if let amount = claim.amount {
                lines.append(words("ui.returns.settledAmount", Quantity.money.shown(amount.cents, in: language, catalog: UIMessages.catalog), in: language))
            }
            if let sequence = claim.refundSequence { lines.append(words("ui.returns.refundEntry", String(sequence), in: language)) }
            if let replacement = claim.replacementTag { lines.append(words("ui.returns.replacedBy", replacement.text, in: language)) }
            values["settledLines"] = lines
        }
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "shop-return"), status: status)
    }
}
