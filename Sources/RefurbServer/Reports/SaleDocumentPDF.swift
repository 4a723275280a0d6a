import Documents
import Foundation
import RefurbCore

/// A receipt or an invoice as an A4 PDF (`SaleDocument`), drawn with the service's PDF writer: the
/// workshop, the number, the day and time, the buyer of an invoice, the lines with their guarantee
/// dates, the total and the payment, then the mentions the law asks for.
struct SaleDocumentPDF {
    let document: SaleDocument

    static let margin = 48.0

    func render() throws -> [UInt8] {
        try PDFDocument.render(document: "receipt", title: document.title, author: document.identity.name) { canvas in
            draw(canvas)
            canvas.endPage()
        }
    }

    private func text(_ key: String, _ arguments: String...) -> String {
        Message(key: key, arguments: arguments).text(in: document.language, catalog: SaleDocument.catalog)
    }

    private func draw(_ pen: Canvas) {
        let left = Self.margin
        let width = PageSize.a4.width - 2 * left
        var y = pen.identity(document.identity, x: left, y: Self.margin, width: width, nameSize: 16, lineSize: 9)
        y += 14
        pen.font(size: 14, bold: true)
        pen.show(document.title, x: left, y: y + 14)
        y += 22
        pen.font(size: 9.5, bold: false)
        if document.invoice != nil {
            pen.show(text("ui.sales.receiptRef", document.number), x: left, y: y + 10)
            y += 14
        }
        pen.show(text("ui.sales.dateTime", document.day, document.time), x: left, y: y + 10)
        y += 20
        if let invoice = document.invoice {
            pen.font(size: 9.5, bold: true)
            pen.show(text("ui.sales.billedTo"), x: left, y: y + 10)
            y += 14
            pen.font(size: 9.5, bold: false)
            for line in [invoice.buyer.name] + invoice.buyer.addressLines + [invoice.buyer.siret.map { text("ui.sales.siret", $0) }].compactMap({ $0 }) {
                pen.show(pen.fit(line, width: width), x: left, y: y + 10)
                y += 13
            }
            y += 10
        }
        // The lines' table.
        let columns: [(String, Double, Double)] = [
            (text("ui.sales.col.device"), left, 190), (text("ui.sales.col.tag"), left + 194, 70),
            (text("ui.sales.col.serial"), left + 268, 100), (text("ui.sales.col.grade"), left + 372, 70),
            (text("ui.sales.col.price"), left + 446, width - 446),
        ]
        pen.color(0.92, 0.93, 0.95)
        pen.fill(x: left - 4, y: y, width: width + 8, height: 18)
        pen.color(0, 0, 0)
        pen.font(size: 8.5, bold: true)
        for column in columns { pen.show(pen.fit(column.0, width: column.2), x: column.1, y: y + 12.5) }
        y += 24
        for line in document.lines {
            let cells = [line.description, line.tag, line.serial ?? "—", line.grade ?? "—", line.amount]
            for (index, column) in columns.enumerated() where index > 0 {
                pen.font(size: 9, bold: index == 4)
                pen.show(pen.fit(cells[index], width: column.2), x: column.1, y: y + 10)
            }
            // The device's words wrap within their column (a long maker and model), the other cells stay on the first line.
            for (number, part) in pen.wrap(line.description, width: columns[0].2, size: 9).prefix(3).enumerated() {
                pen.font(size: 9, bold: false)
                pen.show(pen.fit(part, width: columns[0].2), x: columns[0].1, y: y + 10 + Double(number) * 11)
                if number > 0 { y += 11 }
            }
            y += 15
            pen.font(size: 8.5, bold: false)
            for detail in [line.guaranteeText, line.presumptionText, line.warrantyText].compactMap({ $0 }) {
                pen.show(pen.fit(detail, width: width - 20), x: left + 10, y: y + 9)
                y += 12
            }
            y += 4
            pen.color(0.8, 0.82, 0.85)
            pen.line(from: left, y, to: left + width, y)
            pen.color(0, 0, 0)
            y += 6
        }
        pen.font(size: 11, bold: true)
        let total = text("ui.sales.total", document.total)
        pen.show(total, x: left + width - pen.measure(total), y: y + 12)
        y += 20
        pen.font(size: 9.5, bold: false)
        pen.show(text("ui.sales.paidBy", document.payment), x: left, y: y + 10)
        y += 14
        pen.show(text("ui.sales.kind", document.kind) + (document.partner.map { " · " + text("ui.sales.partner", $0) } ?? ""), x: left, y: y + 10)
        y += 20
        if document.marginScheme {
            pen.font(size: 10, bold: true)
            pen.show(text("guarantee.marginScheme"), x: left, y: y + 10)
            y += 20
        }
        for (index, mention) in document.mentions.enumerated() {
            let lines = pen.wrap(mention, width: width, size: 8, bold: index == 0)
            for line in lines {
                pen.font(size: 8, bold: index == 0)
                pen.show(line, x: left, y: y + 8)
                y += 10.5
            }
            y += 6
        }
        pen.font(size: 7.5, bold: false)
        pen.color(0.3, 0.3, 0.3)
        pen.show(text("ui.sales.footer", document.identity.name, document.number), x: left, y: PageSize.a4.height - 28)
        pen.color(0, 0, 0)
    }
}
