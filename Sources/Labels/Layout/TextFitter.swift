import Foundation

/// Fits text into a box: wraps at word boundaries onto at most `maxLines` lines; with shrink-to-fit,
/// lowers the size step by step down to the minimum; what still does not fit is cut with "…".
struct TextFitter {
    struct Fitted {
        var lines: [String]
        var lineWidths: [Double]
        var font: LabelFont
        var metrics: FontMetrics
    }

    let measurer: TextMeasuring
    /// Each shrink step keeps this share of the previous size.
    static let shrinkFactor = 0.94
    static let ellipsis = "…"

    func fit(_ text: String, in frame: DotRect, element: TextElement, grid: DotGrid, family: String) -> Fitted {
        var points = element.size
        let smallest = element.shrinkToFit ? element.minSize : element.size
        let width = Double(frame.width)
        while true {
            let font = LabelFont(family: family, weight: element.weight, sizeDots: grid.dots(points: points))
            let metrics = measurer.metrics(of: font)
            let lines = wrap(text, width: width, font: font)
            let lineLimit = Swift.max(1, Swift.min(element.maxLines, fittingLineCount(metrics, height: Double(frame.height))))
            if lines.count <= lineLimit {
                return Fitted(lines: lines, lineWidths: lines.map { measurer.width(of: $0, in: font) }, font: font,
                              metrics: metrics)
            }
            if points <= smallest {
                let kept = truncate(lines, to: lineLimit, width: width, font: font)
                return Fitted(lines: kept, lineWidths: kept.map { measurer.width(of: $0, in: font) }, font: font,
                              metrics: metrics)
            }
            points = Swift.max(smallest, points * Self.shrinkFactor)
        }
    }

    /// How many lines of this font the box height holds.
    private func fittingLineCount(_ metrics: FontMetrics, height: Double) -> Int {
        var count = 0
        while metrics.height(ofLines: count + 1) <= height + 0.5 { count += 1 }
        return count
    }

    /// Greedy wrap; explicit newlines are kept. Spec summaries ("i5-8250U · 8 Go · SSD 256 Go") break
    /// between their " · " items first, so that "256 Go" stays together; then between words; a word
    /// wider than the box is split between characters.
    func wrap(_ text: String, width: Double, font: LabelFont) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for item in paragraph.components(separatedBy: Self.itemSeparator) {
                let candidate = current.isEmpty ? item : current + Self.itemSeparator + item
                if measurer.width(of: candidate, in: font) <= width {
                    current = candidate
                    continue
                }
                if !current.isEmpty { lines.append(current) }
                let itemLines = wrapWords(item, width: width, font: font)
                lines += itemLines.dropLast()
                current = itemLines.last ?? ""
            }
            lines.append(current)
        }
        return lines
    }

    static let itemSeparator = " · "

    private func wrapWords(_ text: String, width: Double, font: LabelFont) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if measurer.width(of: candidate, in: font) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = String(word)
            // A single word too long for a line is broken where it overflows.
            while measurer.width(of: current, in: font) > width && current.count > 1 {
                var head = current
                while measurer.width(of: head, in: font) > width && head.count > 1 { head.removeLast() }
                lines.append(head)
                current = String(current.dropFirst(head.count))
            }
        }
        lines.append(current)
        return lines
    }

    /// Keeps the first `count` lines; the last one shows that text was left out.
    private func truncate(_ lines: [String], to count: Int, width: Double, font: LabelFont) -> [String] {
        var kept = Array(lines.prefix(count))
        guard lines.count > count, var last = kept.popLast() else { return kept }
        while !last.isEmpty && measurer.width(of: last + Self.ellipsis, in: font) > width {
            last.removeLast()
        }
        while last.last == " " { last.removeLast() }
        kept.append(last + Self.ellipsis)
        return kept
    }
}
