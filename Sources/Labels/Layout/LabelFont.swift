/// The typeface and size text is drawn with. DejaVu Sans (Debian fonts-dejavu-core) covers é, è, ç,
/// € and the "·" of spec lines, and is on every workshop machine the setup script prepares.
public struct LabelFont: Hashable, Sendable {
    public static let defaultFamily = "DejaVu Sans"

    public var family: String
    public var weight: FontWeight
    /// Em size in dots.
    public var sizeDots: Double

    public init(family: String = LabelFont.defaultFamily, weight: FontWeight, sizeDots: Double) {
        self.family = family
        self.weight = weight
        self.sizeDots = sizeDots
    }
}

/// Vertical metrics of a font at one size, in dots.
public struct FontMetrics: Hashable, Sendable {
    public var ascent: Double
    public var descent: Double
    /// Distance from one baseline to the next.
    public var lineHeight: Double

    public init(ascent: Double, descent: Double, lineHeight: Double) {
        self.ascent = ascent
        self.descent = descent
        self.lineHeight = lineHeight
    }

    /// Height taken by `lines` lines: full line spacing between them, just ascent and descent at the ends.
    public func height(ofLines lines: Int) -> Double {
        guard lines > 0 else { return 0 }
        return ascent + descent + Double(lines - 1) * lineHeight
    }
}

/// Measures text the way it will be drawn. Implemented with Cairo; a protocol so that the fitting
/// rules can be tested with simple fixed-width metrics.
public protocol TextMeasuring {
    func metrics(of font: LabelFont) -> FontMetrics
    func width(of text: String, in font: LabelFont) -> Double
}
