import CCairo

/// Draws a `LabelLayout` on a Cairo context whose user space is in dots. Used for the 1-bit raster
/// (on an A8 surface, then thresholded) and for the PDF (vector, scaled to points).
enum CairoLayoutPainter {
    static func paint(_ layout: LabelLayout, on context: OpaquePointer) {
        cairo_set_source_rgba(context, 0, 0, 0, 1)
        for item in layout.items {
            switch item {
            case let .text(text):
                paint(text, on: context)
            case let .barcode(barcode):
                paint(barcode, on: context)
            case let .filledRect(rect):
                fill(rect, on: context)
            case let .outline(rect, thickness):
                let edge = Swift.min(thickness, rect.width / 2, rect.height / 2)
                fill(DotRect(x: rect.x, y: rect.y, width: rect.width, height: edge), on: context)
                fill(DotRect(x: rect.x, y: rect.maxY - edge, width: rect.width, height: edge), on: context)
                fill(DotRect(x: rect.x, y: rect.y, width: edge, height: rect.height), on: context)
                fill(DotRect(x: rect.maxX - edge, y: rect.y, width: edge, height: rect.height), on: context)
            }
        }
    }

    static func paint(_ text: LaidOutText, on context: OpaquePointer) {
        // Anti-aliased glyph edges thresholded at 50 % keep letter shapes truer than aliased rendering.
        cairo_set_antialias(context, CAIRO_ANTIALIAS_GRAY)
        CairoFont.select(text.font, on: context)
        for (index, line) in text.lines.enumerated() where !line.isEmpty {
            let origin = text.origin(ofLine: index)
            cairo_move_to(context, origin.x.rounded(), origin.baseline.rounded())
            cairo_show_text(context, line)
        }
        cairo_new_path(context)
    }

    static func paint(_ barcode: LaidOutBarcode, on context: OpaquePointer) {
        let module = barcode.moduleDots
        let rows = barcode.symbology.isLinear ? 1 : barcode.matrix.rows
        let rowHeight = barcode.symbology.isLinear ? barcode.heightDots : module
        for row in 0..<rows {
            for run in barcode.matrix.darkRuns(inRow: row) {
                fill(DotRect(x: barcode.origin.x + run.start * module, y: barcode.origin.y + row * rowHeight,
                             width: run.length * module, height: rowHeight), on: context)
            }
        }
    }

    /// Whole-dot rectangles without anti-aliasing: module edges fall exactly on dot boundaries.
    static func fill(_ rect: DotRect, on context: OpaquePointer) {
        guard rect.width > 0, rect.height > 0 else { return }
        cairo_set_antialias(context, CAIRO_ANTIALIAS_NONE)
        cairo_rectangle(context, Double(rect.x), Double(rect.y), Double(rect.width), Double(rect.height))
        cairo_fill(context)
    }
}
