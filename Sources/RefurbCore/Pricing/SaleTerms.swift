/// Which price a device was sold at: the public price, or the solidarity price for a beneficiary a
/// partner organisation referred.
public enum SaleKind: String, Codable, CaseIterable, Sendable {
    case `public`
    case solidarity

    public var label: Message { Message("pricing.saleKind.\(rawValue)") }
}

/// The kind of a sale and, for a solidarity sale, the partner that referred the buyer: the
/// organisation's name only. The beneficiary's identity is never asked for nor kept, since the receipt
/// needs nothing more.
public struct SaleTerms: Hashable, Sendable {
    public static let maximumPartnerLength = 120

    public let kind: SaleKind
    public let partner: String?

    public static let `public` = SaleTerms(checkedKind: .public, partner: nil)

    /// `kind` as the API and forms send it ("public" when left out).
    public init(kind: String?, partner: String?) throws(SaleTermsError) {
        let kindText = kind.map { $0.trimmingSpaces().lowercased() } ?? ""
        guard let kind = kindText.isEmpty ? .public : SaleKind(rawValue: kindText) else {
            throw .unknownKind(kindText)
        }
        let partner = cleanedText(partner)
        switch kind {
        case .public:
            guard partner == nil else { throw .partnerOnPublicSale }
        case .solidarity:
            guard let partner else { throw .partnerMissing }
            guard partner.count <= Self.maximumPartnerLength, !partner.containsControlCharacters else {
                throw .partnerMalformed
            }
        }
        self.init(checkedKind: kind, partner: partner)
    }

    /// Terms read back from the event log, already checked when they were written.
    public init(checkedKind kind: SaleKind, partner: String?) {
        self.kind = kind
        self.partner = partner
    }
}

public enum SaleTermsError: Error, Hashable, Sendable {
    case unknownKind(String)
    case partnerMissing
    case partnerMalformed
    case partnerOnPublicSale

    public var message: Message {
        switch self {
        case .unknownKind(let kind):
            Message("pricing.sale.unknownKind", kind, SaleKind.allCases.map(\.rawValue).joined(separator: ", "))
        case .partnerMissing: Message("pricing.sale.partnerMissing")
        case .partnerMalformed: Message("pricing.sale.partnerMalformed", String(SaleTerms.maximumPartnerLength))
        case .partnerOnPublicSale: Message("pricing.sale.partnerOnPublicSale")
        }
    }
}
