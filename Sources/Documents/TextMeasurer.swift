import CCairo

/// Measures text with Cairo's own font machinery (fontconfig + FreeType), the same that draws it, on a
/// 1×1 scratch surface: for laying text out before there is a page to draw it on (labels). Keeps the last
/// font selected, since a layout measures many strings in one font. Not shared between threads.
public final class TextMeasurer {
    private let surface: OpaquePointer
    private let canvas: Canvas
    private var selected: (family: String, size: Double, bold: Bool)?

    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)!
        canvas = Canvas(context: cairo_create(surface)!)
    }

    deinit {
        cairo_destroy(canvas.context)
        cairo_surface_destroy(surface)
    }

    public func extents(family: String, size: Double, bold: Bool) -> FontExtents {
        select(family: family, size: size, bold: bold)
        return canvas.fontExtents()
    }

    public func width(of text: String, family: String, size: Double, bold: Bool) -> Double {
        select(family: family, size: size, bold: bold)
        return canvas.measure(text)
    }

    private func select(family: String, size: Double, bold: Bool) {
        if let selected, selected.family == family, selected.size == size, selected.bold == bold { return }
        canvas.font(size: size, bold: bold, family: family)
        selected = (family, size, bold)
    }
}
