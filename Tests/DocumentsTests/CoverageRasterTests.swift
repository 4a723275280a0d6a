import Documents
import Testing

@Suite("Rasters, PNG and text measuring")
struct CoverageRasterTests {
    @Test("a QR code drawn at 4 dots a module covers exactly its dark modules' dots")
    func barcodeModulesFallOnWholeDots() throws {
        let matrix = try BarcodeEncoder.encode("RF-000123", as: .qr(errorCorrection: .M))
        let module = 4, quiet = 4
        let side = (matrix.columns + 2 * quiet) * module
        let dark = CoverageRaster.render(width: side, height: side) { canvas in
            canvas.color(0, 0, 0)
            canvas.barcode(matrix, x: Double(quiet * module), y: Double(quiet * module), module: Double(module), rowHeight: Double(module))
        } read: { coverage, stride in
            (0..<side).map { y in (0..<side).map { x in coverage[y * stride + x] } }
        }
        let dots = try #require(dark)
        for y in 0..<side {
            for x in 0..<side {
                let column = x / module - quiet, row = y / module - quiet
                let inside = (0..<matrix.columns).contains(column) && (0..<matrix.rows).contains(row)
                let expected: UInt8 = inside && matrix[column, row] ? 255 : 0
                guard dots[y][x] == expected else {
                    Issue.record("dot (\(x), \(y)) is \(dots[y][x]), module (\(column), \(row)) wants \(expected)")
                    return
                }
            }
        }
    }

    @Test("a 1-bit image becomes a PNG of its own size")
    func monochromePNG() {
        // 10 × 2: a black first row, a white second one (2 bytes a row).
        let png = PNGImage.monochrome([0xFF, 0xC0, 0x00, 0x00], width: 10, height: 2, bytesPerRow: 2)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 10)
        #expect(png[20..<24].reduce(0) { $0 << 8 | Int($1) } == 2)
    }

    @Test("the measurer agrees with the canvas that draws the text")
    func measurerAgreesWithTheCanvas() throws {
        let measurer = TextMeasurer()
        let text = "Garantie légale : 2 ans"
        let measured = measurer.width(of: text, family: Canvas.documentFont, size: 30, bold: true)
        var drawn: Double?
        _ = CoverageRaster.render(width: 1, height: 1) { canvas in
            canvas.font(size: 30, bold: true)
            drawn = canvas.measure(text)
        } read: { _, _ in () }
        #expect(measured > 0 && measured == drawn)
        let extents = measurer.extents(family: Canvas.documentFont, size: 30, bold: false)
        #expect(extents.ascent > 0 && extents.descent > 0 && extents.lineHeight > extents.ascent)
        #expect(measurer.width(of: text, family: Canvas.documentFont, size: 30, bold: false) < measured)
    }
}
