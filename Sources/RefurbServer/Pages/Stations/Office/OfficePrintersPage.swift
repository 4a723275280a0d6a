import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins list the printers the stations print on, add one (or change one, by giving its name again, or
/// through its "Change" link) with its language and the label loaded in it, make one the default every
/// station prints on, print a test page, and remove one after confirming. Addresses are checked as the API
/// checks them. Labels are shown by their names (« Étiquette 62 × 29 mm (Brother) »), never by file name.
struct OfficePrintersPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        let section = Office.Section.printers
        routes.page(.get, section.path, section.access) { request, context in
            var extra = Office.noticeValues(from: request, in: context.language)
            if let name = request.uri.queryParameters["edit"].map(String.init), let printer = try await state.database.printer(named: name) {
                extra["form"] = ["name": printer.name, "uri": printer.uri, "format": printer.format ?? "",
                                 "template": printer.template ?? "", "isDefault": printer.isDefault]
                extra["editing"] = true
            }
            return try await render(context, extra: extra)
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            let uri = (form["uri"] ?? "").trimmingCharacters(in: .whitespaces)
            let format = form["format"] ?? ""
            let template = form["template"] ?? ""
            let isDefault = form["default"] == "yes"
            do {
                guard !name.isEmpty else { throw Office.InputError(message: Message("ui.office.printers.nameMissing")) }
                _ = try PrinterURIValidation.check(uri, files: state.configuration.filePrinterAccess)
                let labels = PrinterLabels(library: state.labelLibrary, language: context.language)
                let checkedFormat = try PrinterLabels.checkedFormat(format)
                let printer = PrinterSetting(name: name, uri: uri, format: checkedFormat,
                                             template: try labels.checkedAssetTagTemplate(template, format: checkedFormat),
                                             isDefault: isDefault)
                try await state.database.savePrinter(printer, actor: try context.actor(), at: Date())
                return Office.redirect(to: section, done: "printer-saved", subject: name)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, status: refusal.status, extra: [
                    "error": refusal.text,
                    "form": ["name": name, "uri": uri, "format": format, "template": template, "isDefault": isDefault],
                ]).response(from: request, context: context)
            }
        }
        routes.page(.post, section.path + "/{name}/default", section.access) { _, context -> Response in
            let printer = try await printer(context)
            try await state.database.makeDefaultPrinter(named: printer.name, actor: try context.actor(), at: Date())
            return Office.redirect(to: section, done: "printer-default", subject: printer.name)
        }
        routes.page(.post, section.path + "/{name}/test-page", section.access) { request, context -> Response in
            let printer = try await printer(context)
            do {
                _ = try await LabelsController(state: state).testPage(on: printer, language: context.language)
                return Office.redirect(to: section, done: "printer-tested", subject: printer.name)
            } catch {
                // The printer's own words (out of labels, cover open, unreachable), on the page, beside its row.
                let refusal = Office.refusal(error, in: context.language)
                let text = Office.text("ui.office.printers.testFailed", printer.name, refusal.text, in: context.language)
                return try await render(context, status: refusal.status, extra: ["error": text])
                    .response(from: request, context: context)
            }
        }
        routes.page(.get, section.path + "/{name}/remove", section.access) { _, context in
            let printer = try await printer(context)
            let language = context.language
            return OfficeConfirmation(
                section: section,
                question: Office.text("ui.office.printers.removeQuestion", printer.name, in: language),
                detail: Office.text(printer.isDefault ? "ui.office.printers.removeDefaultDetail" : "ui.office.printers.removeDetail",
                                    printer.name, printer.uri, in: language),
                action: "\(section.path)/\(Office.pathSegment(printer.name))/remove",
                confirmLabel: Office.text("ui.office.printers.remove", in: language)
            ).render(context, pages: pages)
        }
        routes.page(.post, section.path + "/{name}/remove", section.access) { _, context -> Response in
            let printer = try await printer(context)
            try await state.database.removePrinter(named: printer.name, actor: try context.actor(), at: Date())
            return Office.redirect(to: section, done: "printer-removed", subject: printer.name)
        }
    }

    /// The printer named in the path (links percent-encode it; `parameter` decodes it).
    private func printer(_ context: RefurbRequestContext) async throws -> PrinterSetting {
        let name = try context.parameter("name")
        guard let printer = try await state.database.printer(named: name) else {
            throw StoreError.notFound(Message("store.printerNotFound", name))
        }
        return printer
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        let labels = PrinterLabels(library: state.labelLibrary, language: language)
        var values = Office.values(context, section: .printers, title: Office.text("ui.office.printers.title", in: language))
        values["printers"] = try await state.database.printers().map { printer -> [String: Any] in
            let base = "\(Office.Section.printers.path)/\(Office.pathSegment(printer.name))"
            return ["name": printer.name, "uri": printer.uri, "isDefault": printer.isDefault,
                    "format": labels.formatName(printer.format),
                    "label": labels.name(ofTemplateNamed: PrinterLabels.assetTagTemplate(for: printer)),
                    "editPath": "\(Office.Section.printers.path)?edit=\(Office.pathSegment(printer.name))#add-printer-heading",
                    "defaultPath": base + "/default", "testPath": base + "/test-page", "removePath": base + "/remove"]
        }
        let form = extra["form"] as? [String: Any]
        let chosenFormat = form?["format"] as? String ?? ""
        let chosenTemplate = form?["template"] as? String ?? ""
        values["formats"] = labels.formatChoices().map { ["value": $0.value, "label": $0.label, "selected": $0.value == chosenFormat] }
        values["templates"] = [["value": "", "label": Office.text("ui.office.printers.templateAuto", in: language),
                                "selected": chosenTemplate.isEmpty]]
            + labels.assetTagChoices(format: nil).map { ["value": $0.value, "label": $0.label, "selected": $0.value == chosenTemplate] }
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-printers"), status: status)
    }
}
