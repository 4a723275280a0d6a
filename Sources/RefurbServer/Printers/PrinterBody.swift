import Foundation
import RefurbCore
import RefurbStore

/// `PUT /api/printers/{name}`: the address, and optionally the language, the asset-tag label and whether it is
/// the default. A field left out keeps the printer's current value (a client that only knows `uri` changes
/// nothing else); `""` clears the language or the label.
struct PrinterBody: Decodable, Sendable {
    let uri: String
    let format: String?
    let template: String?
    let `default`: Bool?

    func setting(named name: String, state: ServiceState, language: Language) async throws -> PrinterSetting {
        let current = try await state.database.printer(named: name.trimmingCharacters(in: .whitespaces))
        let labels = PrinterLabels(library: state.labelLibrary, language: language)
        let format = try format.map(PrinterLabels.checkedFormat) ?? current?.format
        // A label kept from before must still fit a changed language: checked again, and dropped when it no longer fits.
        let template: String?
        if let given = self.template {
            template = try labels.checkedAssetTagTemplate(given, format: format)
        } else {
            template = try? labels.checkedAssetTagTemplate(current?.template, format: format)
        }
        return PrinterSetting(name: name, uri: uri, format: format, template: template, isDefault: self.default ?? false)
    }
}
