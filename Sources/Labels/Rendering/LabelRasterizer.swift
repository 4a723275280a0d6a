import Documents

/// Renders a layout at printer resolution into a 1-bit bitmap. Drawn on an 8-bit coverage raster and
/// thresholded, never scaled afterwards: every dot is decided at the printer's own grid.
public enum LabelRasterizer {
    /// `window` is the part of the label to keep, in the layout's dots (the printable area).
    public static func render(_ layout: LabelLayout, window: DotRect) -> MonochromeBitmap {
        let bitmap = CoverageRaster.render(width: window.width, height: window.height) { canvas in
            canvas.translate(x: Double(-window.x), y: Double(-window.y))
            LayoutPainter.paint(layout, on: canvas)
        } read: { coverage, stride in
            MonochromeBitmap(coverage: coverage, width: window.width, height: window.height, stride: stride)
        }
        return bitmap ?? MonochromeBitmap(width: window.width, height: window.height)
    }

    /// The whole label, for targets that print edge to edge (Zebra).
    public static func render(_ layout: LabelLayout) -> MonochromeBitmap {
        render(layout, window: DotRect(x: 0, y: 0, width: layout.widthDots, height: layout.heightDots))
    }
}
