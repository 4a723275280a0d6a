import Foundation

/// A vertical bar chart in groups (devices in and out, week by week), written as SVG markup on the
/// server. Every bar carries its value as text, the axes are labelled, and the legend names the series
/// in words, so the chart never relies on colour alone.
struct GroupedBarChart {
    struct Series {
        let name: String
        /// A class for the style sheet (`series-in`, …) and the colour used when there is none.
        let cssClass: String
        let color: String
    }

    struct Group {
        let label: String
        let values: [Int]
    }

    let id: String
    let title: String
    let description: String
    let series: [Series]
    let groups: [Group]

    static let width = 760.0
    static let height = 280.0
    private static let left = 48.0
    private static let right = 12.0
    private static let top = 44.0
    private static let bottom = 42.0

    func svg() -> String {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let maximum = Double(groups.flatMap(\.values).max() ?? 0)
        let (topValue, step) = SVGMarkup.scale(maximum: maximum)
        let baseline = Self.top + plotHeight
        func y(_ value: Double) -> Double { baseline - value / topValue * plotHeight }

        var out = SVGMarkup.open(id: id, width: Self.width, height: Self.height, title: title, description: description)
        // Legend, top left: a swatch and the series' name.
        var legendX = Self.left
        for item in series {
            out += "<rect class=\"\(item.cssClass)\" x=\"\(SVGMarkup.number(legendX))\" y=\"10\" width=\"16\" height=\"16\" fill=\"\(item.color)\"/>"
            out += "<text class=\"legend\" x=\"\(SVGMarkup.number(legendX + 22))\" y=\"23\">\(SVGMarkup.escape(item.name))</text>"
            legendX += 34 + Double(item.name.count) * 8
        }
        // Horizontal grid lines with their values.
        var tick = 0.0
        while tick <= topValue + step / 2 {
            let lineY = SVGMarkup.number(y(tick))
            out += "<line class=\"grid\" x1=\"\(SVGMarkup.number(Self.left))\" x2=\"\(SVGMarkup.number(Self.width - Self.right))\" y1=\"\(lineY)\" y2=\"\(lineY)\" stroke=\"#c9cfd6\" stroke-width=\"1\"/>"
            out += "<text class=\"axis\" x=\"\(SVGMarkup.number(Self.left - 8))\" y=\"\(SVGMarkup.number(y(tick) + 4))\" text-anchor=\"end\">\(Int(tick))</text>"
            tick += step
        }
        guard !groups.isEmpty, !series.isEmpty else { return out + "</svg>" }
        let groupWidth = plotWidth / Double(groups.count)
        let barWidth = groupWidth * 0.72 / Double(series.count)
        for (groupIndex, group) in groups.enumerated() {
            let groupX = Self.left + Double(groupIndex) * groupWidth + groupWidth * 0.14
            for (seriesIndex, item) in series.enumerated() {
                let value = seriesIndex < group.values.count ? group.values[seriesIndex] : 0
                let x = groupX + Double(seriesIndex) * barWidth
                let barTop = y(Double(value))
                out += "<rect class=\"\(item.cssClass)\" x=\"\(SVGMarkup.number(x + 1))\" y=\"\(SVGMarkup.number(barTop))\" width=\"\(SVGMarkup.number(barWidth - 2))\" height=\"\(SVGMarkup.number(baseline - barTop))\" fill=\"\(item.color)\"/>"
                if value > 0 {
                    out += "<text class=\"value\" x=\"\(SVGMarkup.number(x + barWidth / 2))\" y=\"\(SVGMarkup.number(barTop - 4))\" text-anchor=\"middle\">\(value)</text>"
                }
            }
            out += "<text class=\"axis\" x=\"\(SVGMarkup.number(Self.left + (Double(groupIndex) + 0.5) * groupWidth))\" y=\"\(SVGMarkup.number(baseline + 20))\" text-anchor=\"middle\">\(SVGMarkup.escape(group.label))</text>"
        }
        out += "<line class=\"baseline\" x1=\"\(SVGMarkup.number(Self.left))\" x2=\"\(SVGMarkup.number(Self.width - Self.right))\" y1=\"\(SVGMarkup.number(baseline))\" y2=\"\(SVGMarkup.number(baseline))\" stroke=\"#1b1f24\" stroke-width=\"1.5\"/>"
        return out + "</svg>"
    }
}
