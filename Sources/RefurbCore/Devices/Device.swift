/// A donated piece of equipment, as the workshop knows it now. Its history is in its events.
public struct Device: Hashable, Codable, Sendable {
    public var assetTag: AssetTag
    public var lotCode: LotCode
    public var category: DeviceCategory
    public var manufacturer: String?
    public var model: String?
    public var serial: SerialNumber?
    public var stage: Stage
    public var grade: Grade?
    public var price: Money?
    public var location: String?
    /// Bumped by every change; a writer holding an older version is refused rather than overwriting.
    public var version: Int
    /// What the shop calls it on the price label and its card, when it typed one (`DeviceTitle`).
    public var displayName: String?

    public init(
        assetTag: AssetTag,
        lotCode: LotCode,
        category: DeviceCategory,
        manufacturer: String? = nil,
        model: String? = nil,
        serial: SerialNumber? = nil,
        stage: Stage = .received,
        grade: Grade? = nil,
        price: Money? = nil,
        location: String? = nil,
        version: Int = 1,
        displayName: String? = nil
    ) {
        self.assetTag = assetTag
        self.lotCode = lotCode
        self.category = category
        self.manufacturer = manufacturer
        self.model = model
        self.serial = serial
        self.stage = stage
        self.grade = grade
        self.price = price
        self.location = location
        self.version = version
        self.displayName = displayName
    }
}
