import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The receipt's PDF, and the invoice the shop makes for an association or a company from the receipt
/// page (POST, then back to the receipt with the invoice's link), and its PDF.
struct ShopReceiptDocuments {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        routes.page(.get, "/shop/{tag}/receipt.pdf", .permission(.gradeAndPrice)) { _, context in
            let receipt = try await receipt(try DevicesController.tag(context))
            return try await SalesController.pdf(SaleDocument.load(receipt, state: state, language: context.language))
        }
        routes.page(.get, "/shop/{tag}/invoice.pdf", .permission(.gradeAndPrice)) { _, context in
            let receipt = try await receipt(try DevicesController.tag(context))
            guard let invoice = try await state.database.invoice(receipt: receipt.number) else {
                throw StoreError.notFound(Message("invoice.missing", ReceiptNumber.text(receipt.number)))
            }
            return try await SalesController.pdf(SaleDocument.load(receipt, invoice: invoice, state: state, language: context.language))
        }
        routes.page(.post, "/shop/{tag}/invoice", .permission(.sell)) { request, context -> Response in
            let tag = try DevicesController.tag(context)
            let form = try await Shop.form(request)
            let typed = ["buyerName": form["buyerName"] ?? "", "buyerAddress": form["buyerAddress"] ?? "", "buyerSiret": form["buyerSiret"] ?? ""]
            do {
                let invoice = try await SalesController.issueInvoice(state, receipt: try await receipt(tag), name: typed["buyerName"]!,
                                                               address: typed["buyerAddress"]!, siret: typed["buyerSiret"]!,
                                                               actor: try context.actor())
                return HTMLResponse.redirect(to: "\(Shop.path(tag))/receipt?invoice=\(ReceiptNumber.text(invoice.number))")
            } catch {
                guard let refusal = Shop.refusal(error, in: context.language) else { throw error }
                let page = ShopReceiptPage(state: state, pages: pages)
                return try await page.render(context, tag: tag, extra: ["invoiceError": refusal.text, "invoiceTyped": typed, "invoiceOpen": true],
                                       status: refusal.status).response(from: request, context: context)
            }
        }
    }

    private func receipt(_ tag: AssetTag) async throws -> SaleReceipt {
        guard let receipt = try await state.database.latestReceipt(of: tag) else {
            throw StoreError.notFound(Message("receipt.noneForDevice", tag.text))
        }
        return receipt
    }

    /// "Invoice no. 000003 made." after the invoice's redirect (`?invoice=000003`): digits only are shown.
    static func noticeValues(_ request: Request, in language: Language) -> [String: Any] {
        guard let number = request.uri.queryParameters["invoice"].flatMap({ ReceiptNumber.parse(String($0)) }) else { return [:] }
        return ["invoiceNotice": SaleDocument.text("ui.sales.done.invoice", ReceiptNumber.text(number), in: language)]
    }
}
