import Foundation
import Labels
import Testing

/// Every character is `0.6 em` wide: enough to check the fitting rules without a font.
final class FixedWidthMeasurer: TextMeasuring {
    func metrics(of font: LabelFont) -> FontMetrics {
        FontMetrics(ascent: font.sizeDots * 0.8, descent: font.sizeDots * 0.2, lineHeight: font.sizeDots * 1.2)
    }

    func width(of text: String, in font: LabelFont) -> Double {
        Double(text.count) * font.sizeDots * 0.6
    }
}

@Suite struct TextFittingTests {
    /// Lays out one text element at 72 dpi, so that 1 pt = 1 dot and 1 mm = 72/25.4 dots.
    func layOut(_ text: String, width: Double, height: Double, size: Double, maxLines: Int = 1,
                shrink: Bool = false, minSize: Double? = nil, align: String = "left") throws -> LaidOutText {
        let json = """
            {"name": "fit", "size": {"width": 100, "height": 100}, "media": {"zebra": {"dpi": 203}},
             "elements": [{"id": "t", "type": "text", "x": 0, "y": 0, "width": \(width), "height": \(height),
                           "text": "{specs}", "size": \(size), "maxLines": \(maxLines), "shrinkToFit": \(shrink),
                           "align": "\(align)"\(minSize.map { ", \"minSize\": \($0)" } ?? "")}]}
            """
        let folder = try RepositoryPaths.temporaryFolder()
        let file = folder.appendingPathComponent("fit.json")
        try Data(json.utf8).write(to: file)
        let template = try LabelTemplateLibrary.load(file: file)
        let engine = LabelLayoutEngine(measurer: FixedWidthMeasurer())
        let layout = try engine.layout(template, fields: LabelFields([.specs: text]), dpi: 72)
        guard case let .text(laidOut) = layout.items[0] else { throw LabelError(.init("unexpected")) }
        return laidOut
    }

    @Test func shortTextKeepsItsSize() throws {
        let text = try layOut("i5 8 Go", width: 50, height: 10, size: 10)
        #expect(text.lines == ["i5 8 Go"])
        #expect(text.font.sizeDots == 10)
    }

    @Test func wrapsAtWordsOntoTheAllowedLines() throws {
        // 50 mm = 141.7 dots; at 10 pt a character is 6 dots: 23 characters per line.
        let text = try layOut("i5-8250U 8 Go SSD 256 Go Windows 11", width: 50, height: 20, size: 10, maxLines: 2)
        #expect(text.lines == ["i5-8250U 8 Go SSD 256", "Go Windows 11"])
    }

    @Test func shrinksUntilItFitsOnOneLine() throws {
        let text = try layOut("i5-8250U 8 Go SSD 256 Go Windows 11", width: 50, height: 10, size: 10, shrink: true, minSize: 4)
        #expect(text.lines.count == 1)
        #expect(text.font.sizeDots < 10 && text.font.sizeDots >= 4)
        #expect(text.lineWidths[0] <= 50 * 72 / 25.4)
    }

    @Test func whatStillDoesNotFitIsCutWithAnEllipsis() throws {
        let text = try layOut("i5-8250U 8 Go SSD 256 Go Windows 11 Pro", width: 30, height: 10, size: 10)
        #expect(text.lines.count == 1)
        #expect(text.lines[0].hasSuffix("…"))
        #expect(text.lineWidths[0] <= 30 * 72 / 25.4)
    }

    @Test func linesAreLimitedByTheBoxHeightToo() throws {
        // 6 mm = 17 dots holds one 10-dot line, not two (10 + 12 dots).
        let text = try layOut("a b c d e f g h i j k l m n o p", width: 5, height: 6, size: 10, maxLines: 5)
        #expect(text.lines.count == 1)
    }

    @Test func aWordWiderThanTheBoxIsBroken() throws {
        let text = try layOut("ABCDEFGHIJKLMNOPQRSTUVWXYZ", width: 20, height: 30, size: 10, maxLines: 3)
        #expect(text.lines.joined() == "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        #expect(text.lines.count == 3)
    }

    @Test func specSummariesBreakBetweenItemsRatherThanInsideThem() throws {
        let text = try layOut("i5-8250U · 8 Go · SSD 256 Go", width: 40, height: 20, size: 10, maxLines: 2)
        #expect(text.lines == ["i5-8250U · 8 Go", "SSD 256 Go"])
    }

    @Test func alignmentPlacesEachLine() throws {
        let centered = try layOut("abc", width: 50, height: 10, size: 10, align: "center")
        let width = 50 * 72 / 25.4
        let x = centered.origin(ofLine: 0).x
        #expect(abs(x - (Double(centered.frame.x) + (Double(centered.frame.width) - 18) / 2)) < 0.001)
        let right = try layOut("abc", width: 50, height: 10, size: 10, align: "right")
        #expect(abs(right.origin(ofLine: 0).x + 18 - Double(right.frame.maxX)) < 0.001)
        #expect(width > 18)
    }
}

@Suite struct DotGridTests {
    @Test func quarterMillimetreModulesAreThreeDotsAt300AndTwoAt203() {
        #expect(DotGrid(dpi: 300).thickness(0.25) == 3)
        #expect(DotGrid(dpi: 203).thickness(0.25) == 2)
    }

    @Test func edgesAreRoundedSoNeighboursMeet() {
        let grid = DotGrid(dpi: 300)
        let left = grid.rect(MillimetreRect(x: 0, y: 0, width: 10.05, height: 1))
        let right = grid.rect(MillimetreRect(x: 10.05, y: 0, width: 10.05, height: 1))
        #expect(left.maxX == right.x)
    }

    @Test func pointsBecomeDotsAtTheResolution() {
        #expect(DotGrid(dpi: 300).dots(points: 72) == 300)
        #expect(DotGrid(dpi: 203).dots(points: 36) == 101.5)
    }
}
