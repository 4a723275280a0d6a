/// Who is erasing, where, and for which donated item: printed on the certificate.
public struct WipeContext: Codable, Sendable, Equatable {
    public var workshop: String?
    public var station: String?
    public var `operator`: String?
    public var lot: String?
    public var assetTag: String?

    public init(workshop: String? = nil, station: String? = nil, operator: String? = nil, lot: String? = nil, assetTag: String? = nil) {
        self.workshop = workshop
        self.station = station
        self.operator = `operator`
        self.lot = lot
        self.assetTag = assetTag
    }
}
