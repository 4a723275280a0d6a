import Foundation
import Labels
import Testing

@Suite struct MonochromeBitmapTests {
    @Test func thresholdsCoverageAtHalf() {
        let coverage: [UInt8] = [0, 127, 128, 255, 10, 200, 0, 0, 255,  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let bitmap = coverage.withUnsafeBytes { MonochromeBitmap(coverage: $0, width: 9, height: 2, stride: 10) }
        #expect((0..<9).map { bitmap[$0, 0] } == [false, false, true, true, false, true, false, false, true])
        #expect(bitmap.isRowBlank(1))
        #expect(bitmap.row(0) == [0b0011_0100, 0b1000_0000])
    }

    @Test func rotatesAQuarterTurnClockwise() {
        var bitmap = MonochromeBitmap(width: 3, height: 2)
        bitmap[0, 0] = true  // top-left goes to top-right
        bitmap[2, 1] = true  // bottom-right goes to bottom-left
        let rotated = bitmap.rotatedClockwise()
        #expect(rotated.width == 2 && rotated.height == 3)
        #expect(rotated[1, 0])
        #expect(rotated[0, 2])
        #expect(rotated.blackDotCount == 2)
    }
}

@Suite struct PreviewAndSheetTests {
    @Test func previewIsAtPrinterResolutionNotScaled() throws {
        let library = SampleFields.library()
        let renderer = LabelRenderer()
        // DK-11209: 696 × 271 printable dots at 300 dpi.
        let brother = try renderer.preview(try library.load(named: "asset-tag-62x29"), fields: SampleFields.device)
        #expect(brother.width == 696 && brother.height == 271)
        // 29 mm tape: 306 dots across; the 62 mm long design is shown as read.
        let tape = try renderer.preview(try library.load(named: "asset-tag-29"), fields: SampleFields.device)
        #expect(tape.width == 732 && tape.height == 306)
        // Zebra 2″×1″ at 203 dpi: the whole label.
        let zebra = try renderer.preview(try library.load(named: "zebra-asset-tag-2x1"), fields: SampleFields.device)
        #expect(zebra.width == 406 && zebra.height == 203)
    }

    @Test func pngIsAPNGOfTheBitmap() throws {
        let png = try LabelRenderer().render(try SampleFields.library().load(named: "asset-tag-62x29"),
                                             fields: SampleFields.device, as: .png).bytes
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height big-endian at bytes 16–23.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 696 && height == 271)
    }

    @Test(.enabled(if: PythonDecoders.available, "needs the test venv (zxing-cpp, Pillow)"))
    func pngIsBlackInkOnWhitePaper() throws {
        let png = try LabelRenderer().render(try SampleFields.library().load(named: "asset-tag-62x29"),
                                             fields: SampleFields.device, as: .png).bytes
        let report = try PythonDecoders.barcodes(inPNG: png)
        #expect(report.topLeftPixel == 255)
        #expect(report.darkFraction > 0.05 && report.darkFraction < 0.5)
    }

    @Test func pdfIsAnA4SheetWithAsManyLabelsAsCopies() throws {
        let template = try SampleFields.library().load(named: "asset-tag-62x29")
        let one = try LabelRenderer().render(template, fields: SampleFields.device, as: .pdf).bytes
        #expect(String(decoding: one.prefix(5), as: UTF8.self) == "%PDF-")
        let text = String(decoding: one, as: UTF8.self)
        #expect(text.contains("/MediaBox [ 0 0 595.27") )
        // 62×29 labels: 2 columns × 8 rows on A4 with 10 mm margins; 40 copies need 3 pages.
        let many = try LabelRenderer().render(template, fields: SampleFields.device, as: .pdf, copies: 40).bytes
        let pages = String(decoding: many, as: UTF8.self).components(separatedBy: "/Type /Page\n").count - 1
            + String(decoding: many, as: UTF8.self).components(separatedBy: "/Type /Page ").count - 1
        #expect(pages >= 3)
    }
}
