import Documents
import Foundation
import RefurbCore
import RefurbStore

/// The register of second-hand goods as an A4 landscape PDF, for the police or the accountant: the
/// workshop, the days covered, then each day's movements under a band that gives the day's seal (its
/// lines, the first digits of the hash it pinned and the key that signed it), or says the day is not
/// sealed yet. Drawn through Documents' `PDFDocument`, as the other documents.
struct RegisterPDF {
    let extract: RegisterExtract
    let from: CivilDay
    let to: CivilDay
    let identity: WorkshopIdentity
    let language: Language
    let date: Date

    static let width = PageSize.a4.landscape.width
    static let height = PageSize.a4.landscape.height
    static let margin = 30.0
    static let bottomLimit = height - 50

    /// Each column: its heading's key, where it starts and how wide it is.
    struct Column {
        let key: String
        let x: Double
        let width: Double
    }

    static let columns: [Column] = {
        let spec: [(String, Double)] = [
            ("ui.register.col.number", 34), ("ui.register.col.time", 40), ("ui.register.col.movement", 54),
            ("ui.register.col.reason", 96), ("ui.register.col.tag", 62), ("ui.register.col.object", 132),
            ("ui.register.col.serial", 92), ("ui.register.col.provenance", 164), ("ui.register.col.payment", 62),
            ("ui.register.col.amount", 46),
        ]
        var x = margin
        return spec.map { key, width in
            defer { x += width }
            return Column(key: key, x: x, width: width)
        }
    }()

    func text(_ key: String, _ arguments: String...) -> String {
        Message(key: key, arguments: arguments).text(in: language, catalog: UIMessages.catalog)
    }

    func render() throws -> [UInt8] {
        try PDFDocument.render(document: "register", title: text("ui.register.pdf.title"), author: identity.name, size: .a4.landscape) { canvas in
            var page = Page(pdf: self, pen: canvas)
            page.drawAll()
        }
    }

    /// The cells of one line, in the order of `columns`.
    func cells(_ line: RegisterLine) -> [String] {
        [line.number.map(String.init) ?? "—", WorkshopClock.displayTime(line.occurredAt),
         line.movement.label.text(in: language, catalog: UIMessages.catalog), line.reason.label.text(in: language, catalog: UIMessages.catalog),
         line.assetTag, line.description, line.serial ?? "—", line.provenance, RegisterExport.paymentWords(line, in: language),
         line.amountCents.map { MoneyFormat.string(Money(cents: Int($0)), in: language) } ?? ""]
    }

    /// The band above a day's lines: its seal, or that it is not sealed yet.
    func dayBand(_ day: String) -> String {
        let shown = CivilDay(day)?.shown(in: language) ?? day
        if let seal = extract.seals[day] {
            return shown + " — " + text("ui.register.sealedDay", String(seal.firstNumber), String(seal.lastNumber), seal.shortHash, seal.keyId)
        }
        return text(day == extract.today ? "ui.register.pdf.todayDay" : "ui.register.pdf.unsealedDay", shown)
    }

    private struct Page {
        let pdf: RegisterPDF
        let pen: Canvas
        var y = RegisterPDF.margin
        var number = 1

        var left: Double { RegisterPDF.margin }
        var width: Double { RegisterPDF.width - 2 * RegisterPDF.margin }

        mutating func drawAll() {
            y = pen.identity(pdf.identity, x: left, y: y, width: width, nameSize: 15, lineSize: 8.5) + 8
            pen.font(size: 13, bold: true)
            pen.show(pdf.text("ui.register.pdf.title"), x: left, y: y + 13)
            y += 18
            pen.font(size: 9, bold: false)
            pen.show(pdf.text("ui.register.pdf.range", pdf.from.shown(in: pdf.language), pdf.to.shown(in: pdf.language),
                              WorkshopClock.display(pdf.date, in: pdf.language), String(pdf.extract.lines.count)), x: left, y: y + 9)
            y += 13
            for sentence in pen.wrap(pdf.text("ui.register.pdf.explain"), width: width, size: 8) {
                pen.font(size: 8, bold: false)
                pen.show(sentence, x: left, y: y + 8)
                y += 10
            }
            y += 8
            guard !pdf.extract.lines.isEmpty else {
                pen.font(size: 10, bold: false)
                pen.show(pdf.text("ui.register.none"), x: left, y: y + 10)
                finish()
                return
            }
            tableHeader()
            var day: String?
            for line in pdf.extract.lines {
                if line.day != day {
                    if y + 40 > RegisterPDF.bottomLimit { newPage() }
                    band(pdf.dayBand(line.day))
                    day = line.day
                }
                // Every cell whole, on as many lines as it needs: the register is read by the police, nothing cut.
                let cells = zip(RegisterPDF.columns, pdf.cells(line)).map { column, cell in
                    pen.wrap(cell, width: column.width - 4, size: 7.5)
                }
                if y + Double(cells.map(\.count).max() ?? 1) * 9.5 + 4 > RegisterPDF.bottomLimit {
                    newPage()
                    band(pdf.dayBand(line.day) + " " + pdf.text("ui.register.pdf.continued"))
                }
                row(cells)
            }
            finish()
        }

        mutating func tableHeader() {
            pen.color(0.92, 0.93, 0.95)
            pen.fill(x: left - 3, y: y, width: width + 6, height: 16)
            pen.color(0, 0, 0)
            pen.font(size: 7.5, bold: true)
            for column in RegisterPDF.columns {
                pen.show(pen.fit(pdf.text(column.key), width: column.width - 4), x: column.x, y: y + 11)
            }
            y += 19
        }

        mutating func band(_ words: String) {
            pen.color(0.96, 0.96, 0.9)
            pen.fill(x: left - 3, y: y, width: width + 6, height: 14)
            pen.color(0.15, 0.15, 0.15)
            pen.font(size: 7.5, bold: true)
            pen.show(pen.fit(words, width: width), x: left, y: y + 10)
            pen.color(0, 0, 0)
            y += 16
        }

        /// One line of the register, each cell already wrapped to its column.
        mutating func row(_ cells: [[String]]) {
            pen.font(size: 7.5, bold: false)
            for (column, lines) in zip(RegisterPDF.columns, cells) {
                for (index, text) in lines.enumerated() {
                    pen.show(text, x: column.x, y: y + 9 + Double(index) * 9.5)
                }
            }
            y += Double(cells.map(\.count).max() ?? 1) * 9.5 + 2.5
            pen.color(0.85, 0.86, 0.88)
            pen.line(from: left, y - 1.5, to: left + width, y - 1.5)
            pen.color(0, 0, 0)
        }

        mutating func newPage() {
            footer()
            pen.endPage()
            number += 1
            y = RegisterPDF.margin
            tableHeader()
        }

        func finish() {
            footer()
            pen.endPage()
        }

        func footer() {
            pen.font(size: 7, bold: false)
            pen.color(0.3, 0.3, 0.3)
            pen.show(pdf.text("ui.register.pdf.footer", pdf.identity.name, pdf.from.shown(in: pdf.language),
                              pdf.to.shown(in: pdf.language), String(number)),
                     x: left, y: RegisterPDF.height - 22)
            pen.color(0, 0, 0)
        }
    }
}

/// The register's PDF for the command line (`refurb register export --format pdf`).
public enum RegisterDocument {
    public static func pdf(_ extract: RegisterExtract, from: CivilDay, to: CivilDay, identity: WorkshopIdentity,
                           language: Language, date: Date = Date()) throws -> [UInt8] {
        try RegisterPDF(extract: extract, from: from, to: to, identity: identity, language: language, date: date).render()
    }
}
