import Documents
import Foundation
import RefurbCore

/// The donor report of a lot as an A4 PDF, drawn with Cairo: the workshop (name, address, contact) and
/// the lot, marked « provisoire » while some device may still hold data, what became of the lot's
/// kilograms, then every device with its tag, category, model, serial and final stage, and under it each
/// drive (its serial as read) with its erasure method, date and certificate reference, or its destruction.
/// Long lots run over several pages, each with the table's header and a footer naming the lot and the page.
struct DonorReportPDF {
    let dossier: LotDossier
    let identity: WorkshopIdentity
    let language: Language
    let date: Date
    /// The service's public address, to print where a certificate's reference can be checked; nil when the
    /// service has none (the reader is then told to ask the workshop).
    var verificationBase: String? = nil

    var workshopName: String { identity.name }

    static let pageWidth = PageSize.a4.width
    static let pageHeight = PageSize.a4.height
    static let margin = 40.0
    /// Where the devices' table stops on a page, leaving room for the footer.
    static let bottomLimit = pageHeight - 60

    func render() throws -> [UInt8] {
        let title = Office.text("ui.office.report.title", dossier.summary.lot.code.text, in: language)
            + (dossier.isProvisional ? " (" + Office.text("ui.report.provisional.banner", in: language) + ")" : "")
        return try PDFDocument.render(document: "donor report", title: title, author: workshopName) { canvas in
            var page = Page(pen: canvas, report: self)
            page.drawAll()
        }
    }

    /// The first tags of a list, and how many more: a lot of 200 devices waiting does not fill the first page.
    static func tagList(_ tags: [String], in language: Language, shown: Int = 10) -> String {
        guard tags.count > shown else { return tags.joined(separator: ", ") }
        return tags.prefix(shown).joined(separator: ", ") + " " + Office.text("ui.report.andMore", String(tags.count - shown), in: language)
    }

    /// How the kilograms were counted, with the usual weights of the lot's categories.
    static func weightExplanation(_ weight: LotOutcomeWeight, categories: [DeviceCategory], in language: Language) -> String {
        let shown = DeviceCategory.allCases.filter(categories.contains)
        let typical = (shown.isEmpty ? DeviceCategory.allCases : shown).map { category in
            Office.text("ui.report.weight.typical", Message("category.\(category.rawValue)").text(in: language, catalog: UIMessages.catalog),
                        OfficeFormat.kilograms(grams: category.typicalWeightGrams, in: language), in: language)
        }.joined(separator: ", ")
        let key = switch weight.basis {
        case .weighed: "ui.report.weight.howWeighed"
        case .estimated: "ui.report.weight.howEstimated"
        case .outOfRange: "ui.report.weight.howOutOfRange"
        }
        return Office.text(key, typical, in: language)
    }

    /// The table's columns: where each starts and how wide it may be.
    private struct Column {
        let key: String
        let x: Double
        let width: Double
    }

    private static let columns = [
        Column(key: "ui.office.col.tag", x: margin, width: 60),
        Column(key: "ui.office.col.category", x: margin + 64, width: 96),
        Column(key: "ui.office.col.model", x: margin + 164, width: 134),
        Column(key: "ui.office.col.serial", x: margin + 302, width: 102),
        Column(key: "ui.office.col.stage", x: margin + 408, width: pageWidth - 2 * margin - 408),
    ]

    /// Lays out the report top to bottom, starting a new page when the next device does not fit.
    private struct Page {
        let pen: Canvas
        let report: DonorReportPDF
        var y = DonorReportPDF.margin
        var number = 1

        var language: Language { report.language }

        func text(_ key: String, _ arguments: String...) -> String {
            Message(key: key, arguments: arguments).text(in: language, catalog: UIMessages.catalog)
        }

