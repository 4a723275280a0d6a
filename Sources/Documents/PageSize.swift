/// A page's size in PostScript points (1/72 inch).
public struct PageSize: Hashable, Sendable {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// A size given in millimetres, as paper and label stock are.
    public init(millimetresWide width: Double, high height: Double) {
        self.init(width: width * 72 / 25.4, height: height * 72 / 25.4)
    }

    /// A4 upright, rounded to whole points as the service's documents have always been (595 × 842).
    public static let a4 = PageSize(width: 595, height: 842)

    /// The same page turned a quarter, for wide tables such as the register.
    public var landscape: PageSize { PageSize(width: height, height: width) }
}
