/// The legal guarantee of conformity of one sold device, as the Code de la consommation counts it for
/// used goods: two years from the sale (art. L217-3, L217-7), a defect found in the first twelve months
/// presumed to have existed at the sale (art. L217-7), six more months after a repair under the
/// guarantee (art. L217-13), and two new years after a replacement the seller imposed (art. L217-13).
public struct LegalGuarantee: Hashable, Sendable {
    public static let months = 24
    /// For used goods the presumption lasts twelve months (art. L217-7, second paragraph).
    public static let presumptionMonths = 12
    public static let extensionAfterRepairMonths = 6

    public let saleDay: CivilDay
    /// The last day of the guarantee.
    public private(set) var ends: CivilDay
    /// The last day a defect is presumed to have existed at the sale.
    public private(set) var presumptionEnds: CivilDay

    public init(soldOn day: CivilDay) {
        saleDay = day
        ends = day.adding(months: Self.months)
        presumptionEnds = day.adding(months: Self.presumptionMonths)
    }

    public func covers(_ day: CivilDay) -> Bool { day >= saleDay && day <= ends }

    public func presumes(_ day: CivilDay) -> Bool { day >= saleDay && day <= presumptionEnds }

    /// After a repair under the guarantee (the claim received while it ran): six months more.
    public func afterRepair() -> LegalGuarantee {
        var next = self
        next.ends = ends.adding(months: Self.extensionAfterRepairMonths)
        return next
    }

    /// After a replacement the seller imposed (rather than the repair the buyer chose): the replacement
    /// has a guarantee of its own, two years from the day it was handed over, with its presumption.
    public func afterImposedReplacement(on day: CivilDay) -> LegalGuarantee {
        var next = self
        next.ends = day.adding(months: Self.months)
        next.presumptionEnds = day.adding(months: Self.presumptionMonths)
        return next
    }

    /// The guarantee as the claims on the device leave it, in the order they were settled. A claim
    /// received after the guarantee ended (or rejected, refunded, settled by a credit) changes nothing.
    public static func current(soldOn day: CivilDay, claims: [SettledClaim]) -> LegalGuarantee {
        var guarantee = LegalGuarantee(soldOn: day)
        for claim in claims where guarantee.covers(claim.receivedOn) {
            switch claim.outcome {
            case .repaired: guarantee = guarantee.afterRepair()
            case .replaced: guarantee = guarantee.afterImposedReplacement(on: claim.settledOn)
            case .refunded, .storeCredit, .rejected: break
            }
        }
        return guarantee
    }
}

/// What the guarantee's rules need of a settled claim.
public struct SettledClaim: Hashable, Sendable {
    public let receivedOn: CivilDay
    public let settledOn: CivilDay
    public let outcome: ClaimOutcome

    public init(receivedOn: CivilDay, settledOn: CivilDay, outcome: ClaimOutcome) {
        self.receivedOn = receivedOn
        self.settledOn = settledOn
        self.outcome = outcome
    }
}
