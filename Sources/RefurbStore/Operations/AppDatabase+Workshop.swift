import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Notes a repair (what was done, what the parts cost).
    public func logRepair(_ tag: AssetTag, note: String, partsCents: Int?, actor: Actor, at date: Date) throws -> Device {
        let repair = try Self.repairLogged(note: note, partsCents: partsCents)
        return try change(tag, expectedVersion: nil, actor: actor, at: date) { device, _ in
            try Self.checkStillInWorkshop(device)
            return ([], repair)
        }
    }

    /// Grades and prices a device in one change, as the shop does at the bench.
    public func setGradeAndPrice(_ tag: AssetTag, grade: Grade, price: Money, expectedVersion: Int? = nil,
                                 actor: Actor, at date: Date) throws -> Device {
        try Self.checked(price.cents, .money, field: "priceCents")
        return try changeMany(tag, expectedVersion: expectedVersion, actor: actor, at: date) { device, _ in
            try Self.checkStillInWorkshop(device)
            return ([DeviceRecord.Columns.grade.set(to: grade.rawValue), DeviceRecord.Columns.priceCents.set(to: price.cents)],
                    [.graded(grade), .priced(price)])
        }
    }

    /// The event a repair note makes, or why it is refused (no words, parts out of range). Both engines'
    /// `logRepair` decide with it.
    package static func repairLogged(note: String, partsCents: Int?) throws -> Change {
        guard let text = cleanedReason(note) else { throw StoreError.invalidInput(Message("store.repairNoteMissing")) }
        if let partsCents { try checked(partsCents, .money, field: "partsCents") }
        return .repairLogged(note: text, partsCents: partsCents)
    }

    /// A device that has left the workshop takes no repair, grade or price from the bench (both engines).
    package static func checkStillInWorkshop(_ device: Device) throws {
        guard !device.stage.hasLeftWorkshop else {
            throw StoreError.conflict(Message("store.repairAfterLeaving", device.assetTag.text, device.stage.rawValue))
        }
    }

    /// Sells a device that is ready: the move to "sold" and the price paid, in one transaction. The
    /// lifecycle rules apply as for any move, so an unerased drive still stops the sale. `terms` says
    /// whether it was the public or the solidarity price, and for the latter the referring partner. The
    /// sale's line in the sales journal is written in the same transaction, with `payment`. A referral
    /// code in `terms` is redeemed in that transaction too, checked against `day` (the workshop's day of
    /// the sale; the UTC day of `date` when left out), and the sale records its partner's name.
    public func sell(_ tag: AssetTag, price: Money?, terms: SaleTerms = .public, payment: PaymentMethod = .unspecified,
                     expectedVersion: Int? = nil, actor: Actor, at date: Date, day: CivilDay? = nil) throws -> Device {
        if let price { try Self.checked(price.cents, .money, field: "priceCents") }
        // Without a price given, a solidarity sale is at the labelled price less the current reduction.
        let rules = price == nil && terms.kind == .solidarity ? try pricingRules() : nil
        return try changeMany(tag, expectedVersion: expectedVersion, payment: payment, actor: actor, at: date) { device, facts, db in
            let paid = try Self.amountCharged(selling: device, facts: facts, price: price, rules: rules)
            var partner = terms.partner
            if let code = terms.referralCode {
                partner = try Self.redeemReferralCode(code, for: tag, on: day ?? CivilDay.utc(date), actor: actor, at: date, in: db).name
            }
            return ([DeviceRecord.Columns.stage.set(to: Stage.sold.rawValue)],
                    [.moved(from: device.stage, to: .sold, reason: nil), .sold(price: paid, kind: terms.kind, partner: partner)])
        }
    }

    /// What a sale of `device` charges (`price` as typed, else the labelled price, less the solidarity reduction
    /// when `rules` are given), or why it cannot be sold: the lifecycle's rules, or a labelled price stored out of
    /// range (before the ranges were checked), which is neither charged nor reduced until the shop sets a new
    /// one. Both engines' sales decide with it.
    package static func amountCharged(selling device: Device, facts: LifecycleFacts, price: Money?, rules: PricingRules?) throws -> Money {
        let broken = Lifecycle.brokenRules(from: device.stage, to: .sold, facts: facts)
        guard broken.isEmpty else {
            throw StoreError.refused(LifecycleRefusal(from: device.stage, to: .sold, rules: broken))
        }
        if price == nil, let labelled = device.price, !labelled.isAllowed {
            throw StoreError.invalidInput(Message("range.storedPrice", device.assetTag.text, String(labelled.cents)))
        }
        var listed = device.price
        if let rules, let labelled = device.price {
            guard let reduced = rules.solidarityPrice(for: labelled) else {
                throw StoreError.invalidInput(Message("range.solidarityStored", String(rules.solidarityPercent)))
            }
            listed = reduced
        }
        guard let paid = price ?? listed else { throw StoreError.invalidInput(Message("money.empty")) }
        return paid
    }

    /// A consistent copy of the whole database, taken with SQLite's online backup while others write.
    public func backup(to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw StoreError.conflict(Message("store.backupTargetExists", path))
        }
        let target = try DatabaseQueue(path: path)
        try writer.backup(to: target)
        try target.close()
    }

    /// SQLite's own check of every page and index; an empty list means the file is sound.
    public func integrityProblems() throws -> [String] {
        try writer.read { db in
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            return lines == ["ok"] ? [] : lines
        }
    }
}
