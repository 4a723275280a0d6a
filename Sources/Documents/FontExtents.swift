/// A font's vertical extents at one size, in the canvas's units.
public struct FontExtents: Hashable, Sendable {
    public var ascent: Double
    public var descent: Double
    /// Distance from one baseline to the next.
    public var lineHeight: Double
}
