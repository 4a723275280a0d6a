import Foundation
import Testing
@testable import RefurbCore

@Suite("Referral codes")
struct ReferralCodeTests {
    @Test("a code is read whatever its case, spaces and hyphens, and shown in two groups of four")
    func reading() throws {
        let code = try #require(ReferralCode("7k3q 9fmb"))
        #expect(code.text == "7K3Q9FMB" && code.shown == "7K3Q-9FMB")
        #expect(ReferralCode("7K3Q-9FMB") == code)
        #expect(ReferralCode("7K3Q\u{00A0}9FMB") == code)
        #expect(ReferralCode("  7-K-3-Q-9-F-M-B ") == code)
    }

    @Test("refused: the wrong length and the characters people confuse (0 O 1 I L U V), which no code holds")
    func malformed() {
        for typed in ["", "7K3Q-9FM", "7K3Q-9FMBB", "0K3Q-9FMB", "OK3Q-9FMB", "1K3Q-9FMB", "IK3Q-9FMB", "LK3Q-9FMB",
                      "UK3Q-9FMB", "VK3Q-9FMB", "7K3Q_9FMB", "7K3Q-9FMÉ"] {
            #expect(ReferralCode(typed) == nil, "\(typed)")
        }
    }

    @Test("a new code uses the alphabet only and reads back as itself")
    func random() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let code = ReferralCode.random(using: &generator)
            #expect(code.text.count == 8 && code.text.allSatisfy { ReferralCode.alphabet.contains($0) })
            #expect(ReferralCode(code.shown) == code)
        }
    }

    @Test("terms: a quota of 1 to 100, a last day from today to two years on")
    func terms() throws {
        let today = try #require(CivilDay("2026-12-07"))
        #expect(try ReferralCodeTerms(quota: 1, lastDay: "2026-12-07", today: today).quota == 1)
        #expect(try ReferralCodeTerms(quota: 100, lastDay: " 2028-12-07 ", today: today).lastDay == CivilDay("2028-12-07"))
        #expect(throws: ReferralError.quotaOutOfRange(0)) { try ReferralCodeTerms(quota: 0, lastDay: "2027-01-01", today: today) }
        #expect(throws: ReferralError.quotaOutOfRange(101)) { try ReferralCodeTerms(quota: 101, lastDay: "2027-01-01", today: today) }
        #expect(throws: ReferralError.lastDayPast(CivilDay("2026-12-06")!)) {
            try ReferralCodeTerms(quota: 1, lastDay: "2026-12-06", today: today)
        }
        #expect(throws: ReferralError.lastDayTooFar(CivilDay("2028-12-08")!)) {
            try ReferralCodeTerms(quota: 1, lastDay: "2028-12-08", today: today)
        }
        #expect(throws: ReferralError.lastDayMalformed("07/12/2027")) { try ReferralCodeTerms(quota: 1, lastDay: "07/12/2027", today: today) }
    }

    @Test("a code's state: revoked, then used up, then expired after its last day (which is still valid)")
    func states() throws {
        let partner = ReferralPartner(id: 1, name: "CCAS")
        let lastDay = try #require(CivilDay("2026-12-31"))
        func status(used: Int, revoked: Bool = false) -> ReferralCodeStatus {
            ReferralCodeStatus(code: ReferralCode("7K3Q9FMB")!, partner: partner, quota: 2, used: used, lastDay: lastDay, revoked: revoked)
        }
        #expect(status(used: 1).state(on: lastDay) == .active)
        #expect(status(used: 1).state(on: lastDay.adding(days: 1)) == .expired)
        #expect(status(used: 2).state(on: lastDay.adding(days: 1)) == .usedUp)
        #expect(status(used: 0, revoked: true).state(on: lastDay) == .revoked)
        #expect(status(used: 1).refusal(on: lastDay) == nil)
        #expect(status(used: 2).refusal(on: lastDay) == .codeUsedUp(ReferralCode("7K3Q9FMB")!, partner: "CCAS", quota: 2))
        #expect(status(used: 5).remaining == 0)
    }

    @Test("the sale's terms take a code or a partner's name for a solidarity sale, never both, and no code on a public sale")
    func saleTerms() throws {
        let terms = try SaleTerms(kind: "solidarity", partner: nil, referralCode: "7k3q-9fmb")
        #expect(terms.referralCode == ReferralCode("7K3Q9FMB") && terms.partner == nil)
        #expect(throws: SaleTermsError.partnerAndReferralCode) { try SaleTerms(kind: "solidarity", partner: "CCAS", referralCode: "7K3Q9FMB") }
        #expect(throws: SaleTermsError.referralCodeOnPublicSale) { try SaleTerms(kind: "public", partner: nil, referralCode: "7K3Q9FMB") }
        #expect(throws: SaleTermsError.referralCodeMalformed("ABC")) { try SaleTerms(kind: "solidarity", partner: nil, referralCode: "ABC") }
        #expect(throws: SaleTermsError.partnerMissing) { try SaleTerms(kind: "solidarity", partner: " ", referralCode: " ") }
        #expect(terms.redeemed(by: ReferralPartner(id: 3, name: "CCAS d'Arras")).partner == "CCAS d'Arras")
    }

    @Test("the day of a moment in UTC, for the store without a workshop day")
    func utcDay() {
        #expect(CivilDay.utc(Date(timeIntervalSince1970: 0)) == CivilDay("1970-01-01"))
        #expect(CivilDay.utc(Date(timeIntervalSince1970: 1_796_601_599)) == CivilDay("2026-12-06"))
        #expect(CivilDay.utc(Date(timeIntervalSince1970: 1_796_601_600)) == CivilDay("2026-12-07"))
    }
}
