import Documents

/// Labels measure their text with Documents' measurer: Cairo's own font machinery, the same that draws it.
extension TextMeasurer: TextMeasuring {
    public func metrics(of font: LabelFont) -> FontMetrics {
        let extents = extents(family: font.family, size: font.sizeDots, bold: font.weight == .bold)
        return FontMetrics(ascent: extents.ascent, descent: extents.descent, lineHeight: extents.lineHeight)
    }

    public func width(of text: String, in font: LabelFont) -> Double {
        width(of: text, family: font.family, size: font.sizeDots, bold: font.weight == .bold)
    }
}
