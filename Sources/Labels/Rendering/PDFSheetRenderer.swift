import CCairo

/// Lays labels out on A4 pages as vector PDF, for workshops printing on an office printer and
/// cutting along the faint outlines. Text stays text and barcode modules stay exact rectangles.
public enum PDFSheetRenderer {
    public static let pageWidthMM = 210.0
    public static let pageHeightMM = 297.0
    public static let marginMM = 10.0
    public static let gapMM = 4.0

    static let pointsPerMM = 72.0 / 25.4

    public static func render(_ layout: LabelLayout, copies: Int) -> [UInt8] {
        let labelWidthMM = layout.grid.millimetres(layout.widthDots)
        let labelHeightMM = layout.grid.millimetres(layout.heightDots)
        let columns = Swift.max(1, Int((pageWidthMM - 2 * marginMM + gapMM) / (labelWidthMM + gapMM)))
        let rows = Swift.max(1, Int((pageHeightMM - 2 * marginMM + gapMM) / (labelHeightMM + gapMM)))
        let perPage = columns * rows

        return CairoStreamWriter.collect { callback, closure in
            let surface = cairo_pdf_surface_create_for_stream(callback, closure, pageWidthMM * pointsPerMM,
                                                              pageHeightMM * pointsPerMM)
            let context = cairo_create(surface)!
            for index in 0..<Swift.max(1, copies) {
                if index > 0 && index % perPage == 0 { cairo_show_page(context) }
                let slot = index % perPage
                let x = marginMM + Double(slot % columns) * (labelWidthMM + gapMM)
                let y = marginMM + Double(slot / columns) * (labelHeightMM + gapMM)
                cairo_save(context)
                cairo_translate(context, x * pointsPerMM, y * pointsPerMM)
                drawCutOutline(on: context, width: labelWidthMM, height: labelHeightMM)
                let scale = 72.0 / layout.grid.dpi
                cairo_scale(context, scale, scale)
                CairoLayoutPainter.paint(layout, on: context)
                cairo_restore(context)
            }
            cairo_show_page(context)
            cairo_destroy(context)
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            cairo_surface_destroy(surface)
            return status
        }
    }

    private static func drawCutOutline(on context: OpaquePointer, width: Double, height: Double) {
        cairo_save(context)
        cairo_set_source_rgb(context, 0.75, 0.75, 0.75)
        cairo_set_line_width(context, 0.3)
        let dashes: [Double] = [2, 2]
        cairo_set_dash(context, dashes, 2, 0)
        cairo_rectangle(context, 0, 0, width * pointsPerMM, height * pointsPerMM)
        cairo_stroke(context)
        cairo_restore(context)
    }
}
