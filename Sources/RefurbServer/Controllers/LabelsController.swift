import Foundation
import Hummingbird
import Labels
import Printing
import RefurbCore
import RefurbStore

/// Label previews (PNG, exactly the dots the printer will print) and printing on a printer from the
/// admin settings.
struct LabelsController {
    let state: ServiceState

    struct PrintBody: Decodable, Sendable {
        let template: String
        let printer: String
        let copies: Int?
        /// zpl or brother:MODEL, for a network printer that cannot say which it is.
        let format: String?
    }

    struct Printed: Codable, Sendable {
        let template: String
        let printer: String
        let copies: Int
        let bytesSent: Int
        let completion: String
    }

    func register(on routes: APIRoutes) {
        routes.add(.get, "/api/label-templates", .signedIn) { _, _ in
            JSONResponse(try library().names())
        }
        routes.add(.get, "/api/devices/{tag}/label", .signedIn) { request, context in
            let (template, fields) = try content(templateName: request.uri.queryParameters["template"].map(String.init), context: context)
            let image = try await BlockingWork.run { try LabelRenderer().render(template, fields: fields, as: .png, copies: 1).bytes }
            return BytesResponse(bytes: image, contentType: "image/png")
        }
        routes.add(.post, "/api/devices/{tag}/label/print", .permission(.printLabel)) { request, context in
            let body = try await request.decode(as: PrintBody.self, context: context)
            let copies = body.copies ?? 1
            try RequestNumbers.check(copies, .labelCopies, field: "copies")
            guard let printer = try state.database.printer(named: body.printer) else {
                throw StoreError.notFound(Message("store.printerNotFound", body.printer))
            }
            let (template, fields) = try content(templateName: body.template, context: context)
            let files = state.configuration.filePrinterAccess
            let connection = try await PrinterConnector.connect(try PrinterURIValidation.check(printer.uri, files: files), files: files)
            do {
                let format = try LabelOutputFormat.choose(for: template, connection: connection, requested: body.format)
                let rendered = try await BlockingWork.run { try LabelRenderer().render(template, fields: fields, as: format, copies: copies) }
                guard let job = rendered.printJob else { throw LabelError(Message("labels.format.unknown", format.description)) }
                let outcome = try await PrintJobSender().send(job, over: connection)
                await connection.close()
                let completion = switch outcome.completion {
                case .confirmed: "confirmed"
                case .unconfirmed: "unconfirmed"
                case .notChecked: "not-checked"
                }
                return JSONResponse(Printed(template: template.name, printer: printer.name, copies: copies,
                                            bytesSent: outcome.bytesSent, completion: completion))
            } catch {
                await connection.close()
                throw error
            }
        }
    }

    private func library() throws -> LabelTemplateLibrary {
        guard let library = state.labelLibrary else { throw APIError.unavailable(Message("labels.cli.noTemplateFolder")) }
        return library
    }

    private func content(templateName: String?, context: RefurbRequestContext) throws -> (LabelTemplate, LabelFields) {
        let tag = try DevicesController.tag(context)
        guard let device = try state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        guard let templateName, !templateName.isEmpty else { throw APIError.badRequest(Message("api.label.templateMissing")) }
        let template: LabelTemplate
        do {
            template = try library().load(named: templateName)
        } catch let error as LabelError {
            throw APIError.notFound(error.message)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError.notFound(Message("api.label.templateUnknown", templateName))
        }
        let fields = try LabelFields(keyed: DeviceLabelFields.fields(for: device, workshop: state.configuration.workshopName,
                                                                     language: context.language))
        return (template, fields)
    }
}
