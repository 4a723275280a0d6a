import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Lots and donors: the list of lots, one lot's devices with their stage and erasure state, and the
/// lot's donor report as a PDF. While some device may still hold data the report is provisional, and the
/// lot's button leads to a page that says so before the download.
struct OfficeLotPages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        routes.page(.get, "/office/lots", .signedIn) { _, context in
            try await list(context)
        }
        routes.page(.get, "/office/lots/{code}", .signedIn) { request, context in
            let printed = request.uri.queryParameters["label"] == "printed"
            return try await lot(context, code: try Self.code(context),
                           label: printed ? (good: true, text: Office.text("ui.office.lot.labelPrinted", in: context.language)) : nil)
        }
        // The pallet's label, on the default printer; the page comes back saying so (POST/redirect/GET), or why not.
        routes.page(.post, "/office/lots/{code}/label", .permission(.printLabel)) { request, context -> Response in
            let code = try Self.code(context)
            do {
                _ = try await LabelsController(state: state).printLotLabel(code, printer: nil, language: context.language)
                return HTMLResponse.redirect(to: "/office/lots/\(code.text)?label=printed#lot-label")
            } catch {
                let (problem, _) = ProblemMiddleware.problem(for: error, language: context.language)
                return try await lot(context, code: code, label: (good: false, text: problem.detail), status: HTTPResponse.Status(code: problem.status))
                    .response(from: request, context: context)
            }
        }
        routes.page(.get, "/office/lots/{code}/report.pdf", .signedIn) { _, context -> Response in
            try await report(context, code: try Self.code(context))
        }
        routes.page(.get, "/office/lots/{code}/report", .signedIn) { request, context -> Response in
            try await reportWarning(request, context, code: try Self.code(context))
        }
    }

    /// The identity an admin saved, else the name the service was started with.
    static func identity(_ state: ServiceState) async throws -> (identity: WorkshopIdentity, isSet: Bool) {
        if let saved = try await state.database.workshopIdentity() { return (saved.identity, true) }
        return (WorkshopIdentity(name: state.configuration.workshopName), false)
    }

    /// Where a device's tag leads in the office: the bench's page of the device for those who work there,
    /// else the shop's; nothing for those who can open neither.
    static func devicePath(_ tag: String, for account: Account?) -> String? {
        guard let account else { return nil }
        if account.can(.submitDiagnostics) { return "/bench/\(tag)" }
        if account.can(.gradeAndPrice) { return "/shop/\(tag)" }
        return nil
    }

    static func code(_ context: RefurbRequestContext) throws -> LotCode {
        try LotCode(parsing: try context.parameter("code"))
    }

    private func list(_ context: RefurbRequestContext) async throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .lots, title: Office.text("ui.office.lots.title", in: language))
        let lots = try await state.database.lots()
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

    private func lot(_ context: RefurbRequestContext, code: LotCode, label: (good: Bool, text: String)? = nil,
                     status: HTTPResponse.Status = .ok) async throws -> HTMLResponse {
        let language = context.language
        let dossier = try await LotDossier.load(code, from: state.database)
        let lot = dossier.summary.lot
        let account = context.credential?.account
        let (identity, identitySet) = try await Self.identity(state)
        let weight = dossier.weight
        let uncleared = dossier.uncleared.map { entry -> [String: Any] in
            Office.compact(["tag": entry.device.assetTag.text, "path": Self.devicePath(entry.device.assetTag.text, for: account)])
        }
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
            "weightOutcome": Office.text("ui.office.lot.weightOutcome", OfficeFormat.kilograms(grams: weight.reusedGrams, in: language),
                                         OfficeFormat.kilograms(grams: weight.recycledGrams, in: language),
                                         OfficeFormat.kilograms(grams: weight.undecidedGrams, in: language), in: language),
            "weightHow": DonorReportPDF.weightExplanation(weight, categories: dossier.entries.map(\.device.category), in: language),
            "reportPath": dossier.isProvisional ? "/office/lots/\(lot.code.text)/report" : "/office/lots/\(lot.code.text)/report.pdf",
            "provisional": dossier.isProvisional
                ? Office.text("ui.office.lot.provisional", String(uncleared.count),
                              DonorReportPDF.tagList(dossier.uncleared.map(\.device.assetTag.text), in: language), in: language) : nil,
            "final": dossier.isProvisional || dossier.entries.isEmpty ? nil : Office.text("ui.office.lot.final", in: language),
            "identityMissing": identitySet ? nil : Office.text("ui.office.lot.identityMissing", identity.name, in: language),
            "identityPath": !identitySet && account?.can(.manageWorkshop) == true ? Office.Section.workshop.path : nil,
            "correctPath": context.credential?.account.can(.openLot) == true
                ? CorrectionPages.lotPath(lot.code.text, back: "/office/lots/\(lot.code.text)") : nil,
        ])
        values["devices"] = dossier.entries.map { entry -> [String: Any] in
            let device = entry.device
            return Office.compact([
                "tag": device.assetTag.text,
                "tagPath": Self.devicePath(device.assetTag.text, for: account),
                "category": Message("category.\(device.category.rawValue)").text(in: language, catalog: UIMessages.catalog),
                "model": entry.model,
                "serial": device.serial?.text,
                "stage": device.stage.label.text(in: language, catalog: UIMessages.catalog),
                "erasure": entry.erasureText(in: language),
                "tone": entry.erasureTone,
                "drives": entry.drives.map { drive -> [String: Any] in
                    var values: [String: Any] = ["storage": drive.name(in: language), "tone": drive.tone,
                                                 // With its reference below, an erased drive's line need not repeat the certificate's id.
                                                 "text": drive.details.reference != nil && drive.isDone
                                                     ? Office.text("ui.report.drive.erased", in: language) : drive.text(in: language)]
                    if drive.details.serial == nil, drive.storage.hasPrefix("PATH:") { values["storageInWords"] = true }
                    if let description = drive.description(in: language) { values["description"] = description }
                    if let detail = drive.erasureDetail(in: language) { values["detail"] = detail }
                    if let certificate = drive.certificate {
                        values["certificatePath"] = "/api/certificates/\(Office.pathSegment(certificate))/pdf"
                        values["certificate"] = certificate
                    }
                    if let reference = drive.details.reference {
                        values["reference"] = Office.text("ui.office.lot.reference", reference.id, reference.fingerprint, in: language)
                        values["verifyPath"] = "/api/certificates/\(Office.pathSegment(reference.id))/verification?fingerprint=\(reference.fingerprint)"
                    }
                    return values
                },
                "hasDrives": !entry.drives.isEmpty,
                "noDrive": entry.drives.isEmpty ? entry.noDriveText(in: language) : nil,
            ])
        }
        values["hasDevices"] = !dossier.entries.isEmpty
        if account?.can(.printLabel) == true { values["canPrintLabel"] = true }
        if let label { values["labelMessage"] = ["tone": label.good ? "good" : "error", "good": label.good, "text": label.text] as [String: Any] }
        return HTMLResponse(html: pages.render(values, page: "office-lot"), status: status)
    }

    /// Before a provisional report is downloaded: which devices may still hold data, and the choice.
    private func reportWarning(_ request: Request, _ context: RefurbRequestContext, code: LotCode) async throws -> Response {
        let language = context.language
        let dossier = try await LotDossier.load(code, from: state.database)
        guard dossier.isProvisional else { return HTMLResponse.redirect(to: "/office/lots/\(code.text)/report.pdf") }
        let account = context.credential?.account
        var values = Office.values(context, section: .lots, title: Office.text("ui.office.lot.reportWarningTitle", code.text, in: language))
        values["warning"] = Office.text("ui.office.lot.reportWarning", code.text, String(dossier.uncleared.count), in: language)
        values["devices"] = dossier.uncleared.map { entry -> [String: Any] in
            Office.compact(["tag": entry.device.assetTag.text, "tagPath": Self.devicePath(entry.device.assetTag.text, for: account),
                            "model": entry.model, "erasure": entry.erasureText(in: language)])
        }
        values["downloadPath"] = "/office/lots/\(code.text)/report.pdf"
        values["lotPath"] = "/office/lots/\(code.text)"
        return try HTMLResponse(html: pages.render(values, page: "office-lot-report")).response(from: request, context: context)
    }

    private func report(_ context: RefurbRequestContext, code: LotCode) async throws -> Response {
        let dossier = try await LotDossier.load(code, from: state.database)
        let document = DonorReportPDF(dossier: dossier, identity: try await Self.identity(state).identity,
                                      language: context.language, date: Date(),
                                      verificationBase: state.configuration.publicURL.map { url in
                                          var text = url.description
                                          while text.hasSuffix("/") { text.removeLast() }
                                          return text
                                      })
        let bytes = try await BlockingWork.run { try document.render() }
        let name = Office.text("ui.office.report.fileName", code.text, in: context.language)
        var headers = HTTPFields()
        headers[.contentType] = "application/pdf"
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
