import Foundation

/// Horizontal bars with a label on the left and the value written after each bar (time spent at each
/// stage, devices at each stage), as SVG markup drawn on the server. A bar without a value says so in
/// words instead of being left blank.
struct HorizontalBarChart {
    struct Bar {
        let label: String
        /// Nil when there is nothing to measure; `valueText` then says why.
        let value: Double?
        let valueText: String
    }

    let id: String
    let title: String
    let description: String
    let bars: [Bar]
    var cssClass = "bar-value"
    var color = "#0b5cad"

    static let width = 760.0
    private static let labelWidth = 210.0
    private static let valueWidth = 130.0
    private static let rowHeight = 34.0

    var height: Double { Double(bars.count) * Self.rowHeight + 12 }

    func svg() -> String {
        let barStart = Self.labelWidth
        let barSpace = Self.width - Self.labelWidth - Self.valueWidth
        let maximum = bars.compactMap(\.value).max() ?? 0
        var out = SVGMarkup.open(id: id, width: Self.width, height: height, title: title, description: description)
        for (index, bar) in bars.enumerated() {
            let rowTop = 6 + Double(index) * Self.rowHeight
            let textY = SVGMarkup.number(rowTop + Self.rowHeight / 2 + 5)
            out += "<text class=\"label\" x=\"\(SVGMarkup.number(barStart - 10))\" y=\"\(textY)\" text-anchor=\"end\">\(SVGMarkup.escape(bar.label))</text>"
            var valueX = barStart + 6
            if let value = bar.value, maximum > 0 {
                // A value of zero still shows a sliver, so that it reads as "measured, none" rather than missing.
                let length = max(2, value / maximum * barSpace)
                out += "<rect class=\"\(cssClass)\" x=\"\(SVGMarkup.number(barStart))\" y=\"\(SVGMarkup.number(rowTop + 5))\" width=\"\(SVGMarkup.number(length))\" height=\"\(SVGMarkup.number(Self.rowHeight - 10))\" fill=\"\(color)\"/>"
                valueX = barStart + length + 8
            }
            out += "<text class=\"value\" x=\"\(SVGMarkup.number(valueX))\" y=\"\(textY)\">\(SVGMarkup.escape(bar.valueText))</text>"
        }
        out += "<line class=\"baseline\" x1=\"\(SVGMarkup.number(barStart))\" x2=\"\(SVGMarkup.number(barStart))\" y1=\"4\" y2=\"\(SVGMarkup.number(height - 4))\" stroke=\"#1b1f24\" stroke-width=\"1.5\"/>"
        return out + "</svg>"
    }
}
