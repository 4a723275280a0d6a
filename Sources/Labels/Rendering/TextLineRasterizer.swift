/// One line of text drawn alone into a 1-bit bitmap (for ZPL, where a printer font lacks a glyph).
enum TextLineRasterizer {
    /// `width` is the line's advance as the layout measured it.
    static func render(_ line: String, width advance: Double, font: LabelFont, metrics: FontMetrics) -> MonochromeBitmap {
        let width = Swift.max(1, Int(advance.rounded(.up)))
        let height = Swift.max(1, Int((metrics.ascent + metrics.descent).rounded(.up)))
        let text = LaidOutText(elementID: "", frame: DotRect(x: 0, y: 0, width: width, height: height), lines: [line],
                               lineWidths: [Double(width)], font: font, metrics: metrics, alignment: .left, top: 0)
        let layout = LabelLayout(widthDots: width, heightDots: height, grid: DotGrid(dpi: 72), items: [.text(text)])
        return LabelRasterizer.render(layout)
    }
}
