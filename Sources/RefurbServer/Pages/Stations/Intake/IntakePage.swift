import Foundation
import Labels
import RefurbCore
import RefurbStore

/// What the intake template shows: the current lot and its scans, the device asked for, the lots to
/// choose from, the category keys, and the station settings' choices.
struct IntakePage {
    let state: ServiceState

    /// The page as asked for: the lot in the address (so a reload keeps it), a device to show, what the
    /// last form did, and a form to show again with its error.
    struct Request {
        var lot: String?
        var tag: String?
        var done: String?
        var voided: String?
        var category: String?
        var lotForm: FormFields?
        var lotError: String?
        var scanError: String?
        /// The scan came from a scanner set to QWERTY: the setup barcode is shown open.
        var scannerLayoutError = false
    }

    /// The category keys, in the order of their key (1 = laptop … 8 = other).
    static let categories: [DeviceCategory] = [.laptop, .desktop, .allInOne, .tablet, .phone, .monitor, .printer, .other]
    static let recentLots = 200

    static func path(lot: String?, tag: String? = nil, done: String? = nil, voided: String? = nil) -> String {
        let query = [("lot", lot), ("tag", tag), ("done", done), ("voided", voided)].compactMap { name, value in
            value.map { name + "=" + ($0.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "") }
        }
        return query.isEmpty ? "/intake" : "/intake?" + query.joined(separator: "&")
    }

    func values(for request: Request, context: RefurbRequestContext) async throws -> [String: Any] {
        let words = IntakeWords(language: context.language)
        var values = PageContext.base(context, page: "intake", title: words("ui.intake.title"))
        if request.scannerLayoutError { values["scannerLayoutError"] = true }
        var errors: [String] = request.scanError.map { [$0] } ?? []
        let username = context.credential?.account.username

        var current: LotSummary?
        if let text = request.lot?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            do {
                let code = try LotCode(parsing: text)
                guard let found = try await state.database.lot(code: code) else { throw StoreError.lotNotFound(code.text) }
                current = found
            } catch {
                errors.append(IntakeForms.describe(error, language: context.language))
            }
        }
        if let current {
            var lot = lotValues(current, words: words, language: context.language)
            if context.credential?.account.can(.correct) == true {
                lot["correctPath"] = CorrectionPages.lotPath(current.lot.code.text, back: Self.path(lot: current.lot.code.text))
            }
            values["lot"] = lot
            let scans = try await state.database.intakeScans(in: current.lot.code, limit: 200)
            let prints = try await state.database.assetTagPrints(of: scans.map(\.device.assetTag))
            values["scans"] = scans.enumerated().map { index, scan in
                var row = scanValues(scan, undoable: index == 0 && isUndoable(scan, by: username), words: words)
                row.merge(printValues(prints[scan.device.assetTag.text], words: words)) { _, new in new }
                return row
            }
            let missing = scans.filter { prints[$0.device.assetTag.text] == nil }.map(\.device.assetTag.text)
            values["missingLabels"] = missing.joined(separator: " ")
            values["missingLabelsText"] = missing.count == 1 ? words("ui.intake.printing.missingOne")
                : words("ui.intake.printing.missing", String(missing.count))
            values["hasMissingLabels"] = !missing.isEmpty
            values["hasScans"] = !scans.isEmpty
            if let last = scans.first, isUndoable(last, by: username) { values["undoTag"] = last.device.assetTag.text }
        }

