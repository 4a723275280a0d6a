import Documents
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import RefurbCore
import RefurbStore

/// A device's test record as an A4 PDF, to print and keep with the device's file: the workshop, the device
/// (tag, model, serial, category), the checklist's version and battery threshold, then each test with its
/// outcome, its note, and who did it when. Drawn through Documents' `PDFDocument`, as the other documents.
struct TestRecordPDF {
    let tests: DeviceTests
    let identity: WorkshopIdentity
    let language: Language
    let date: Date

    static let margin = 40.0
    static let bottomLimit = PageSize.a4.height - 60

    func text(_ key: String, _ arguments: String...) -> String {
        Message(key: key, arguments: arguments).text(in: language, catalog: UIMessages.catalog)
    }

    func render() throws -> [UInt8] {
        let title = text("checklist.pdf.title", tests.device.assetTag.text)
        return try PDFDocument.render(document: "test record", title: title, author: identity.name) { canvas in
            var page = Page(pdf: self, pen: canvas)
            page.drawAll()
        }
    }

    static func response(for tag: AssetTag, state: ServiceState, language: Language) async throws -> Response {
        let tests = try await DeviceTests.load(tag, state: state, language: language)
        let identity = try await OfficeLotPages.identity(state).identity
        let document = TestRecordPDF(tests: tests, identity: identity, language: language, date: Date())
        let bytes = try await BlockingWork.run { try document.render() }
        var headers = HTTPFields()
        headers[.contentType] = "application/pdf"
        headers[.contentDisposition] = "inline; filename=\"\(document.text("checklist.pdf.fileName", tag.text))\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private struct Page {
        let pdf: TestRecordPDF
        let pen: Canvas
        var y = TestRecordPDF.margin
        var number = 1

        var left: Double { TestRecordPDF.margin }
        var width: Double { PageSize.a4.width - 2 * TestRecordPDF.margin }
        // Columns: the test, its outcome, the note, who and when.
        var outcomeX: Double { left + 170 }
        var noteX: Double { left + 250 }
        var whoX: Double { left + 400 }

        mutating func drawAll() {
            let device = pdf.tests.device
            pen.font(size: 16, bold: true)
            pen.show(pen.fit(pdf.identity.name, width: width), x: left, y: y + 16)
            y += 22
            pen.font(size: 9, bold: false)
            for line in pdf.identity.addressLines {
                pen.show(line, x: left, y: y + 9)
                y += 12
            }
            y += 10
            pen.font(size: 13, bold: true)
            pen.show(pdf.text("checklist.pdf.title", device.assetTag.text), x: left, y: y + 13)
            y += 24
            let name = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
            row(pdf.text("checklist.pdf.device"), name.isEmpty ? device.assetTag.text : "\(device.assetTag.text) · \(name)")
            row(pdf.text("checklist.pdf.serial"), device.serial?.text ?? "—")
            row(pdf.text("checklist.pdf.category"), pdf.text("category.\(device.category.rawValue)"))
            let record = pdf.tests.record
            row(pdf.text("checklist.pdf.version"), pdf.text("checklist.pdf.versionValue",
                                                              String(record?.checklistVersion ?? pdf.tests.checklist.version),
                                                              String(record?.batteryThresholdPercent ?? pdf.tests.checklist.batteryThresholdPercent)))
            row(pdf.text("checklist.pdf.printedOn"), WorkshopClock.display(pdf.date, in: pdf.language))
            y += 8
            guard let record else {
                pen.font(size: 10, bold: false)
                pen.show(pdf.text("checklist.pdf.none"), x: left, y: y + 10)
                finish()
                return
            }
            let verdict = LifecycleCondition.testChecklist.brokenRules(LifecycleFacts(tests: record))
                .map { $0.message(in: pdf.language, catalog: UIMessages.catalog) }
            let summary = verdict.isEmpty ? [pdf.text("checklist.pdf.complete")] : verdict
            if !verdict.isEmpty { pen.color(0.72, 0.1, 0.1) }
            for sentence in summary {
                for line in pen.wrap(sentence, width: width, size: 10, bold: true) {
                    pen.font(size: 10, bold: true)
                    pen.show(line, x: left, y: y + 10)
                    y += 13
                }
            }
            pen.color(0, 0, 0)
            y += 8
            tableHeader()
            for answer in record.answers { drawAnswer(answer) }
            finish()
        }

        mutating func tableHeader() {
            pen.color(0.92, 0.93, 0.95)
            pen.fill(x: left - 4, y: y, width: width + 8, height: 18)
            pen.color(0, 0, 0)
            pen.font(size: 8.5, bold: true)
            pen.show(pdf.text("checklist.pdf.col.test"), x: left, y: y + 12.5)
            pen.show(pdf.text("checklist.pdf.col.outcome"), x: outcomeX, y: y + 12.5)
            pen.show(pdf.text("ui.bench.tests.note"), x: noteX, y: y + 12.5)
            pen.show(pdf.text("checklist.pdf.col.who"), x: whoX, y: y + 12.5)
            y += 22
        }

        mutating func drawAnswer(_ answer: ChecklistAnswer) {
            let nameLines = pen.wrap(answer.item.name(in: pdf.language, catalog: UIMessages.catalog), width: 160, size: 9, bold: true)
            var noteText = answer.note ?? ""
            if answer.fromReport { noteText += (noteText.isEmpty ? "" : " — ") + pdf.text("checklist.pdf.fromReport") }
            let noteLines = noteText.isEmpty ? [] : pen.wrap(noteText, width: 140, size: 8)
            let lines = max(nameLines.count + (answer.item.mandatory ? 1 : 0), noteLines.count, 2)
            let height = Double(lines) * 11 + 6
            if y + height > TestRecordPDF.bottomLimit {
                finishPage()
                tableHeader()
            }
            var lineY = y
            for line in nameLines {
                pen.font(size: 9, bold: true)
                pen.show(line, x: left, y: lineY + 10)
                lineY += 11
            }
            if answer.item.mandatory {
                pen.font(size: 7.5, bold: false)
                pen.show(pdf.text("checklist.pdf.mandatory"), x: left, y: lineY + 9)
            }
            let outcome = answer.outcome.map { pdf.text("checklist.outcome.\($0.rawValue)") } ?? pdf.text("checklist.pdf.notDone")
            switch answer.outcome {
            case .fail?: pen.color(0.72, 0.1, 0.1)
            case nil: pen.color(0.55, 0.35, 0)
            default: break
            }
            pen.font(size: 9, bold: answer.outcome != .pass)
            pen.show(pen.fit(outcome, width: 76), x: outcomeX, y: y + 10)
            pen.color(0, 0, 0)
            lineY = y
            for line in noteLines {
                pen.font(size: 8, bold: false)
                pen.show(line, x: noteX, y: lineY + 10)
                lineY += 11
            }
            pen.font(size: 8, bold: false)
            if let by = answer.testedBy { pen.show(pen.fit(by, width: width - (whoX - left)), x: whoX, y: y + 10) }
            if let at = answer.testedAt { pen.show(WorkshopClock.display(at, in: pdf.language), x: whoX, y: y + 21) }
            y += height
            pen.color(0.8, 0.82, 0.85)
            pen.line(from: left, y - 3, to: left + width, y - 3)
            pen.color(0, 0, 0)
        }

        mutating func finishPage() {
            footer()
            pen.endPage()
            number += 1
            y = TestRecordPDF.margin
        }

        func finish() {
            footer()
            pen.endPage()
        }

        func footer() {
            pen.font(size: 7.5, bold: false)
            pen.color(0.3, 0.3, 0.3)
            pen.show(pdf.text("checklist.pdf.footer", pdf.identity.name, pdf.tests.device.assetTag.text, String(number)),
                     x: left, y: PageSize.a4.height - 28)
            pen.color(0, 0, 0)
        }

        mutating func row(_ label: String, _ value: String) {
            pen.font(size: 9.5, bold: true)
            pen.show(label, x: left, y: y + 10)
            pen.font(size: 9.5, bold: false)
            pen.show(pen.fit(value, width: width - 130), x: left + 130, y: y + 10)
            y += 14
        }
    }
}
