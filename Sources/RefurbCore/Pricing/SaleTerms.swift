/// Which price a device was sold at: the public price, or the solidarity price for a beneficiary a
/// partner organisation referred.
public enum SaleKind: String, Codable, CaseIterable, Sendable {
    case `public`
    case solidarity

    public var label: Message { Message("pricing.saleKind.\(rawValue)") }
}

/// The kind of a sale and, for a solidarity sale, who referred the buyer: a partner's referral code
/// (`ReferralCode`), which the store redeems and turns into the partner's name, or the organisation's
/// name typed at the till when it has no code. Either way only the organisation is kept: the
/// beneficiary's identity is never asked for nor kept, since the receipt needs nothing more.
public struct SaleTerms: Hashable, Sendable {
    public static let maximumPartnerLength = 120

    public let kind: SaleKind
    /// The partner's name: typed, or (after the store redeemed the code) the code's partner.
    public let partner: String?
    public let referralCode: ReferralCode?

    public static let `public` = SaleTerms(checkedKind: .public, partner: nil)

    /// `kind` as the API and forms send it ("public" when left out). A solidarity sale names its partner
    /// by a referral code or by name, not both: the code already says who the partner is.
    public init(kind: String?, partner: String?, referralCode: String? = nil) throws(SaleTermsError) {
        let kindText = kind.map { $0.trimmingSpaces().lowercased() } ?? ""
        guard let kind = kindText.isEmpty ? .public : SaleKind(rawValue: kindText) else {
            throw .unknownKind(kindText)
        }
        let partner = cleanedText(partner)
        let typedCode = cleanedText(referralCode)
        var code: ReferralCode?
        if let typedCode {
            guard let parsed = ReferralCode(typedCode) else { throw .referralCodeMalformed(typedCode) }
            code = parsed
        }
        switch kind {
        case .public:
            guard partner == nil else { throw .partnerOnPublicSale }
            guard code == nil else { throw .referralCodeOnPublicSale }
        case .solidarity:
            guard partner == nil || code == nil else { throw .partnerAndReferralCode }
            guard partner != nil || code != nil else { throw .partnerMissing }
            if let partner {
                guard partner.count <= Self.maximumPartnerLength, !partner.containsControlCharacters else {
                    throw .partnerMalformed
                }
            }
        }
        self.init(checkedKind: kind, partner: partner, referralCode: code)
    }

    /// Terms read back from the event log, already checked when they were written.
    public init(checkedKind kind: SaleKind, partner: String?, referralCode: ReferralCode? = nil) {
        self.kind = kind
        self.partner = partner
        self.referralCode = referralCode
    }

    /// The same terms once the code is redeemed: the partner it belongs to.
    public func redeemed(by partner: ReferralPartner) -> SaleTerms {
        SaleTerms(checkedKind: kind, partner: partner.name, referralCode: referralCode)
    }
}

public enum SaleTermsError: Error, Hashable, Sendable {
    case unknownKind(String)
    case partnerMissing
    case partnerMalformed
    case partnerOnPublicSale
    case referralCodeMalformed(String)
    case referralCodeOnPublicSale
    case partnerAndReferralCode

    public var message: Message {
        switch self {
        case .unknownKind(let kind):
            Message("pricing.sale.unknownKind", kind, SaleKind.allCases.map(\.rawValue).joined(separator: ", "))
        case .partnerMissing: Message("pricing.sale.partnerMissing")
        case .partnerMalformed: Message("pricing.sale.partnerMalformed", String(SaleTerms.maximumPartnerLength))
        case .partnerOnPublicSale: Message("pricing.sale.partnerOnPublicSale")
        case .referralCodeMalformed(let typed): ReferralError.codeMalformed(typed).message
        case .referralCodeOnPublicSale: Message("pricing.sale.referralCodeOnPublicSale")
        case .partnerAndReferralCode: Message("pricing.sale.partnerAndReferralCode")
        }
    }
}
