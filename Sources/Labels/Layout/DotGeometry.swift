/// A rectangle in printer dots, in the design's orientation (x to the right, y down as read).
public struct DotRect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
}

/// Millimetres to whole dots at one resolution. Edges are rounded, not sizes, so that neighbouring
/// elements meet exactly and rounding errors never add up along the label.
public struct DotGrid: Hashable, Sendable {
    public let dpi: Double

    public init(dpi: Double) {
        self.dpi = dpi
    }

    public var dotsPerMM: Double { dpi / 25.4 }

    public func dots(_ mm: Double) -> Int {
        Int((mm * dotsPerMM).rounded())
    }

    public func rect(_ frame: MillimetreRect) -> DotRect {
        let x = dots(frame.x)
        let y = dots(frame.y)
        return DotRect(x: x, y: y, width: dots(frame.maxX) - x, height: dots(frame.maxY) - y)
    }

    /// A length in mm as whole dots, never less than one.
    public func thickness(_ mm: Double) -> Int {
        Swift.max(1, dots(mm))
    }

    /// Typographic points (1/72 inch) to dots.
    public func dots(points: Double) -> Double {
        points * dpi / 72
    }

    public func millimetres(_ dots: Int) -> Double {
        Double(dots) / dotsPerMM
    }
}
