import Documents
import Foundation
import Testing

@Suite("PDF writer")
struct PDFDocumentTests {
    /// What poppler's `pdftotext` or `pdfinfo` prints for the PDF given on its standard input; nil, with the
    /// issue recorded, where poppler-utils is missing (scripts/setup installs it).
    static func poppler(_ tool: String, _ pdf: [UInt8], _ arguments: [String] = []) throws -> String? {
        guard let path = ["/usr/bin/", "/usr/local/bin/"].map({ $0 + tool }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            Issue.record("\(tool) (poppler-utils) is needed to read the PDF back: run scripts/setup")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + ["-"] + (tool == "pdftotext" ? ["-"] : [])
        let input = Pipe(), output = Pipe()
        (process.standardInput, process.standardOutput) = (input, output)
        try process.run()
        try input.fileHandleForWriting.write(contentsOf: Data(pdf))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    @Test("two pages of French text read back page by page, with the title in the metadata")
    func twoPagesOfFrenchText() throws {
        let pdf = try PDFDocument.render(document: "test", title: "Rapport de don — lot L-2026-0042", author: "Atelier du Bocage") { canvas in
            canvas.font(size: 12, bold: true)
            canvas.show("Éléments reçus à l'atelier : 12 ordinateurs", x: 40, y: 60)
            canvas.font(size: 9, bold: false)
            canvas.show("Effacé le 28/11/2026 · « conforme » · 149,00 €", x: 40, y: 80)
            canvas.line(from: 40, 90, to: 555, 90)
            canvas.endPage()
            canvas.show("Deuxième page : garantie légale de conformité", x: 40, y: 60)
            canvas.endPage()
        }
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        let text = try #require(try Self.poppler("pdftotext", pdf, ["-layout"]))
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
        #expect(pages.count >= 2)
        #expect(pages[0].contains("Éléments reçus à l'atelier : 12 ordinateurs"), "\(text)")
        #expect(pages[0].contains("Effacé le 28/11/2026 · « conforme » · 149,00 €"), "\(text)")
        #expect(pages[1].contains("Deuxième page : garantie légale de conformité"), "\(text)")
        let info = try #require(try Self.poppler("pdfinfo", pdf))
        #expect(info.contains(/Pages: +2\n/), "\(info)")
        #expect(info.contains("Rapport de don — lot L-2026-0042") && info.contains("Atelier du Bocage"), "\(info)")
    }

    @Test("A4, turned for wide tables, and label stock in millimetres")
    func pageSizes() throws {
        #expect(PageSize.a4 == PageSize(width: 595, height: 842))
        #expect(PageSize.a4.landscape == PageSize(width: 842, height: 595))
        let stock = PageSize(millimetresWide: 210, high: 297)
        #expect(abs(stock.width - 595.28) < 0.01 && abs(stock.height - 841.89) < 0.01)
        let landscape = try PDFDocument.render(document: "test", size: .a4.landscape) { $0.endPage() }
        let info = try #require(try Self.poppler("pdfinfo", landscape))
        #expect(info.contains(/Page size: +842 x 595 pts/), "\(info)")
    }

    @Test("text is wrapped on words; a word wider than the column overflows or is cut, as asked")
    func wrappingAndFitting() throws {
        var results: (words: [String], overflow: [String], cut: [String], fitted: String, width: Double)?
        _ = try PDFDocument.render(document: "test") { canvas in
            let words = canvas.wrap("le  lot  arrivé hier au matin", width: 60, size: 9)
            let hash = String(repeating: "0123456789abcdef", count: 4)
            let overflow = canvas.wrap("SHA-256 " + hash, width: 120, size: 9)
            let cut = canvas.wrap("SHA-256 " + hash, width: 120, size: 9, longWords: .cut)
            canvas.font(size: 9, bold: false)
            results = (words, overflow, cut, canvas.fit("Ordinateur portable reconditionné", width: 80), canvas.measure("…"))
            canvas.endPage()
        }
        let wrapped = try #require(results)
        #expect(wrapped.words.joined(separator: " ") == "le lot arrivé hier au matin")
        #expect(wrapped.words.count > 1)
        #expect(wrapped.overflow == ["SHA-256", String(repeating: "0123456789abcdef", count: 4)])
        #expect(wrapped.cut.count > 2 && wrapped.cut.dropFirst().joined() == String(repeating: "0123456789abcdef", count: 4))
        #expect(wrapped.fitted.hasSuffix("…") && wrapped.fitted.count < "Ordinateur portable reconditionné".count)
        #expect(wrapped.width > 0)
    }
}
