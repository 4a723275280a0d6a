import Documents

/// Draws a `LabelLayout` on a canvas whose units are dots: a coverage raster at the printer's resolution
/// (then thresholded), or a PDF page scaled to points (vector).
enum LayoutPainter {
    static func paint(_ layout: LabelLayout, on canvas: Canvas) {
        canvas.color(0, 0, 0)
        for item in layout.items {
            switch item {
            case let .text(text):
                paint(text, on: canvas)
            case let .barcode(barcode):
                let rowHeight = barcode.symbology.isLinear ? barcode.heightDots : barcode.moduleDots
                canvas.barcode(barcode.matrix, x: Double(barcode.origin.x), y: Double(barcode.origin.y),
                               module: Double(barcode.moduleDots), rowHeight: Double(rowHeight))
            case let .filledRect(rect):
                fill(rect, on: canvas)
            case let .outline(rect, thickness):
                let edge = Swift.min(thickness, rect.width / 2, rect.height / 2)
                fill(DotRect(x: rect.x, y: rect.y, width: rect.width, height: edge), on: canvas)
                fill(DotRect(x: rect.x, y: rect.maxY - edge, width: rect.width, height: edge), on: canvas)
                fill(DotRect(x: rect.x, y: rect.y, width: edge, height: rect.height), on: canvas)
                fill(DotRect(x: rect.maxX - edge, y: rect.y, width: edge, height: rect.height), on: canvas)
            }
        }
    }

    static func paint(_ text: LaidOutText, on canvas: Canvas) {
        // Anti-aliased glyph edges thresholded at 50 % keep letter shapes truer than aliased rendering.
        canvas.smoothEdges(true)
        canvas.font(size: text.font.sizeDots, bold: text.font.weight == .bold, family: text.font.family)
        for (index, line) in text.lines.enumerated() where !line.isEmpty {
            let origin = text.origin(ofLine: index)
            canvas.show(line, x: origin.x.rounded(), y: origin.baseline.rounded())
        }
    }

    /// Whole-dot rectangles without anti-aliasing: edges fall exactly on dot boundaries.
    static func fill(_ rect: DotRect, on canvas: Canvas) {
        guard rect.width > 0, rect.height > 0 else { return }
        canvas.smoothEdges(false)
        canvas.fill(x: Double(rect.x), y: Double(rect.y), width: Double(rect.width), height: Double(rect.height))
    }
}
