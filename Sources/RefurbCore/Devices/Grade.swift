/// The cosmetic and functional grade given by the technician, which the price follows.
public enum Grade: String, Codable, CaseIterable, Sendable, Comparable {
    /// Like new: no visible wear, everything works.
    case a = "A"
    /// Good: light wear, everything works.
    case b = "B"
    /// Fair: visible wear or a minor fault that is disclosed to the buyer.
    case c = "C"

    public init?(text: String) {
        let trimmed = text.trimmingSpaces().uppercased()
        self.init(rawValue: trimmed)
    }

    public var label: Message { Message("grade.\(rawValue)") }

    public static func < (lhs: Grade, rhs: Grade) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
