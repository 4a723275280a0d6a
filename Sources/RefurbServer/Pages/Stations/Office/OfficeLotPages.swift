import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Lots and donors: the list of lots, one lot's devices with their stage and erasure state, and the
/// lot's donor report as a PDF.
struct OfficeLotPages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        routes.page(.get, "/office/lots", .signedIn) { _, context in
            try list(context)
        }
        routes.page(.get, "/office/lots/{code}", .signedIn) { _, context in
            try lot(context, code: try Self.code(context))
        }
        routes.page(.get, "/office/lots/{code}/report.pdf", .signedIn) { _, context -> Response in
            try await report(context, code: try Self.code(context))
        }
    }

    static func code(_ context: RefurbRequestContext) throws -> LotCode {
        try LotCode(parsing: try context.parameter("code"))
    }

    private func list(_ context: RefurbRequestContext) throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .lots, title: Office.text("ui.office.lots.title", in: language))
        let lots = try state.database.lots()
        values["lots"] = lots.map { summary -> [String: Any] in
            let lot = summary.lot
            return Office.compact([
                "code": lot.code.text,
                "donor": lot.donorName,
                "site": lot.site,
                "receivedOn": Office.storedDay(lot.receivedOn, in: language),
                "count": summary.deviceCount,
                "declared": lot.declaredCount.map(String.init),
                "weight": lot.weightGrams.map { OfficeFormat.lotWeight(grams: $0, in: language) },
            ])
        }
        values["hasLots"] = !lots.isEmpty
        return HTMLResponse(html: pages.render(values, page: "office-lots"))
    }

    private func lot(_ context: RefurbRequestContext, code: LotCode) throws -> HTMLResponse {
        let language = context.language
        let dossier = try LotDossier.load(code, from: state.database)
        let lot = dossier.summary.lot
        var values = Office.values(context, section: .lots, title: Office.text("ui.office.lot.title", lot.code.text, in: language))
        values["lot"] = Office.compact([
            "code": lot.code.text,
            "donor": lot.donorName,
            "site": lot.site,
            "receivedOn": Office.storedDay(lot.receivedOn, in: language),
            "count": lot.declaredCount.map { Office.text("ui.office.lot.countDeclared", String(dossier.entries.count), String($0), in: language) }
                ?? String(dossier.entries.count),
            "weight": lot.weightGrams.map { OfficeFormat.lotWeight(grams: $0, in: language) } ?? Office.text("ui.office.lot.notWeighed", in: language),
            "summary": dossier.summaryText(in: language),
            "reportPath": "/office/lots/\(lot.code.text)/report.pdf",
            "correctPath": context.credential?.account.can(.openLot) == true
                ? CorrectionPages.lotPath(lot.code.text, back: "/office/lots/\(lot.code.text)") : nil,
        ])
        values["devices"] = dossier.entries.map { entry -> [String: Any] in
            let device = entry.device
            return Office.compact([
                "tag": device.assetTag.text,
                "category": Message("category.\(device.category.rawValue)").text(in: language, catalog: UIMessages.catalog),
                "model": entry.model,
                "serial": device.serial?.text,
                "stage": device.stage.label.text(in: language, catalog: UIMessages.catalog),
                "erasure": entry.erasureText(in: language),
                "tone": entry.erasureTone,
                "drives": entry.drives.map { drive -> [String: Any] in
                    var values: [String: Any] = ["storage": drive.storage, "text": drive.text(in: language), "tone": drive.tone]
                    if let certificate = drive.certificate {
                        values["certificatePath"] = "/api/certificates/\(Office.pathSegment(certificate))/pdf"
                        values["certificate"] = certificate
                    }
                    return values
                },
                "hasDrives": !entry.drives.isEmpty,
                "noDrive": entry.drives.isEmpty ? entry.noDriveText(in: language) : nil,
            ])
        }
        values["hasDevices"] = !dossier.entries.isEmpty
        return HTMLResponse(html: pages.render(values, page: "office-lot"))
    }

    private func report(_ context: RefurbRequestContext, code: LotCode) async throws -> Response {
        let dossier = try LotDossier.load(code, from: state.database)
        let document = DonorReportPDF(dossier: dossier, workshopName: state.configuration.workshopName,
                                      language: context.language, date: Date())
        let bytes = try await BlockingWork.run { try document.render() }
        let name = Office.text("ui.office.report.fileName", code.text, in: context.language)
        var headers = HTTPFields()
        headers[.contentType] = "application/pdf"
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