        if let text = request.tag?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            do {
                let tag = try AssetTag(parsing: text)
                guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
                values["device"] = deviceValues(device, words: words)
            } catch {
                errors.append(IntakeForms.describe(error, language: context.language))
            }
        }
        switch request.done {
        case "created": values["notice"] = ["good": true, "text": words("ui.intake.device.created", request.tag ?? "")]
        case "duplicate": values["notice"] = ["error": true, "text": words("ui.intake.device.duplicate", request.tag ?? "")]
        case "voided": values["notice"] = ["good": true, "text": words("ui.intake.device.voided", request.voided ?? "")]
        case "lot-label": values["notice"] = ["good": true, "text": words("ui.intake.lot.labelPrinted", current?.lot.code.text ?? "")]
        default: break
        }
        values["errors"] = errors
        values["hasErrors"] = !errors.isEmpty

        let lots = try await state.database.lots().prefix(Self.recentLots)
        values["lots"] = lots.map { summary -> [String: Any] in
            ["code": summary.lot.code.text,
             "label": "\(summary.lot.code.text) — \(summary.lot.donorName) — \(Self.day(summary.lot.receivedOn, language: context.language)) (\(summary.deviceCount))",
             "selected": summary.lot.code == current?.lot.code]
        }
        values["hasLots"] = !lots.isEmpty
        let form = request.lotForm
        let typed = form?["donorType"] ?? ""
        let donorTypes = [["value": "", "label": words("ui.intake.lots.donorTypeUnsaid"),
                           "selected": typed.isEmpty]]
            + DonorType.allCases.map { type -> [String: Any] in
                ["value": type.rawValue, "label": words("donorType.\(type.rawValue)"),
                 "selected": typed == type.rawValue]
            }
        values["lotForm"] = ["donor": form?["donor"] ?? "", "weightKg": form?["weightKg"] ?? "",
                             "declaredCount": form?["declaredCount"] ?? "", "site": form?["site"] ?? "",
                             "donorTypes": donorTypes] as [String: Any]
        values["lotError"] = request.lotError
        values["lotFormOpen"] = request.lotError != nil || lots.isEmpty
        // No lot open: choosing or opening one is the first thing to do, so the lots come first.
        values["lotsFirst"] = current == nil
        values["lotsLast"] = current != nil

        let chosen = DeviceCategory(rawValue: request.category ?? "") ?? .laptop
        values["categories"] = Self.categories.enumerated().map { index, category -> [String: Any] in
            ["value": category.rawValue, "key": String(index + 1), "label": words("category." + category.rawValue),
             "checked": category == chosen]
        }

        values.merge(try await printerValues(words: words, context: context)) { _, new in new }
        values["showMissingLabels"] = values["hasMissingLabels"] as? Bool == true && values["hasPrinters"] as? Bool == true
        values["timeZone"] = WorkshopClock.timeZone.identifier
        values["undoMinutes"] = String(IntakeVoidRule.windowMinutes)
        values["scriptWords"] = words.scriptJSON()
        return values
    }

    /// The printers a station may print on (the default one unless its settings say otherwise), the
    /// default's model and label in words, and whether intake must ask what to do for want of any.
    private func printerValues(words: IntakeWords, context: RefurbRequestContext) async throws -> [String: Any] {
        let printers = try await state.database.printers()
        let labels = PrinterLabels(library: state.labelLibrary, language: context.language)
        var values: [String: Any] = [
            "printers": printers.filter { !$0.isDefault }.map { ["name": $0.name] },
            "hasPrinters": !printers.isEmpty,
            "canManagePrinters": context.credential?.account.can(.managePrinters) == true,
        ]
        if let printer = printers.first(where: \.isDefault) {
            values["defaultPrinter"] = [
                "label": words("ui.intake.settings.defaultPrinter", printer.name),
                "help": words("ui.intake.settings.printerHelp", labels.formatName(printer.format),
                              labels.name(ofTemplateNamed: PrinterLabels.assetTagTemplate(for: printer))),
            ]
        }
        return values
    }

    /// A scan row's label: printed (when, on which printer) or not.
    private func printValues(_ print: LabelPrint?, words: IntakeWords) -> [String: Any] {
        guard let print else { return ["print": "none", "printText": words("ui.intake.js.notPrinted")] }
        let time = String(WorkshopClock.display(print.printedAt).split(separator: " ").last ?? "")
        return ["print": "ok", "printed": true, "printText": words("ui.intake.printing.printedAt", time, print.printer)]
    }

    /// Whether the page offers to undo this scan; the store decides when it is asked.
    private func isUndoable(_ scan: IntakeScan, by username: String?) -> Bool {
        scan.device.stage == .received && scan.receivedBy.user == username
            && Date().timeIntervalSince(scan.receivedAt) <= Double(IntakeVoidRule.windowMinutes * 60)
    }

    private func lotValues(_ summary: LotSummary, words: IntakeWords, language: Language) -> [String: Any] {
        let lot = summary.lot
        var values: [String: Any] = [
            "code": lot.code.text, "donor": lot.donorName, "count": String(summary.deviceCount),
            "receivedOn": Self.day(lot.receivedOn, language: language),
        ]
        if let declared = lot.declaredCount {
            values["declared"] = String(declared)
            if let text = Self.overCount(summary.deviceCount, declared: declared, words: words) { values["overText"] = text }
        }
        if let site = lot.site { values["site"] = site }
        return values
    }

    private func scanValues(_ scan: IntakeScan, undoable: Bool, words: IntakeWords) -> [String: Any] {
        let device = scan.device
        return ["tag": device.assetTag.text, "serial": device.serial?.text ?? words("ui.common.none"),
                "category": words("category." + device.category.rawValue),
                "time": String(WorkshopClock.display(scan.receivedAt).split(separator: " ").last ?? ""),
                "undoable": undoable]
    }

    private func deviceValues(_ device: Device, words: IntakeWords) -> [String: Any] {
        let tag = device.assetTag.text
        var values: [String: Any] = [
            "tag": tag, "lot": device.lotCode.text, "category": words("category." + device.category.rawValue),
            "serial": device.serial?.text ?? words("ui.common.none"), "stage": words.text(device.stage.label),
            "preview": "/api/devices/\(tag)/label",
            "previewAlt": words("ui.intake.device.preview", tag),
            "correctPath": CorrectionPages.devicePath(tag, back: Self.path(lot: device.lotCode.text, tag: tag)),
        ]
        let model = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
        if !model.isEmpty { values["model"] = model }
        return values
    }

    /// The warning when a lot holds more devices than its donor declared (another donation mixed in, or
    /// a declared number to correct); nil while the count is within it. The script writes the same words.
    static func overCount(_ count: Int, declared: Int, words: IntakeWords) -> String? {
        count > declared ? words("ui.intake.js.overCount", String(count), String(declared), String(count - declared)) : nil
    }

    /// `YYYY-MM-DD` as the reader writes days.
    private static func day(_ text: String, language: Language) -> String {
        WorkshopClock.displayDay(stored: text, in: language)
    }
}

private extension CharacterSet {
    static let urlQueryValueAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
}
