/// What a person types to open a lot, checked before anything is written.
public struct LotInput: Hashable, Sendable {
    public let donorName: String
    public let site: String?
    public let declaredCount: Int?
    public let weightGrams: Int?

    public init(donorName: String, site: String? = nil, declaredCount: Int? = nil, weightKilograms: String? = nil)
        throws(LotInputError) {
        guard let donor = cleanedText(donorName) else { throw .donorMissing }
        guard !donor.containsControlCharacters, donor.count <= 200 else { throw .donorMalformed }
        if let declaredCount, declaredCount < 0 || declaredCount > 100_000 {
            throw .declaredCountOutOfRange(declaredCount)
        }
        self.donorName = donor
        self.site = cleanedText(site)
        self.declaredCount = declaredCount
        self.weightGrams = try weightKilograms.map { text throws(LotInputError) in try Self.grams(fromKilograms: text) }
    }

    /// "12", "12.5" or "12,5" kilograms to grams, refusing negative and absurd weights.
    static func grams(fromKilograms text: String) throws(LotInputError) -> Int {
        let normalized = text.trimmingSpaces().replacingCommaWithDot()
        let parts = normalized.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              !parts[0].isEmpty, parts[0].count <= 6, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || (parts[1].count <= 3 && !parts[1].isEmpty && parts[1].allSatisfy({ $0.isASCII && $0.isNumber })),
              let kilograms = Int(parts[0]) else {
            throw .weightMalformed(text)
        }
        var grams = kilograms * 1000
        if parts.count == 2 {
            let fraction = String(parts[1]) + String(repeating: "0", count: 3 - parts[1].count)
            grams += Int(fraction) ?? 0
        }
        return grams
    }
}

public enum LotInputError: Error, Hashable, Sendable {
    case donorMissing
    case donorMalformed
    case declaredCountOutOfRange(Int)
    case weightMalformed(String)

    public var message: Message {
        switch self {
        case .donorMissing: Message("lot.donorMissing")
        case .donorMalformed: Message("lot.donorMalformed")
        case .declaredCountOutOfRange(let count): Message("lot.declaredCountOutOfRange", String(count))
        case .weightMalformed(let text): Message("lot.weightMalformed", text)
        }
    }
}

private extension String {
    func replacingCommaWithDot() -> String { String(map { $0 == "," ? "." : $0 }) }
}
