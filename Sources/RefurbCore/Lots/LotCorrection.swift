/// What a person corrects on a lot (its donor, donor type, weight, declared count or site), and why, checked as when
/// the lot was opened (`LotInput`). A field left nil is left as it is.
public struct LotCorrection: Hashable, Sendable {
    public let donorName: String?
    public let site: String?
    public let declaredCount: Int?
    public let weightGrams: Int?
    /// What kind of body the donor is (`DonorType`); a type once said is corrected, never unsaid.
    public let donorType: DonorType?
    /// Why: kept in every correction's event. Required.
    public let reason: String

    public init(donorName: String? = nil, site: String? = nil, declaredCount: Int? = nil, weightKilograms: String? = nil,
                donorType: DonorType? = nil, reason: String?) throws(LotCorrectionError) {
        self.donorType = donorType
        if let donorName {
            guard let donor = cleanedText(donorName) else { throw .lot(.donorMissing) }
            guard !donor.containsControlCharacters, donor.count <= 200 else { throw .lot(.donorMalformed) }
            self.donorName = donor
        } else {
            self.donorName = nil
        }
        do {
            try Quantity.deviceCount.checkIfPresent(declaredCount, field: "declaredCount")
        } catch {
            throw .lot(.outOfRange(error))
        }
        self.declaredCount = declaredCount
        do {
            self.weightGrams = try weightKilograms.flatMap(cleanedText).map { text throws(LotInputError) in
                try LotInput.grams(fromKilograms: text)
            }
        } catch {
            throw .lot(error)
        }
        self.site = cleanedText(site)
        if let site = self.site, site.containsControlCharacters || site.count > 200 { throw .siteMalformed }
        guard let reason = cleanedText(reason), !reason.containsControlCharacters else { throw .reasonMissing }
        self.reason = String(reason.prefix(500))
    }
}

public enum LotCorrectionError: Error, Hashable, Sendable {
    case lot(LotInputError)
    case siteMalformed
    case reasonMissing

    public var message: Message {
        switch self {
        case .lot(let error): error.message
        case .siteMalformed: Message("intake.textMalformed", "site", "200")
        case .reasonMissing: Message("correction.reasonMissing")
        }
    }
}
