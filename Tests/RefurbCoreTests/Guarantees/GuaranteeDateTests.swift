import RefurbCore
import Testing

@Suite("Guarantee dates: two years, the twelve-month presumption, a repair, a replacement, thirty days to answer")
struct GuaranteeDateTests {
    func day(_ text: String) -> CivilDay { CivilDay(text)! }

    @Test("a sale gives two years of legal guarantee and twelve months of presumption, the same day of the month")
    func atSale() {
        let guarantee = LegalGuarantee(soldOn: day("2026-12-07"))
        #expect(guarantee.ends == day("2028-12-07"))
        #expect(guarantee.presumptionEnds == day("2027-12-07"))
        #expect(guarantee.covers(day("2028-12-07")) && !guarantee.covers(day("2028-12-08")))
        #expect(guarantee.presumes(day("2027-12-07")) && !guarantee.presumes(day("2027-12-08")))
    }

    @Test("a day the later month lacks becomes its last day: 29 February in a leap year, 31 August plus six months")
    func endOfMonth() {
        #expect(LegalGuarantee(soldOn: day("2028-02-29")).ends == day("2030-02-28"))
        #expect(LegalGuarantee(soldOn: day("2028-02-29")).presumptionEnds == day("2029-02-28"))
        #expect(day("2027-08-31").adding(months: 6) == day("2028-02-29"))
        #expect(day("2026-08-31").adding(months: 6) == day("2027-02-28"))
        #expect(day("2026-01-31").adding(months: 1) == day("2026-02-28"))
    }

    @Test("days are counted across months, years and leap days")
    func days() {
        #expect(day("2026-12-07").adding(days: 30) == day("2027-01-06"))
        #expect(day("2028-02-28").adding(days: 1) == day("2028-02-29"))
        #expect(day("2027-02-28").adding(days: 1) == day("2027-03-01"))
        #expect(day("2026-12-07").days(until: day("2027-12-07")) == 365)
        #expect(day("2027-12-07").days(until: day("2028-12-07")) == 366)
        #expect(day("2027-01-06").adding(days: -30) == day("2026-12-07"))
        #expect(CivilDay("2026-02-30") == nil && CivilDay("2026-2-3") == nil && CivilDay("x") == nil)
        #expect(day("2026-03-05").text == "2026-03-05" && day("2026-03-05").shown(in: .fr) == "05/03/2026")
    }

    @Test("a repair under the guarantee adds six months to its end, not to the day of the repair; the presumption stays")
    func repair() {
        let claims = [SettledClaim(receivedOn: day("2027-03-01"), settledOn: day("2027-03-10"), outcome: .repaired)]
        let guarantee = LegalGuarantee.current(soldOn: day("2026-12-07"), claims: claims)
        #expect(guarantee.ends == day("2029-06-07"))
        #expect(guarantee.presumptionEnds == day("2027-12-07"))
        let twice = LegalGuarantee.current(soldOn: day("2026-12-07"), claims: claims + [
            SettledClaim(receivedOn: day("2028-01-02"), settledOn: day("2028-01-20"), outcome: .repaired)])
        #expect(twice.ends == day("2029-12-07"))
    }

    @Test("a replacement the seller imposes starts two years and twelve months of presumption again from its day")
    func replacement() {
        let guarantee = LegalGuarantee.current(soldOn: day("2026-12-07"), claims: [
            SettledClaim(receivedOn: day("2028-05-02"), settledOn: day("2028-05-20"), outcome: .replaced)])
        #expect(guarantee.ends == day("2030-05-20"))
        #expect(guarantee.presumptionEnds == day("2029-05-20"))
    }

    @Test("a claim received after the guarantee ended, a refund, a credit or a rejection changes nothing")
    func nothingChanges() {
        let sale = day("2026-12-07")
        for outcome in [ClaimOutcome.refunded, .storeCredit, .rejected] {
            let guarantee = LegalGuarantee.current(soldOn: sale, claims: [
                SettledClaim(receivedOn: day("2027-01-02"), settledOn: day("2027-01-10"), outcome: outcome)])
            #expect(guarantee == LegalGuarantee(soldOn: sale))
        }
        let late = LegalGuarantee.current(soldOn: sale, claims: [
            SettledClaim(receivedOn: day("2028-12-08"), settledOn: day("2028-12-20"), outcome: .repaired)])
        #expect(late.ends == day("2028-12-07"))
    }

    @Test("thirty days to answer, counted down to zero on the last day and below zero after it")
    func countdown() {
        let received = day("2026-12-07")
        #expect(ClaimRules.answerDue(receivedOn: received) == day("2027-01-06"))
        #expect(ClaimRules.daysLeft(receivedOn: received, today: received) == 30)
        #expect(ClaimRules.daysLeft(receivedOn: received, today: day("2027-01-06")) == 0)
        #expect(ClaimRules.daysLeft(receivedOn: received, today: day("2027-01-08")) == -2)
    }

    @Test("a claim is received, then diagnosed, then settled once; a rejection needs its reason")
    func steps() {
        #expect(ClaimRules.refusal(from: .received, to: .diagnosed, reason: nil) == nil)
        #expect(ClaimRules.refusal(from: .received, to: .settled(.repaired), reason: nil) == Message("claim.refused.notDiagnosed"))
        #expect(ClaimRules.refusal(from: .diagnosed, to: .settled(.rejected), reason: nil) == Message("claim.refused.reasonMissing"))
        #expect(ClaimRules.refusal(from: .diagnosed, to: .settled(.rejected), reason: "Casse") == nil)
        #expect(ClaimRules.refusal(from: .settled(.refunded), to: .settled(.repaired), reason: nil) == Message("claim.refused.settled"))
        #expect(ClaimState(stored: "store-credit") == .settled(.storeCredit) && ClaimState(stored: "x") == nil)
    }

    @Test("the commercial warranty in force: the most precise policy of the sale's day, the latest among equals")
    func warranty() {
        let policies = [
            WarrantyPolicy(id: 1, category: nil, channel: nil, months: 3, from: "2026-01-01", until: nil),
            WarrantyPolicy(id: 2, category: .laptop, channel: nil, months: 6, from: "2026-01-01", until: "2026-12-31"),
            WarrantyPolicy(id: 3, category: .laptop, channel: .solidarity, months: 12, from: "2026-06-01", until: nil),
        ]
        #expect(WarrantyPolicy.inForce(policies, category: .laptop, channel: .public, on: day("2026-12-07"))?.id == 2)
        #expect(WarrantyPolicy.inForce(policies, category: .laptop, channel: .solidarity, on: day("2026-12-07"))?.id == 3)
        #expect(WarrantyPolicy.inForce(policies, category: .laptop, channel: .public, on: day("2027-01-01"))?.id == 1)
        #expect(WarrantyPolicy.inForce(policies, category: .tablet, channel: .public, on: day("2025-12-31")) == nil)
        #expect(policies[1].ends(forSaleOn: day("2026-12-07")) == day("2027-06-07"))
    }
}
