import RefurbCore

/// A lot with how many devices intake has recorded in it so far.
public struct LotSummary: Hashable, Sendable {
    public var lot: Lot
    public var deviceCount: Int
    /// 1 when opened, plus one per field corrected on the lot: a correction sent with an older one is refused.
    public var version: Int

    public init(lot: Lot, deviceCount: Int, version: Int = 1) {
        self.lot = lot
        self.deviceCount = deviceCount
        self.version = version
    }
}
