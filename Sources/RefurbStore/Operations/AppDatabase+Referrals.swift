import Foundation
import GRDB
import RefurbCore

/// Referral partners, their codes and each code's use (issue 17). A code is redeemed in the sale's own
/// transaction (`sell`), so two tills selling on the last use of a code cannot both succeed: SQLite runs
/// one write transaction at a time, and the count is read inside it.
extension AppDatabase {
    /// A partner with every code it was given, newest first, and what was sold through it.
    public struct ReferralPartnerUse: Hashable, Sendable {
        public let partner: ReferralPartner
        public let createdAt: Date
        public let codes: [ReferralCodeStatus]
        /// Solidarity sales recorded with this partner's name, by code or typed, and their total; refunds
        /// and cancellations are not subtracted (the returns desk shows them).
        public let sales: Int
        public let salesCents: Int64
        public let lastSale: Date?
    }

    @discardableResult
    public func addReferralPartner(name typed: String, actor: Actor, at date: Date) throws -> ReferralPartner {
        let name = try Self.referral { () throws(ReferralError) in try ReferralPartner.checkedName(typed) }
        return try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM referralPartner WHERE name = ? COLLATE NOCASE", arguments: [name]) == true {
                throw StoreError.conflict(ReferralError.partnerNameTaken(name).message)
            }
            try db.execute(sql: "INSERT INTO referralPartner (name, createdAt, createdBy) VALUES (?, ?, ?)",
                           arguments: [name, date, actor.user])
            let partner = ReferralPartner(id: db.lastInsertedRowID, name: name)
            try Self.appendAdministration("referral-partner-added", subject: name, actor: actor, at: date, in: db)
            return partner
        }
    }

    /// Issues a new code to a partner: `quota` sales until `lastDay` (YYYY-MM-DD), checked against
    /// `today`, the workshop's day.
    public func issueReferralCode(partnerId: Int64, quota: Int, lastDay: String, today: CivilDay, actor: Actor, at date: Date,
                                  code: ReferralCode = .random()) throws -> ReferralCodeStatus {
        let terms = try Self.referral { () throws(ReferralError) in try ReferralCodeTerms(quota: quota, lastDay: lastDay, today: today) }
        return try writer.write { db in
            guard let partner = try Self.referralPartner(id: partnerId, in: db) else {
                throw StoreError.notFound(ReferralError.partnerUnknown(partnerId).message)
            }
            // A clash among 5 × 10¹¹ codes is all but impossible; should it happen, the primary key says so.
            try db.execute(sql: """
                INSERT INTO referralCode (code, partnerId, quota, lastDay, createdAt, createdBy) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [code.text, partnerId, terms.quota, terms.lastDay.text, date, actor.user])
            try Self.appendAdministration("referral-code-issued",
                                          subject: "\(code.shown) → \(partner.name), \(terms.quota) until \(terms.lastDay.text)",
                                          actor: actor, at: date, in: db)
            return ReferralCodeStatus(code: code, partner: partner, quota: terms.quota, used: 0, lastDay: terms.lastDay, revoked: false)
        }
    }

    /// Revokes a code (a slip lost or misused): it allows no further sale; past sales keep it.
    @discardableResult
    public func revokeReferralCode(_ code: ReferralCode, actor: Actor, at date: Date) throws -> ReferralCodeStatus {
        try writer.write { db in
            guard let status = try Self.referralCodeStatus(code, in: db) else {
                throw StoreError.notFound(ReferralError.codeUnknown(code).message)
            }
            guard !status.revoked else { return status }
            try db.execute(sql: "UPDATE referralCode SET revokedAt = ?, revokedBy = ? WHERE code = ?",
                           arguments: [date, actor.user, code.text])
            try Self.appendAdministration("referral-code-revoked", subject: "\(code.shown) (\(status.partner.name))",
                                          actor: actor, at: date, in: db)
            return try Self.referralCodeStatus(code, in: db)!
        }
    }

    /// A code as typed, or the refusal that shows what a code looks like.
    public static func referralCode(typed: String) throws -> ReferralCode {
        guard let code = ReferralCode(typed) else { throw StoreError.invalidInput(ReferralError.codeMalformed(typed).message) }
        return code
    }

    public func referralCodeStatus(_ code: ReferralCode) throws -> ReferralCodeStatus? {
        try writer.read { db in try Self.referralCodeStatus(code, in: db) }
    }

    /// Every partner, by name, with its codes and its sales.
    public func referralPartners() throws -> [ReferralPartnerUse] {
        try writer.read { db in
            let codes = try Self.referralCodes(where: "1", arguments: [], in: db)
            let sales = try Row.fetchAll(db, sql: """
                SELECT partner, count(*) AS n, sum(amountCents) AS cents, max(occurredAt) AS last FROM journalEntry
                WHERE kind = 'sale' AND saleKind = 'solidarity' AND partner IS NOT NULL GROUP BY partner
                """).map { row in PartnerSales(partner: row["partner"], count: row["n"], cents: row["cents"], last: row["last"]) }
            let partners = try Row.fetchAll(db, sql: "SELECT * FROM referralPartner ORDER BY name COLLATE NOCASE").map { row in
                (ReferralPartner(id: row["id"], name: row["name"]), row["createdAt"] as Date)
            }
            return Self.referralPartnerUses(partners, codes: codes, sales: sales)
        }
    }

    /// The solidarity sales recorded under one name as typed: how many, their sum and the last one's
    /// moment (milliseconds, as the journal keeps it).
    package struct PartnerSales: Sendable {
        package var partner: String
        package var count: Int
        package var cents: Int64
        package var last: Int64

        package init(partner: String, count: Int, cents: Int64, last: Int64) {
            self.partner = partner
            self.count = count
            self.cents = cents
            self.last = last
        }
    }

    /// Each partner (in the order given) with its codes and the sales made under its name.
    package static func referralPartnerUses(_ partners: [(ReferralPartner, Date)], codes: [ReferralCodeStatus],
                                            sales: [PartnerSales]) -> [ReferralPartnerUse] {
        // A name typed at the till may differ from the partner's in case only (« emmaüs » for « Emmaüs »):
        // summed under one key here, since SQLite's NOCASE folds ASCII letters only.
        var salesByName: [String: (Int, Int64, Int64)] = [:]
        for sale in sales {
            let before = salesByName[sale.partner.lowercased(), default: (0, 0, 0)]
            salesByName[sale.partner.lowercased()] = (before.0 + sale.count, before.1 + sale.cents, max(before.2, sale.last))
        }
        return partners.map { partner, createdAt in
            let sold = salesByName[partner.name.lowercased()]
            return ReferralPartnerUse(partner: partner, createdAt: createdAt, codes: codes.filter { $0.partner.id == partner.id },
                                      sales: sold?.0 ?? 0, salesCents: sold?.1 ?? 0,
                                      lastSale: sold.map { Date(timeIntervalSince1970: Double($0.2) / 1000) })
        }
    }

    /// SQLite's `COLLATE NOCASE` order: bytes, with ASCII letters folded to lower case only.
    package static func noCaseOrder(_ left: String, _ right: String) -> Bool {
        func folded(_ text: String) -> [UInt8] {
            text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
        }
        return folded(left).lexicographicallyPrecedes(folded(right))
    }

    /// Redeems `code` for a sale of `tag`, in the sale's transaction: refused (and nothing written) when
    /// the code is unknown, revoked, used up or past its last day on `day`.
    static func redeemReferralCode(_ code: ReferralCode, for tag: AssetTag, on day: CivilDay, actor: Actor, at date: Date,
                                   in db: Database) throws -> ReferralPartner {
        guard let status = try referralCodeStatus(code, in: db) else {
            throw StoreError.invalidInput(ReferralError.codeUnknown(code).message)
        }
        if let refusal = status.refusal(on: day) { throw StoreError.conflict(refusal.message) }
        try db.execute(sql: "INSERT INTO referralRedemption (code, assetTag, redeemedAt, redeemedBy) VALUES (?, ?, ?, ?)",
                       arguments: [code.text, tag.text, date, actor.user])
        return status.partner
    }

    static func referralCodeStatus(_ code: ReferralCode, in db: Database) throws -> ReferralCodeStatus? {
        try referralCodes(where: "c.code = ?", arguments: [code.text], in: db).first
    }

    private static func referralCodes(where condition: String, arguments: StatementArguments, in db: Database) throws -> [ReferralCodeStatus] {
        try Row.fetchAll(db, sql: """
            SELECT c.*, p.name, (SELECT count(*) FROM referralRedemption r WHERE r.code = c.code) AS used
            FROM referralCode c JOIN referralPartner p ON p.id = c.partnerId
            WHERE \(condition) ORDER BY c.createdAt DESC, c.code
            """, arguments: arguments).map { row in
            try referralCodeStatus(code: row["code"], partnerId: row["partnerId"], name: row["name"], quota: row["quota"],
                                   used: row["used"], lastDay: row["lastDay"], revoked: (row["revokedAt"] as Date?) != nil)
        }
    }

    /// A code's state from its row's columns, whichever engine read them.
    package static func referralCodeStatus(code: String?, partnerId: Int64, name: String, quota: Int, used: Int, lastDay: String?,
                                           revoked: Bool) throws -> ReferralCodeStatus {
        guard let code = ReferralCode(code ?? ""), let lastDay = CivilDay(lastDay ?? "") else {
            throw StoreError.corruptRow(table: "referralCode", id: partnerId)
        }
        return ReferralCodeStatus(code: code, partner: ReferralPartner(id: partnerId, name: name), quota: quota, used: used,
                                  lastDay: lastDay, revoked: revoked)
    }

    private static func referralPartner(id: Int64, in db: Database) throws -> ReferralPartner? {
        try Row.fetchOne(db, sql: "SELECT id, name FROM referralPartner WHERE id = ?", arguments: [id])
            .map { ReferralPartner(id: $0["id"], name: $0["name"]) }
    }

    /// A referral rule broken by what was typed, as the store says it (422), or by a code's state (409).
    package static func referral<T>(_ body: () throws(ReferralError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw error.isStateRefusal ? StoreError.conflict(error.message) : StoreError.invalidInput(error.message)
        }
    }
}
