import CCairo

/// Renders a layout at printer resolution into a 1-bit bitmap. Drawn on an 8-bit coverage surface
/// (Cairo A8) and thresholded, never scaled afterwards: every dot is decided at the printer's own grid.
public enum LabelRasterizer {
    /// `window` is the part of the label to keep, in the layout's dots (the printable area).
    public static func render(_ layout: LabelLayout, window: DotRect) -> MonochromeBitmap {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(window.width), Int32(window.height))
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)!
        cairo_translate(context, Double(-window.x), Double(-window.y))
        CairoLayoutPainter.paint(layout, on: context)
        cairo_destroy(context)
        cairo_surface_flush(surface)

        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else {
            return MonochromeBitmap(width: window.width, height: window.height)
        }
        let coverage = UnsafeRawBufferPointer(start: data, count: stride * window.height)
        return MonochromeBitmap(coverage: coverage, width: window.width, height: window.height, stride: stride)
    }

    /// The whole label, for targets that print edge to edge (Zebra).
    public static func render(_ layout: LabelLayout) -> MonochromeBitmap {
        render(layout, window: DotRect(x: 0, y: 0, width: layout.widthDots, height: layout.heightDots))
    }
}
