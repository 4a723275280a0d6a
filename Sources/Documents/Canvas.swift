import CCairo

/// Where Refurb draws: a Cairo context on a PDF page (`PDFDocument`) or on a raster (`CoverageRaster`).
/// Coordinates are the surface's own (points on a page, printer dots on a raster), y pointing down.
/// A canvas lives only inside the call that hands it out.
public struct Canvas {
    let context: OpaquePointer

    init(context: OpaquePointer) {
        self.context = context
    }

    /// The documents' typeface: the certificate, the service's pages and the labels were all set in it
    /// already, and it has the French accents, « », € and the arrows the documents print.
    public static let documentFont = "DejaVu Sans"

    // MARK: Text

    public func font(size: Double, bold: Bool, family: String = Canvas.documentFont) {
        cairo_select_font_face(context, family, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, size)
    }

    /// The text in the current font, its baseline starting at (x, y).
    public func show(_ text: String, x: Double, y: Double) {
        cairo_move_to(context, x, y)
        cairo_show_text(context, text)
    }

    /// How far the text advances in the current font.
    public func measure(_ text: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    /// The current font's vertical extents.
    public func fontExtents() -> FontExtents {
        var extents = cairo_font_extents_t()
        cairo_font_extents(context, &extents)
        return FontExtents(ascent: extents.ascent, descent: extents.descent, lineHeight: extents.height)
    }

    // MARK: Shapes

    public func color(_ red: Double, _ green: Double, _ blue: Double) {
        cairo_set_source_rgb(context, red, green, blue)
    }

    public func fill(x: Double, y: Double, width: Double, height: Double) {
        cairo_rectangle(context, x, y, width, height)
        cairo_fill(context)
    }

    public func line(from x1: Double, _ y1: Double, to x2: Double, _ y2: Double, width: Double = 0.5) {
        cairo_set_line_width(context, width)
        cairo_move_to(context, x1, y1)
        cairo_line_to(context, x2, y2)
        cairo_stroke(context)
    }

    /// A rectangle's outline, dashed when `dash` gives the lengths of its dashes and gaps.
    public func outline(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, dash: [Double] = []) {
        cairo_save(context)
        cairo_set_line_width(context, lineWidth)
        cairo_set_dash(context, dash, Int32(dash.count), 0)
        cairo_rectangle(context, x, y, width, height)
        cairo_stroke(context)
        cairo_restore(context)
    }

    /// The dark modules of a symbol from (x, y), each `module` wide and `rowHeight` high (a linear code's
    /// one row is stretched to its bar height). Without anti-aliasing: on a raster whose dots are whole
    /// modules, module edges fall exactly on dot boundaries. Each run of dark modules is filled on its own:
    /// one path of all the runs made a sheet of 16 asset tags take 11.9 ms to write as PDF instead of 6.2.
    public func barcode(_ matrix: BarcodeMatrix, x: Double, y: Double, module: Double, rowHeight: Double) {
        cairo_save(context)
        cairo_set_antialias(context, CAIRO_ANTIALIAS_NONE)
        for row in 0..<matrix.rows {
            for run in matrix.darkRuns(inRow: row) {
                cairo_rectangle(context, x + Double(run.start) * module, y + Double(row) * rowHeight,
                                Double(run.length) * module, rowHeight)
                cairo_fill(context)
            }
        }
        cairo_restore(context)
    }

    /// Smooth (grey) edges or none: a label's text is drawn smooth and thresholded at half coverage, which
    /// keeps letter shapes truer than aliased drawing; its rectangles are drawn crisp on whole dots.
    public func smoothEdges(_ smooth: Bool) {
        cairo_set_antialias(context, smooth ? CAIRO_ANTIALIAS_GRAY : CAIRO_ANTIALIAS_NONE)
    }

    // MARK: Coordinates and pages

    /// Runs `body` and puts back the colour, font, line and coordinates it changed.
    public func keepingState(_ body: () -> Void) {
        cairo_save(context)
        body()
        cairo_restore(context)
    }

    public func translate(x: Double, y: Double) {
        cairo_translate(context, x, y)
    }

    public func scale(_ factor: Double) {
        cairo_scale(context, factor, factor)
    }

    /// Ends the page: what comes next is drawn on a new one. A document ends each of its pages, the last too.
    public func endPage() {
        cairo_show_page(context)
    }
}
