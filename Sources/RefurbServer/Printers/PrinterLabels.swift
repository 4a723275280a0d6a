import Foundation
import Labels
import Printing
import RefurbCore
import RefurbStore

/// What goes with a printer: the languages it may speak, the asset-tag labels that fit it, each label's name
/// as a person reads it (« Étiquette 62 × 29 mm (Brother) », never a template's file name), and which template,
/// language and printer a print uses when the request leaves them out.
struct PrinterLabels: Sendable {
    let library: LabelTemplateLibrary?
    let language: Language

    /// The template an asset tag goes on when nothing says otherwise, per printer language.
    static let brotherAssetTag = "asset-tag-62x29"
    static let zebraAssetTag = "zebra-asset-tag-2x1"

    private func text(_ key: String, _ arguments: String...) -> String {
        ServerMessages.catalog.text(for: Message(key: key, arguments: arguments), in: language)
    }

    // MARK: Languages

    /// The languages a printer may be said to speak: "" for a USB printer, which says it itself.
    func formatChoices() -> [(value: String, label: String)] {
        [("", text("api.printer.format.auto"))]
            + BrotherQLModel.all.map { ("brother:" + $0.name, "Brother " + $0.name) }
            + [("zpl", text("api.printer.format.zpl"))]
    }

    /// A format as a printer setting keeps it (`zpl`, `brother:QL-700`), nil for "" or none; a 422 naming the
    /// field for anything else (a preview format such as png included).
    static func checkedFormat(_ text: String?) throws -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let format: LabelOutputFormat
        do { format = try LabelOutputFormat(parsing: text) } catch { throw APIError.unprocessable(error.message) }
        guard format.printerFamily != nil else { throw APIError.unprocessable(Message("api.printer.format.notPrinter", text)) }
        return format.description
    }

    /// The person's words for a format setting.
    func formatName(_ format: String?) -> String {
        formatChoices().first { $0.value == (format ?? "") }?.label ?? (format ?? "")
    }

    // MARK: Templates

    func templates() -> [LabelTemplate] {
        (try? library?.loadAll()) ?? []
    }

    static func kind(of template: LabelTemplate) -> LabelKind {
        template.fields.contains(.price) ? .price : .assetTag
    }

    /// Whether a template can be printed in a format (nil: the printer will say, so any).
    static func fits(_ template: LabelTemplate, format: String?) -> Bool {
        guard let format else { return true }
        return format == "zpl" ? template.zebra != nil : template.brother != nil
    }

    /// A pallet's label rather than a device's: it shows a lot's code (`{lot}`). Never a printer's asset-tag label.
    static func isLotLabel(_ template: LabelTemplate) -> Bool {
        template.fields.contains(.lot)
    }

    /// The lot label that prints on the roll the printer's asset tags are on (the same size, and the same Brother
    /// roll or a Zebra), so that nothing is changed in the printer; a 422 in words when the workshop has none.
    func lotTemplate(for printer: PrinterSetting) throws -> LabelTemplate {
        guard let library else { throw APIError.unavailable(Message("api.label.noTemplates")) }
        let assetTag = try? library.load(named: Self.assetTagTemplate(for: printer))
        let found = templates().filter(Self.isLotLabel).first { lot in
            guard let assetTag, lot.widthMM == assetTag.widthMM, lot.heightMM == assetTag.heightMM else { return false }
            if let brother = assetTag.brother {
                return lot.brother?.media.id == brother.media.id && lot.brother?.rotated == brother.rotated
            }
            return assetTag.zebra != nil && lot.zebra != nil
        }
        guard let found else {
            throw APIError.unprocessable(Message("api.label.lot.noTemplate", printer.name,
                                                 name(ofTemplateNamed: Self.assetTagTemplate(for: printer))))
        }
        return found
    }

    /// The asset-tag labels a printer speaking `format` can print, with their names.
    func assetTagChoices(format: String?) -> [(value: String, label: String)] {
        templates().filter { Self.kind(of: $0) == .assetTag && !Self.isLotLabel($0) && Self.fits($0, format: format) }
            .map { ($0.name, name(of: $0)) }
    }

    /// The template an asset tag prints on: the printer's, else the one for its language.
    static func assetTagTemplate(for printer: PrinterSetting?) -> String {
        printer?.template ?? (printer?.format == "zpl" ? zebraAssetTag : brotherAssetTag)
    }

    /// A template the settings may keep for a printer: one that exists, is an asset tag and fits the language.
    func checkedAssetTagTemplate(_ name: String?, format: String?) throws -> String? {
        guard let name = name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return nil }
        guard let library else { throw APIError.unavailable(Message("api.label.noTemplates")) }
        guard let template = try? library.load(named: name), Self.kind(of: template) == .assetTag, !Self.isLotLabel(template) else {
            throw APIError.unprocessable(Message("api.printer.template.unknown", name))
        }
        guard Self.fits(template, format: format) else {
            throw APIError.unprocessable(Message("api.printer.template.misfit", self.name(of: template), formatName(format)))
        }
        return template.name
    }

    /// « Étiquette 62 × 29 mm (Brother) », « Étiquette de prix, ruban 62 mm, 40 mm de long (Brother) ».
    func name(of template: LabelTemplate) -> String {
        let kind = Self.kind(of: template) == .price ? "price" : "tag"
        let maker = [template.brother.map { _ in "Brother" }, template.zebra.map { _ in "Zebra" }]
            .compactMap { $0 }.joined(separator: text("api.printer.label.or"))
        if let brother = template.brother, brother.media.shape == .endless {
            let length = brother.rotated ? template.widthMM : template.heightMM
            return text("api.printer.label.\(kind)Endless", String(brother.media.widthMM), millimetres(length), maker)
        }
        return text("api.printer.label.\(kind)", millimetres(template.widthMM), millimetres(template.heightMM), maker)
    }

    func name(ofTemplateNamed name: String) -> String {
        guard let template = try? library?.load(named: name) else { return text("api.printer.label.unknown") }
        return self.name(of: template)
    }

    private func millimetres(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
