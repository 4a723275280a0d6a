/// A collection batch: what one donor gave on one day, counted and weighed at the door.
public struct Lot: Hashable, Codable, Sendable {
    public var code: LotCode
    public var donorName: String
    public var site: String?
    /// The day it arrived, as `YYYY-MM-DD` in the workshop's time zone.
    public var receivedOn: String
    /// How many devices the donor said were in it; intake counts against this.
    public var declaredCount: Int?
    /// Weight in grams: the figure behind "kg diverted from waste".
    public var weightGrams: Int?
    /// What kind of body the donor is, nil when nobody said; a public body caps its devices' prices.
    public var donorType: DonorType?

    public init(code: LotCode, donorName: String, site: String? = nil, receivedOn: String,
                declaredCount: Int? = nil, weightGrams: Int? = nil, donorType: DonorType? = nil) {
        self.code = code
        self.donorName = donorName
        self.site = site
        self.receivedOn = receivedOn
        self.declaredCount = declaredCount
        self.weightGrams = weightGrams
        self.donorType = donorType
    }
}
