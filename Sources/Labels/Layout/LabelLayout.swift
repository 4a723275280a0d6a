/// A label with every element resolved to printer dots: lines of text at a final size, barcodes as
/// module grids with whole-dot modules, rules and boxes as rectangles. Raster, PDF and ZPL output all
/// start from this, so they agree on where things are.
public struct LabelLayout: Sendable {
    /// The whole label, in dots, as read.
    public var widthDots: Int
    public var heightDots: Int
    public var grid: DotGrid
    public var items: [LaidOutItem]
}

public enum LaidOutItem: Sendable {
    case text(LaidOutText)
    case barcode(LaidOutBarcode)
    /// A solid rectangle: a rule, or a filled box.
    case filledRect(DotRect)
    /// A rectangle outline of the given thickness, drawn inside `rect`.
    case outline(DotRect, thickness: Int)
}

/// Text as it will be drawn: the lines after wrapping, shrinking and truncation, at one font size.
public struct LaidOutText: Sendable {
    public var elementID: String
    public var frame: DotRect
    public var lines: [String]
    public var lineWidths: [Double]
    public var font: LabelFont
    public var metrics: FontMetrics
    public var alignment: HorizontalAlignment
    /// Top of the first line's ascent, after vertical alignment in the frame.
    public var top: Double

    /// Where line `index` starts (x) and its baseline (y).
    public func origin(ofLine index: Int) -> (x: Double, baseline: Double) {
        let width = lineWidths[index]
        let x: Double = switch alignment {
        case .left: Double(frame.x)
        case .center: Double(frame.x) + (Double(frame.width) - width) / 2
        case .right: Double(frame.maxX) - width
        }
        return (x, top + metrics.ascent + Double(index) * metrics.lineHeight)
    }
}

/// A barcode placed on the dot grid. `origin` is the first module's top-left corner; the quiet zone
/// lies around it inside the element's frame.
public struct LaidOutBarcode: Sendable {
    public var elementID: String
    public var symbology: BarcodeSymbology
    public var data: String
    public var matrix: BarcodeMatrix
    /// Dots per module, across and (for 2D codes) down.
    public var moduleDots: Int
    /// Bar height for a linear code; rows × module for 2D codes.
    public var heightDots: Int
    public var origin: (x: Int, y: Int)

    public var widthDots: Int { matrix.columns * moduleDots }
    public var quietZoneDots: Int { symbology.quietZoneModules * moduleDots }
}
