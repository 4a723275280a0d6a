/// A commercial warranty the workshop offers on top of the legal guarantee: so many months for a
/// category of device (or every category), sold at a kind of price (or any), from a day and until a
/// day (or until further notice). Set by an admin; the sale's day picks the policy in force.
public struct WarrantyPolicy: Hashable, Sendable, Codable {
    public static let monthsRange = 1...60

    public var id: Int64
    /// Nil: every category.
    public var category: DeviceCategory?
    /// Nil: every kind of sale (public and solidarity).
    public var channel: SaleKind?
    public var months: Int
    public var from: String
    /// The last day it applies to sales; nil while it runs.
    public var until: String?

    public init(id: Int64, category: DeviceCategory?, channel: SaleKind?, months: Int, from: String, until: String?) {
        self.id = id
        self.category = category
        self.channel = channel
        self.months = months
        self.from = from
        self.until = until
    }

    public func applies(to category: DeviceCategory, channel: SaleKind, on day: CivilDay) -> Bool {
        guard let start = CivilDay(from), day >= start else { return false }
        if let until, let end = CivilDay(until), day > end { return false }
        return (self.category == nil || self.category == category) && (self.channel == nil || self.channel == channel)
    }

    /// The policy in force for a sale: the most precise one (category and channel, then category, then
    /// channel, then neither), and among equals the one that started last.
    public static func inForce(_ policies: [WarrantyPolicy], category: DeviceCategory, channel: SaleKind,
                               on day: CivilDay) -> WarrantyPolicy? {
        policies.filter { $0.applies(to: category, channel: channel, on: day) }.max { a, b in
            let pa = (a.category != nil ? 2 : 0) + (a.channel != nil ? 1 : 0)
            let pb = (b.category != nil ? 2 : 0) + (b.channel != nil ? 1 : 0)
            return pa != pb ? pa < pb : (a.from, a.id) < (b.from, b.id)
        }
    }

    /// The last day of the warranty for a sale on `day`.
    public func ends(forSaleOn day: CivilDay) -> CivilDay { day.adding(months: months) }
}
