import RefurbCore

/// Which devices a list shows. Every criterion given must match.
public struct DeviceFilter: Hashable, Sendable {
    public var stage: Stage?
    public var lot: LotCode?
    /// Words matched against asset tag, serial, manufacturer and model; each word may be the start of one.
    public var search: String?
    public var limit: Int
    public var offset: Int

    public init(stage: Stage? = nil, lot: LotCode? = nil, search: String? = nil, limit: Int = 100, offset: Int = 0) {
        self.stage = stage
        self.lot = lot
        self.search = search
        self.limit = limit
        self.offset = offset
    }
}