        mutating func drawAll() {
            drawHeader()
            drawTableHeader()
            if report.dossier.entries.isEmpty {
                font(size: 9, bold: false)
                show(text("ui.office.lot.empty"), x: DonorReportPDF.margin, y: y + 12)
                y += 18
            }
            for entry in report.dossier.entries {
                let driveLines = entry.drives.isEmpty ? [entry.noDriveText(in: language)]
                    : entry.drives.flatMap { wrap(driveText($0), width: 440, size: 8) }
                let needed = 15 + Double(driveLines.count) * 11 + 6
                if y + needed > DonorReportPDF.bottomLimit {
                    finishPage()
                    drawTableHeader()
                }
                drawDevice(entry, driveLines: driveLines)
            }
            if report.dossier.summary.lot.donorType == .publicBody { drawReuseAttestation() }
            drawClosing()
            drawFooter()
            pen.endPage()
        }

        /// A drive's line: its serial as read (or words for none), model and capacity, state; then how and
        /// when it was erased and its certificate's reference.
        func driveText(_ drive: LotDossier.Drive) -> String {
            let state: String
            if case .erased = drive.state, let detail = drive.erasureDetail(in: language) {
                state = text("ui.report.drive.erased") + " — " + detail
            } else if case .erased = drive.state, drive.details.reference != nil {
                state = text("ui.report.drive.erased")
            } else {
                state = drive.text(in: language)
            }
            var line = drive.description(in: language).map { text("ui.report.driveDescribed", drive.name(in: language), $0, state) }
                ?? text("ui.report.driveLine", drive.name(in: language), state)
            if let reference = drive.details.reference {
                line += ". " + text("ui.report.drive.certificate", reference.id, reference.fingerprint)
            }
            return line
        }

        mutating func drawHeader() {
            let left = DonorReportPDF.margin
            let width = DonorReportPDF.pageWidth - 2 * left
            if report.dossier.isProvisional {
                // A red band across the top: the first thing a reader sees.
                let label = text("ui.report.provisional.banner")
                font(size: 12, bold: true)
                let bandWidth = measure(label) + 20
                pen.color(0.72, 0.1, 0.1)
                pen.fill(x: DonorReportPDF.pageWidth - left - bandWidth, y: y - 6, width: bandWidth, height: 22)
                pen.color(1, 1, 1)
                show(label, x: DonorReportPDF.pageWidth - left - bandWidth + 10, y: y + 10)
                pen.color(0, 0, 0)
            }
            font(size: 17, bold: true)
            show(fit(report.workshopName, width: width - 190), x: left, y: y + 17)
            y += 24
            font(size: 9, bold: false)
            for line in report.identity.addressLines {
                show(line, x: left, y: y + 9)
                y += 12
            }
            if let contact = report.identity.contact {
                show(fit(text("ui.report.contact", contact), width: width), x: left, y: y + 9)
                y += 12
            }
            y += 10
            font(size: 13, bold: true)
            show(text("ui.office.report.title", report.dossier.summary.lot.code.text), x: left, y: y + 13)
            y += 24
            if report.dossier.isProvisional {
                let uncleared = report.dossier.uncleared
                let tags = DonorReportPDF.tagList(uncleared.map(\.device.assetTag.text), in: language)
                pen.color(0.72, 0.1, 0.1)
                for line in wrap(text("ui.report.provisional.text", String(uncleared.count), tags), width: width, size: 9.5, bold: true) {
                    font(size: 9.5, bold: true)
                    show(line, x: left, y: y + 10)
                    y += 13
                }
                pen.color(0, 0, 0)
                y += 8
            }
            let lot = report.dossier.summary.lot
            row(text("ui.office.lot.donor"), lot.donorType.map { lot.donorName + " (" + text("donorType.\($0.rawValue)") + ")" } ?? lot.donorName)
            row(text("ui.office.lot.receivedOn"), Office.storedDay(lot.receivedOn, in: language))
            if let site = lot.site { row(text("ui.office.lot.site"), site) }
            row(text("ui.office.lot.devices"), lot.declaredCount.map { text("ui.office.lot.countDeclared", String(report.dossier.entries.count), String($0)) }
                ?? String(report.dossier.entries.count))
            row(text("ui.office.lot.weight"), lot.weightGrams.map { OfficeFormat.lotWeight(grams: $0, in: language) } ?? text("ui.office.lot.notWeighed"))
            row(text("ui.office.report.date"), WorkshopClock.displayDay(report.date, in: language))
            y += 6
            font(size: 9.5, bold: false)
            for line in wrap(report.dossier.summaryText(in: language), width: width, size: 9.5) {
                show(line, x: left, y: y + 10)
                y += 13
            }
            y += 8
            drawWeight()
        }

