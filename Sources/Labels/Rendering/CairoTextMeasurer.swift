import CCairo

/// Measures text with Cairo's own font machinery (fontconfig + FreeType), the same that draws it.
/// Holds a 1×1 scratch surface; not shared between threads.
public final class CairoTextMeasurer: TextMeasuring {
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var selected: LabelFont?

    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)!
        context = cairo_create(surface)!
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    public func metrics(of font: LabelFont) -> FontMetrics {
        select(font)
        var extents = cairo_font_extents_t()
        cairo_font_extents(context, &extents)
        return FontMetrics(ascent: extents.ascent, descent: extents.descent, lineHeight: extents.height)
    }

    public func width(of text: String, in font: LabelFont) -> Double {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }

    private func select(_ font: LabelFont) {
        guard selected != font else { return }
        CairoFont.select(font, on: context)
        selected = font
    }
}

/// Applies a `LabelFont` to a Cairo context (toy text API: enough for one-line UTF-8 strings in
/// one Latin font, which is all labels need).
enum CairoFont {
    static func select(_ font: LabelFont, on context: OpaquePointer) {
        cairo_select_font_face(context, font.family, CAIRO_FONT_SLANT_NORMAL,
                               font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, font.sizeDots)
    }
}
