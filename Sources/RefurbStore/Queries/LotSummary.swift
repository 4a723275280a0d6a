import RefurbCore

/// A lot with how many devices intake has recorded in it so far.
public struct LotSummary: Hashable, Sendable {
    public var lot: Lot
    public var deviceCount: Int

    public init(lot: Lot, deviceCount: Int) {
        self.lot = lot
        self.deviceCount = deviceCount
    }
}
