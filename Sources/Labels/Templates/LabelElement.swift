/// A rectangle on the label in millimetres, from the label's top-left corner as a person reads it.
public struct MillimetreRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
}

public enum HorizontalAlignment: String, Sendable, CaseIterable {
    case left, center, right
}

public enum VerticalAlignment: String, Sendable, CaseIterable {
    case top, middle, bottom
}

public enum FontWeight: String, Sendable, CaseIterable {
    case normal, bold
}

/// Text in a box: wrapped onto at most `maxLines` lines, shrunk down to `minSize` if asked, else cut with "…".
public struct TextElement: Hashable, Sendable {
    public var id: String
    public var frame: MillimetreRect
    public var text: FieldTemplate
    /// Font size in typographic points (1/72 inch), as in any word processor.
    public var size: Double
    public var minSize: Double
    public var weight: FontWeight
    public var alignment: HorizontalAlignment
    public var verticalAlignment: VerticalAlignment
    public var maxLines: Int
    public var shrinkToFit: Bool
}

/// A barcode in a box. The box includes the quiet zones; module sizes are whole printer dots.
public struct BarcodeElement: Hashable, Sendable {
    public var id: String
    public var frame: MillimetreRect
    public var symbology: BarcodeSymbology
    public var data: FieldTemplate
    /// Module (X) size in mm. For Code 128, the bar module width (default 0.25 mm: what cheap scanners
    /// read on first try). For 2D codes, nil means "as large as fits the box".
    public var moduleSize: Double?
    public var alignment: HorizontalAlignment
    public var verticalAlignment: VerticalAlignment
}

/// A straight horizontal or vertical rule.
public struct LineElement: Hashable, Sendable {
    public var id: String
    public var from: (x: Double, y: Double)
    public var to: (x: Double, y: Double)
    public var thickness: Double

    public static func == (lhs: LineElement, rhs: LineElement) -> Bool {
        lhs.id == rhs.id && lhs.from == rhs.from && lhs.to == rhs.to && lhs.thickness == rhs.thickness
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(from.x); hasher.combine(from.y); hasher.combine(to.x); hasher.combine(to.y)
        hasher.combine(thickness)
    }
}

/// A rectangle outline, or a filled rectangle.
public struct BoxElement: Hashable, Sendable {
    public var id: String
    public var frame: MillimetreRect
    public var thickness: Double
    public var filled: Bool
}

public enum LabelElement: Hashable, Sendable {
    case text(TextElement)
    case barcode(BarcodeElement)
    case line(LineElement)
    case box(BoxElement)

    public var id: String {
        switch self {
        case let .text(element): element.id
        case let .barcode(element): element.id
        case let .line(element): element.id
        case let .box(element): element.id
        }
    }

    /// The area the element covers, in mm.
    public var bounds: MillimetreRect {
        switch self {
        case let .text(element): element.frame
        case let .barcode(element): element.frame
        case let .box(element): element.frame
        case let .line(element):
            MillimetreRect(x: min(element.from.x, element.to.x) - element.thickness / 2,
                           y: min(element.from.y, element.to.y) - element.thickness / 2,
                           width: abs(element.to.x - element.from.x) + element.thickness,
                           height: abs(element.to.y - element.from.y) + element.thickness)
        }
    }
}
