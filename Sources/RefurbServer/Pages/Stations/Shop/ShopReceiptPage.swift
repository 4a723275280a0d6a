import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The receipt of a sale, to print: the workshop, the day, the device, the price paid and at which
/// kind of price, and what became of each of its drives (erased, with the certificate's number, or
/// removed and destroyed). It names the referring partner of a solidarity sale and no one else.
struct ShopReceiptPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        routes.page(.get, "/shop/{tag}/receipt", .permission(.gradeAndPrice)) { request, context in
            let query = request.uri.queryParameters
            return try await render(context, tag: try DevicesController.tag(context),
                              done: query["done"] == "sold" ? query["v"].flatMap { Int(String($0)) } : nil,
                              extra: ShopReceiptDocuments.noticeValues(request, in: context.language))
        }
    }

    /// `done` is the version the sale made (`?done=sold&v=13`, after the sale's redirect): "Sale recorded"
    /// is said while the device is still at that version, and not on a later visit to the same address.
    func render(_ context: RefurbRequestContext, tag: AssetTag, done: Int? = nil, extra: [String: Any] = [:],
                status: HTTPResponse.Status = .ok) async throws -> HTMLResponse {
        let language = context.language
        guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        var values = PageContext.base(context, page: "shop", title: Shop.text("ui.shop.receipt.title", in: language))
        values["tag"] = tag.text
        values["path"] = Shop.path(tag)
        let history = try await state.database.history(of: tag)
        guard device.stage == .sold, let sale = ShopSaleRecord.latest(in: history) else {
            values["notSold"] = Shop.text("ui.shop.receipt.notSold", tag.text,
                                          device.stage.label.text(in: language, catalog: Shop.catalog), in: language)
            return HTMLResponse(html: pages.render(values, page: "shop-receipt"), status: .conflict)
        }
        let moment = WorkshopClock.display(sale.date)
        // The numbered receipt and its legal mentions (a sale recorded before receipts were numbered has none).
        if let receipt = try await state.database.latestReceipt(of: tag) {
            let invoice = try await state.database.invoice(receipt: receipt.number)
            values.merge(try await SaleDocument.load(receipt, invoice: invoice, state: state, language: language).pageValues) { _, new in new }
            values["pdfPath"] = "\(Shop.path(tag))/receipt.pdf"
            if let invoice {
                values["invoicePath"] = "\(Shop.path(tag))/invoice.pdf"
                values["invoiceLink"] = SaleDocument.text("ui.sales.invoicePdf", ReceiptNumber.text(invoice.number), in: language)
            } else if context.credential?.account.can(.sell) == true {
                values["invoiceForm"] = true
            }
        } else {
            // A sale recorded before receipts were numbered keeps the number its receipt had: tag and day.
            values["receiptNumber"] = "\(tag.text)-\(WorkshopClock.today(sale.date).replacingOccurrences(of: "-", with: ""))"
        }
        values.merge(Shop.compact([
            "sale": true,
            "notice": done == device.version ? Shop.text("ui.shop.done.sold", in: language) : nil,
            "workshop": try await OfficeLotPages.identity(state).identity.name,
            "day": WorkshopClock.displayDay(sale.date, in: language),
            "time": String(moment.suffix(5)),
            "description": ShopDeviceWords.description(of: device, in: language),
            "serial": device.serial?.text,
            "grade": device.grade?.label.text(in: language, catalog: Shop.catalog),
            "paid": Quantity.money.shown(sale.price.cents, in: language, catalog: Shop.catalog),
            "kind": sale.terms.kind.label.text(in: language, catalog: Shop.catalog),
            "solidarity": sale.terms.kind == .solidarity ? true : nil,
            "partner": sale.terms.partner,
            "publicPrice": sale.terms.kind == .solidarity ? device.price.map { Quantity.money.shown($0.cents, in: language, catalog: Shop.catalog) } : nil,
            "drives": try await drives(of: tag, history: history, language: language),
        ])) { _, new in new }
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "shop-receipt"), status: status)
    }

    /// Each drive the last report found, with the proof that it holds no one's data any more.
    private func drives(of tag: AssetTag, history: [Event], language: Language) async throws -> [[String: String]] {
        let evidence = EventReplay.facts(after: history.map(\.change)).erasure
        let certificates = try await state.database.certificates(of: tag).filter(\.passed)
        var rows: [[String: String]] = []
        for drive in evidence.storageFound {
            let ids = certificates.filter { SerialNumber.key(for: $0.storage) == drive }.map(\.id)
            if evidence.destroyed.contains(drive) {
                rows.append(["drive": drive, "outcome": Shop.text("ui.shop.receipt.destroyed", in: language)])
            } else if let latest = ids.last, evidence.erased.contains(drive) {
                rows.append(["drive": drive, "outcome": Shop.text("ui.shop.receipt.erased", in: language), "certificate": latest])
            }
        }
        // A drive taken out before the probe ran is only known by its destruction record.
        for drive in evidence.destroyed.sorted() where !evidence.storageFound.contains(drive) {
            rows.append(["drive": drive, "outcome": Shop.text("ui.shop.receipt.destroyed", in: language)])
        }
        if rows.isEmpty {
            rows.append(["drive": Shop.text("ui.shop.receipt.noDrive", in: language), "outcome": Shop.text("ui.shop.receipt.noDriveConfirmed", in: language)])
        }
        return rows
    }
}