        /// Reused, recycled and still at the workshop, in kilograms, and how they are counted.
        mutating func drawWeight() {
            let left = DonorReportPDF.margin
            let weight = report.dossier.weight
            font(size: 10.5, bold: true)
            show(text("ui.report.weight.title", OfficeFormat.kilograms(grams: weight.totalGrams, in: language)), x: left, y: y + 11)
            y += 17
            row(text("ui.report.weight.reused"), OfficeFormat.kilograms(grams: weight.reusedGrams, in: language), labelWidth: 300)
            row(text("ui.report.weight.recycled"), OfficeFormat.kilograms(grams: weight.recycledGrams, in: language), labelWidth: 300)
            row(text("ui.report.weight.undecided"), OfficeFormat.kilograms(grams: weight.undecidedGrams, in: language), labelWidth: 300)
            y += 2
            pen.color(0.2, 0.22, 0.26)
            for line in wrap(DonorReportPDF.weightExplanation(weight, categories: report.dossier.entries.map(\.device.category), in: language),
                             width: DonorReportPDF.pageWidth - 2 * left, size: 8) {
                font(size: 8, bold: false)
                show(line, x: left, y: y + 8)
                y += 11
            }
            pen.color(0, 0, 0)
            y += 10
        }

        mutating func drawTableHeader() {
            let left = DonorReportPDF.margin
            pen.color(0.92, 0.93, 0.95)
            pen.fill(x: left - 4, y: y, width: DonorReportPDF.pageWidth - 2 * left + 8, height: 18)
            pen.color(0, 0, 0)
            font(size: 8.5, bold: true)
            for column in DonorReportPDF.columns {
                show(fit(text(column.key), width: column.width), x: column.x, y: y + 12.5)
            }
            y += 22
        }

        mutating func drawDevice(_ entry: LotDossier.Entry, driveLines: [String]) {
            let device = entry.device
            let cells = [
                device.assetTag.text,
                Message("category.\(device.category.rawValue)").text(in: language, catalog: UIMessages.catalog),
                entry.model.isEmpty ? "—" : entry.model,
                device.serial?.text ?? "—",
                device.stage.label.text(in: language, catalog: UIMessages.catalog),
            ]
            for (index, column) in DonorReportPDF.columns.enumerated() {
                font(size: 9, bold: index == 0)
                show(fit(cells[index], width: column.width), x: column.x, y: y + 10)
            }
            y += 15
            font(size: 8, bold: false)
            pen.color(0.2, 0.22, 0.26)
            for line in driveLines {
                show(line, x: DonorReportPDF.columns[1].x, y: y + 8)
                y += 11
            }
            y += 3
            pen.color(0.8, 0.82, 0.85)
            pen.line(from: DonorReportPDF.margin, y, to: DonorReportPDF.pageWidth - DonorReportPDF.margin, y)
            pen.color(0, 0, 0)
            y += 3
        }

