import Foundation
import Hummingbird
import Labels
import Printing
import RefurbCore
import RefurbStore

/// Label previews (PNG, exactly the dots the printer will print) and printing on a printer from the
/// admin settings. A print needs nothing from the station: the default printer, its language and its label
/// come from the office's printer settings; a request may still name others. Each print is noted beside the
/// device, so that intake can offer the missing ones.
struct LabelsController {
    let state: ServiceState

    struct PrintBody: Decodable, Sendable {
        /// The template; the printer's asset-tag label when left out.
        let template: String?
        /// The printer's name; the default printer when left out.
        let printer: String?
        let copies: Int?
        /// zpl or brother:MODEL; the printer's setting when left out.
        let format: String?
    }

    struct Printed: Codable, Sendable {
        let template: String
        let printer: String
        let copies: Int
        let bytesSent: Int
        let completion: String
        /// When the print was noted beside the device; absent for a test page.
        let printedAt: Date?
    }

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/label-templates", .signedIn) { _, _ in
            JSONResponse(try library().names())
        }
        routes.add(.get, "/api/devices/{tag}/label", .signedIn) { request, context in
            let name = request.uri.queryParameters["template"].map(String.init)
            let (template, fields) = try await content(templateName: name, context: context)
            let image = try await BlockingWork.run { try LabelRenderer().render(template, fields: fields, as: .png, copies: 1).bytes }
            return BytesResponse(bytes: image, contentType: "image/png")
        }
        routes.add(.get, "/api/devices/{tag}/labels", .signedIn) { _, context in
            let tag = try DevicesController.tag(context)
            guard try await state.database.device(tag: tag) != nil else { throw StoreError.deviceNotFound(tag.text) }
            return JSONResponse(try await state.database.labelPrints(of: tag))
        }
        routes.add(.post, "/api/devices/{tag}/label/print", .permission(.printLabel)) { request, context in
            let body = try await WorkshopController.optionalBody(PrintBody.self, request, context)
            let copies = body?.copies ?? 1
            try RequestNumbers.check(copies, .labelCopies, field: "copies")
            let printer = try await Self.printer(named: body?.printer, in: state)
            let (template, fields) = try await content(templateName: body?.template, printer: printer, context: context)
            let format = body?.format.flatMap { $0.isEmpty ? nil : $0 } ?? printer.format
            let (bytes, completion) = try await send(template, fields: fields, copies: copies, format: format, to: printer)
            let printed = try await state.database.recordLabelPrint(try DevicesController.tag(context), kind: PrinterLabels.kind(of: template),
                                                              template: template.name, printer: printer.name,
                                                              actor: try context.actor(), at: Date())
            return JSONResponse(Printed(template: template.name, printer: printer.name, copies: copies, bytesSent: bytes,
                                        completion: completion, printedAt: printed.printedAt))
        }
        routes.add(.post, "/api/lots/{code}/label/print", .permission(.printLabel)) { request, context in
            let body = try await WorkshopController.optionalBody(PrintBody.self, request, context)
            let copies = body?.copies ?? 1
            try RequestNumbers.check(copies, .labelCopies, field: "copies")
            let code = try LotCode(parsing: try context.parameter("code"))
            return JSONResponse(try await printLotLabel(code, printer: body?.printer, copies: copies, language: context.language))
        }
        routes.add(.post, "/api/printers/{name}/test-page", .permission(.managePrinters)) { _, context in
            let printer = try await Self.printer(named: try context.parameter("name"), in: state)
            let printed = try await testPage(on: printer, language: context.language)
            return JSONResponse(printed)
        }
    }

    /// Prints the printer's asset-tag label with « ESSAI » for the tag and the printer's name beside the
    /// workshop's: the same roll, language and path as every real label, and nothing is noted.
    func testPage(on printer: PrinterSetting, language: Language) async throws -> Printed {
        let template = try loadTemplate(named: PrinterLabels.assetTagTemplate(for: printer))
        let tag = ServerMessages.catalog.text(for: Message("api.printer.testPage.tag"), in: language)
        let fields = try LabelFields(keyed: ["assetTag": tag, "workshop": "\(state.configuration.workshopName) — \(printer.name)",
                                             "date": WorkshopClock.displayDay(Date(), in: language),
                                             "specs": printer.name, "grade": "A", "price": "0"])
        let (bytes, completion) = try await send(template, fields: fields, copies: 1, format: printer.format, to: printer)
        return Printed(template: template.name, printer: printer.name, copies: 1, bytesSent: bytes, completion: completion, printedAt: nil)
    }

    /// The lot's label, for the pallet: the lot code as its barcode (scanned at intake, it opens the lot), the
    /// donor, the day of receipt and the declared count, on the lot label made for the roll the printer's asset
    /// tags are on (the default printer unless named), in its language, so that nothing is changed in the printer.
    /// The lot code does not fit the asset tag's barcode (47.5 mm against 37 on the 62×29 label).
    func printLotLabel(_ code: LotCode, printer name: String?, copies: Int = 1, language: Language) async throws -> Printed {
        guard let summary = try await state.database.lot(code: code) else { throw StoreError.lotNotFound(code.text) }
        let printer = try await Self.printer(named: name, in: state)
        let template = try PrinterLabels(library: try library(), language: language).lotTemplate(for: printer)
        let lot = summary.lot
        let words = ServerMessages.catalog
        let day = WorkshopClock.displayDay(stored: lot.receivedOn, in: language)
        let date = lot.declaredCount.map { words.text(for: Message("api.label.lot.dateDeclared", day, String($0)), in: language) }
            ?? words.text(for: Message("api.label.lot.date", day), in: language)
        let fields = LabelFields([.lot: lot.code.text, .workshop: state.configuration.workshopName,
                                  .donor: words.text(for: Message("api.label.lot.donor", lot.donorName), in: language),
                                  .date: date])
        let (bytes, completion) = try await send(template, fields: fields, copies: copies, format: printer.format, to: printer)
        return Printed(template: template.name, printer: printer.name, copies: copies, bytesSent: bytes, completion: completion,
                       printedAt: nil)
    }

    /// The printer named, else the default one; a 404 for an unknown name, a 409 when there is no printer.
    static func printer(named name: String?, in state: ServiceState) async throws -> PrinterSetting {
        if let name, !name.isEmpty {
            guard let printer = try await state.database.printer(named: name) else {
                throw StoreError.notFound(Message("store.printerNotFound", name))
            }
            return printer
        }
        // The workshop's state, not the request, is wrong: a 409, as for a move the rules refuse.
        guard let printer = try await state.database.defaultPrinter() else { throw APIError.conflict(Message("api.printer.none")) }
        return printer
    }

    private func send(_ template: LabelTemplate, fields: LabelFields, copies: Int, format requested: String?,
                      to printer: PrinterSetting) async throws -> (bytes: Int, completion: String) {
        let files = state.configuration.filePrinterAccess
        let uri = try PrinterURIValidation.check(printer.uri, files: files)
        // A network or file printer cannot say which model it is; the office's setting says it, not a CLI option.
        switch uri {
        case .usbAuto, .usb: break
        case .tcp, .file:
            if requested == nil, template.brother != nil { throw APIError.unprocessable(Message("api.printer.formatNeeded", printer.name)) }
        }
        let connection = try await PrinterConnector.connect(uri, files: files)
        do {
            let format = try LabelOutputFormat.choose(for: template, connection: connection, requested: requested)
            let rendered = try await BlockingWork.run { try LabelRenderer().render(template, fields: fields, as: format, copies: copies) }
            guard let job = rendered.printJob else { throw LabelError(Message("labels.format.unknown", format.description)) }
            let outcome = try await PrintJobSender().send(job, over: connection)
            await connection.close()
            let completion = switch outcome.completion {
            case .confirmed: "confirmed"
            case .unconfirmed: "unconfirmed"
            case .notChecked: "not-checked"
            }
            return (outcome.bytesSent, completion)
        } catch {
            await connection.close()
            throw error
        }
    }

    private func library() throws -> LabelTemplateLibrary {
        guard let library = state.labelLibrary else { throw APIError.unavailable(Message("api.label.noTemplates")) }
        return library
    }

    private func loadTemplate(named name: String) throws -> LabelTemplate {
        do {
            return try library().load(named: name)
        } catch let error as LabelError {
            throw APIError.notFound(error.message)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.notFound(Message("api.label.templateUnknown", name))
        }
    }

    /// The device's label on the template named, else on the asset-tag label of the printer (the default
    /// printer's when none is given, the usual one when there is no printer).
    private func content(templateName: String?, printer: PrinterSetting? = nil,
                         context: RefurbRequestContext) async throws -> (LabelTemplate, LabelFields) {
        let tag = try DevicesController.tag(context)
        guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        let name: String
        if let templateName {
            guard !templateName.isEmpty else { throw APIError.badRequest(Message("api.label.templateMissing")) }
            name = templateName
        } else {
            var chosen = printer
            if chosen == nil { chosen = try await state.database.defaultPrinter() }
            name = PrinterLabels.assetTagTemplate(for: chosen)
        }
        let template = try loadTemplate(named: name)
        let fields = try await LabelFields(keyed: DeviceLabelFields.fields(for: device.assetTag, in: state.database,
                                                                     workshop: state.configuration.workshopName,
                                                                     language: context.language))
        return (template, fields)
    }
}
