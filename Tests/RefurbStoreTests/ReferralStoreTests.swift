import Foundation
import GRDB
import Testing
import RefurbCore
@testable import RefurbStore

@Suite("Referral partners in the store: codes redeemed in the sale's transaction, up to their quota and last day")
struct ReferralStoreTests {
    static let actor = TemporaryDatabase.actor
    static let today = CivilDay("2026-12-07")!

    static func readyDevice(_ world: TemporaryDatabase, lot: LotCode) throws -> Device {
        try WorkshopStatisticsTests.readyDevice(in: world, lot: lot, receivedAt: Date(),
                                                diagnosedAfterDays: 0, wipedAfterDays: 0, readyAfterDays: 0)
    }

    static func solidarity(_ code: ReferralCode) -> SaleTerms {
        SaleTerms(checkedKind: .solidarity, partner: nil, referralCode: code)
    }

    @Test("a code allows its quota of sales, each journaled with the partner's name, then refuses the next and sells nothing")
    func quotaIsKept() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let partner = try world.database.addReferralPartner(name: "Maison des Solidarités", actor: Self.actor, at: Date())
        let issued = try world.database.issueReferralCode(partnerId: partner.id, quota: 2, lastDay: "2027-03-07", today: Self.today,
                                                          actor: Self.actor, at: Date())
        #expect(issued.used == 0 && issued.state(on: Self.today) == .active)
        let devices = try (0..<3).map { _ in try Self.readyDevice(world, lot: lot.code) }
        for device in devices.prefix(2) {
            let sold = try world.database.sell(device.assetTag, price: nil, terms: Self.solidarity(issued.code),
                                               actor: Self.actor, at: Date(), day: Self.today)
            #expect(sold.stage == .sold)
        }
        do {
            _ = try world.database.sell(devices[2].assetTag, price: nil, terms: Self.solidarity(issued.code),
                                        actor: Self.actor, at: Date(), day: Self.today)
            Issue.record("a third sale on a code for two was recorded")
        } catch let error as StoreError {
            #expect(error.code == "code-used-up" && error.isRuleRefusal)
            #expect(error.message(in: .fr).contains("a déjà servi 2 fois"), "\(error.message(in: .fr))")
        }
        #expect(try world.database.device(tag: devices[2].assetTag)?.stage == .ready)
        let status = try #require(try world.database.referralCodeStatus(issued.code))
        #expect(status.used == 2 && status.state(on: Self.today) == .usedUp)
        let lines = try world.database.journalLines(from: .distantPast, to: .distantFuture)
        #expect(lines.map(\.entry.partner) == ["Maison des Solidarités", "Maison des Solidarités"])
        // A sale whose partner was typed at the till in capitals, an accented one among them (SQLite's NOCASE
        // folds ASCII letters only), counts for the same partner.
        _ = try world.database.sell(devices[2].assetTag, price: nil, terms: SaleTerms(checkedKind: .solidarity, partner: "MAISON DES SOLIDARITÉS"),
                                    actor: Self.actor, at: Date(), day: Self.today)
        let use = try #require(try world.database.referralPartners().first)
        #expect(use.sales == 3 && use.codes.map(\.used) == [2])
    }

    @Test("an expired, a revoked or an unknown code sells nothing and says why; a code's last day is still valid")
    func refusals() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let partner = try world.database.addReferralPartner(name: "Secours populaire", actor: Self.actor, at: Date())
        let code = try world.database.issueReferralCode(partnerId: partner.id, quota: 5, lastDay: "2026-12-31", today: Self.today,
                                                        actor: Self.actor, at: Date()).code
        let device = try Self.readyDevice(world, lot: lot.code)
        func sale(_ terms: SaleTerms, on day: String) -> StoreError? {
            do {
                _ = try world.database.sell(device.assetTag, price: nil, terms: terms, actor: Self.actor, at: Date(), day: CivilDay(day)!)
                return nil
            } catch { return error as? StoreError }
        }
        #expect(sale(Self.solidarity(code), on: "2027-01-01")?.code == "code-expired")
        #expect(sale(Self.solidarity(ReferralCode("2222-2222")!), on: "2026-12-08")?.code == "invalid-input")
        try world.database.revokeReferralCode(code, actor: Self.actor, at: Date())
        #expect(sale(Self.solidarity(code), on: "2026-12-08")?.code == "code-revoked")
        #expect(try world.database.device(tag: device.assetTag)?.stage == .ready)
        #expect(try world.database.referralCodeStatus(code)?.used == 0)

        let another = try world.database.issueReferralCode(partnerId: partner.id, quota: 1, lastDay: "2026-12-31", today: Self.today,
                                                           actor: Self.actor, at: Date()).code
        #expect(sale(Self.solidarity(another), on: "2026-12-31") == nil)
    }

    @Test("partners' names are unique whatever their case; codes' quota and last day are checked before anything is written")
    func issuingIsChecked() throws {
        let world = try TemporaryDatabase()
        let partner = try world.database.addReferralPartner(name: "Emmaüs Connect", actor: Self.actor, at: Date())
        #expect(throws: StoreError.self) { try world.database.addReferralPartner(name: "emmaüs connect", actor: Self.actor, at: Date()) }
        #expect(throws: StoreError.self) { try world.database.addReferralPartner(name: "  ", actor: Self.actor, at: Date()) }
        for (quota, lastDay) in [(0, "2027-01-01"), (101, "2027-01-01"), (1, "2026-12-06"), (1, "2029-01-01"), (1, "31/12/2026")] {
            #expect(throws: StoreError.self, "quota \(quota), last day \(lastDay)") {
                try world.database.issueReferralCode(partnerId: partner.id, quota: quota, lastDay: lastDay, today: Self.today,
                                                     actor: Self.actor, at: Date())
            }
        }
        #expect(throws: StoreError.self) {
            try world.database.issueReferralCode(partnerId: 999, quota: 1, lastDay: "2027-01-01", today: Self.today, actor: Self.actor, at: Date())
        }
        #expect(try world.database.referralPartners().map { $0.codes.count } == [0])
    }

    @Test("a redemption cannot be changed nor removed")
    func redemptionsAreKept() throws {
        let world = try TemporaryDatabase()
        let lot = try world.openLot()
        let partner = try world.database.addReferralPartner(name: "CCAS", actor: Self.actor, at: Date())
        let code = try world.database.issueReferralCode(partnerId: partner.id, quota: 1, lastDay: "2027-01-01", today: Self.today,
                                                        actor: Self.actor, at: Date()).code
        let device = try Self.readyDevice(world, lot: lot.code)
        _ = try world.database.sell(device.assetTag, price: nil, terms: Self.solidarity(code), actor: Self.actor, at: Date(), day: Self.today)
        #expect(throws: DatabaseError.self) { try world.database.writer.write { try $0.execute(sql: "DELETE FROM referralRedemption") } }
        #expect(throws: DatabaseError.self) {
            try world.database.writer.write { try $0.execute(sql: "UPDATE referralRedemption SET assetTag = 'R000001X'") }
        }
        #expect(try world.database.referralCodeStatus(code)?.used == 1)
    }
}