        /// For a public body (loi 3DS): the workshop attests what became of each device, by its serial, and
        /// when, so that the body can prove the reuse of what it gave.
        mutating func drawReuseAttestation() {
            let left = DonorReportPDF.margin
            let width = DonorReportPDF.pageWidth - 2 * left
            let lot = report.dossier.summary.lot
            let intro = wrap(text("ui.report.reuse.intro", report.workshopName, lot.donorName), width: width, size: 9)
            if y + 40 + Double(intro.count) * 12 > DonorReportPDF.bottomLimit { finishPage() }
            y += 12
            font(size: 12, bold: true)
            show(text("ui.report.reuse.title"), x: left, y: y + 12)
            y += 20
            for line in intro {
                font(size: 9, bold: false)
                show(line, x: left, y: y + 9)
                y += 12
            }
            y += 4
            font(size: 8.5, bold: true)
            show(text("ui.office.col.serial"), x: left, y: y + 9)
            show(text("ui.report.reuse.col.outcome"), x: left + 156, y: y + 9)
            show(text("ui.report.reuse.col.date"), x: left + 430, y: y + 9)
            y += 14
            for entry in report.dossier.entries {
                if y + 14 > DonorReportPDF.bottomLimit { finishPage() }
                let device = entry.device
                let outcome = switch (device.stage, entry.saleKind) {
                case (.sold, .public?): text("ui.report.reuse.outcome.soldPublic")
                case (.sold, _), (.donated, _), (.recycled, _): text("ui.report.reuse.outcome.\(device.stage.rawValue)")
                default: text("ui.report.reuse.outcome.kept")
                }
                let day = entry.leftAt.map { WorkshopClock.displayDay($0, in: language) } ?? "—"
                font(size: 9, bold: true)
                show(fit(device.serial?.text ?? text("ui.report.reuse.noSerial", device.assetTag.text), width: 150), x: left, y: y + 9)
                font(size: 9, bold: false)
                show(fit(outcome, width: 260), x: left + 156, y: y + 9)
                show(day, x: left + 430, y: y + 9)
                y += 13
            }
        }

        mutating func drawClosing() {
            let width = DonorReportPDF.pageWidth - 2 * DonorReportPDF.margin
            let verifyAt = report.verificationBase.map { text("ui.report.verifyAt", $0) } ?? text("ui.report.verifyAsk")
            let lines = wrap(text("ui.report.verify", report.workshopName, verifyAt), width: width, size: 8.5)
            if y + Double(lines.count) * 12 + 12 > DonorReportPDF.bottomLimit { finishPage() }
            y += 10
            font(size: 8.5, bold: false)
            for line in lines {
                show(line, x: DonorReportPDF.margin, y: y + 9)
                y += 12
            }
        }

        mutating func finishPage() {
            drawFooter()
            pen.endPage()
            number += 1
            y = DonorReportPDF.margin
            font(size: 9, bold: true)
            show(text("ui.office.report.continued", report.workshopName, report.dossier.summary.lot.code.text), x: DonorReportPDF.margin, y: y + 9)
            y += 20
        }

        func drawFooter() {
            font(size: 7.5, bold: false)
            pen.color(0.3, 0.3, 0.3)
            let footer = text(report.dossier.isProvisional ? "ui.report.footerProvisional" : "ui.office.report.footer",
                              report.workshopName, report.dossier.summary.lot.code.text,
                              WorkshopClock.displayDay(report.date, in: language), String(number))
            show(footer, x: DonorReportPDF.margin, y: DonorReportPDF.pageHeight - 28)
            pen.color(0, 0, 0)
        }

        mutating func row(_ label: String, _ value: String, labelWidth: Double = 150) {
            font(size: 9.5, bold: true)
            show(label, x: DonorReportPDF.margin, y: y + 10)
            font(size: 9.5, bold: false)
            show(fit(value, width: 510 - labelWidth), x: DonorReportPDF.margin + labelWidth, y: y + 10)
            y += 14
        }

        func fit(_ text: String, width: Double) -> String { pen.fit(text, width: width) }
        func wrap(_ text: String, width: Double, size: Double, bold: Bool = false) -> [String] { pen.wrap(text, width: width, size: size, bold: bold) }
        func measure(_ text: String) -> Double { pen.measure(text) }
        func font(size: Double, bold: Bool) { pen.font(size: size, bold: bold) }
        func show(_ text: String, x: Double, y: Double) { pen.show(text, x: x, y: y) }
    }
}
