import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins list the printers the stations print on, add one (or change the address of one, by giving
/// its name again) and remove one after confirming. Addresses are checked as the API checks them.
struct OfficePrintersPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        let section = Office.Section.printers
        routes.page(.get, section.path, section.access) { request, context in
            try render(context, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            let uri = (form["uri"] ?? "").trimmingCharacters(in: .whitespaces)
            do {
                guard !name.isEmpty else { throw Office.InputError(message: Message("ui.office.printers.nameMissing")) }
                _ = try PrinterURIValidation.check(uri, files: state.configuration.filePrinterAccess)
                try state.database.savePrinter(PrinterSetting(name: name, uri: uri), actor: try context.actor(), at: Date())
                return Office.redirect(to: section, done: "printer-saved", subject: name)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try render(context, status: refusal.status, extra: ["error": refusal.text, "form": ["name": name, "uri": uri]])
                    .response(from: request, context: context)
            }
        }
        routes.page(.get, section.path + "/{name}/remove", section.access) { _, context in
            let printer = try printer(context)
            let language = context.language
            return OfficeConfirmation(
                section: section,
                question: Office.text("ui.office.printers.removeQuestion", printer.name, in: language),
                detail: Office.text("ui.office.printers.removeDetail", printer.name, printer.uri, in: language),
                action: "\(section.path)/\(Office.pathSegment(printer.name))/remove",
                confirmLabel: Office.text("ui.office.printers.remove", in: language)
            ).render(context, pages: pages)
        }
        routes.page(.post, section.path + "/{name}/remove", section.access) { _, context -> Response in
            let printer = try printer(context)
            try state.database.removePrinter(named: printer.name, actor: try context.actor(), at: Date())
            return Office.redirect(to: section, done: "printer-removed", subject: printer.name)
        }
    }

    /// The printer named in the path (links percent-encode it; `parameter` decodes it).
    private func printer(_ context: RefurbRequestContext) throws -> PrinterSetting {
        let name = try context.parameter("name")
        guard let printer = try state.database.printer(named: name) else {
            throw StoreError.notFound(Message("store.printerNotFound", name))
        }
        return printer
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .printers, title: Office.text("ui.office.printers.title", in: language))
        values["printers"] = try state.database.printers().map { printer -> [String: Any] in
            ["name": printer.name, "uri": printer.uri,
             "removePath": "\(Office.Section.printers.path)/\(Office.pathSegment(printer.name))/remove"]
        }
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-printers"), status: status)
    }
}
