/// What a person types to open a lot, checked before anything is written.
public struct LotInput: Hashable, Sendable {
    public let donorName: String
    public let site: String?
    public let declaredCount: Int?
    public let weightGrams: Int?
    /// What kind of body the donor is, when said (`DonorType`).
    public let donorType: DonorType?

    public init(donorName: String, site: String? = nil, declaredCount: Int? = nil, weightKilograms: String? = nil,
                donorType: DonorType? = nil)
        throws(LotInputError) {
        guard let donor = cleanedText(donorName) else { throw .donorMissing }
        guard !donor.containsControlCharacters, donor.count <= 200 else { throw .donorMalformed }
        do {
            try Quantity.deviceCount.checkIfPresent(declaredCount, field: "declaredCount")
        } catch {
            throw .outOfRange(error)
        }
        self.donorName = donor
        self.site = cleanedText(site)
        self.declaredCount = declaredCount
        self.donorType = donorType
        self.weightGrams = try weightKilograms.map { text throws(LotInputError) in try Self.grams(fromKilograms: text) }
    }

    /// "12", "12.5" or "12,5" kilograms to grams, refusing negative and malformed weights, and weights
    /// outside `Quantity.weight` as out of range.
    static func grams(fromKilograms text: String) throws(LotInputError) -> Int {
        let normalized = text.trimmingSpaces().replacingCommaWithDot()
        let parts = normalized.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || (parts[1].count <= 3 && !parts[1].isEmpty && parts[1].allSatisfy({ $0.isASCII && $0.isNumber })) else {
            throw .weightMalformed(text)
        }
        // Well written but longer than any allowed weight: out of range, before it could overflow.
        let significant = parts[0].drop { $0 == "0" }
        guard significant.count <= 9, let kilograms = significant.isEmpty ? 0 : Int(significant) else {
            throw .outOfRange(OutOfRange(field: "weightKg", quantity: .weight, value: nil))
        }
        var grams = kilograms * 1000
        if parts.count == 2 {
            let fraction = String(parts[1]) + String(repeating: "0", count: 3 - parts[1].count)
            grams += Int(fraction) ?? 0
        }
        do {
            return try Quantity.weight.check(grams, field: "weightKg")
        } catch {
            throw .outOfRange(error)
        }
    }
}

public enum LotInputError: Error, Hashable, Sendable {
    case donorMissing
    case donorMalformed
    case weightMalformed(String)
    case donorTypeUnknown(String)
    /// The declared count or the weight is outside its range (`Quantity.deviceCount`, `Quantity.weight`).
    case outOfRange(OutOfRange)

    public var message: Message {
        switch self {
        case .donorMissing: Message("lot.donorMissing")
        case .donorMalformed: Message("lot.donorMalformed")
        case .weightMalformed(let text): Message("lot.weightMalformed", text)
        case .donorTypeUnknown(let text): Message("lot.donorTypeUnknown", text, DonorType.choices)
        case .outOfRange(let error): error.message
        }
    }
}

private extension String {
    func replacingCommaWithDot() -> String { String(map { $0 == "," ? "." : $0 }) }
}
