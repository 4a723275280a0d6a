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
                """)
            // A name typed at the till may differ from the partner's in case only (« emmaüs » for « Emmaüs »):
            // summed under one key here, since SQLite's NOCASE folds ASCII letters only.
            var salesByName: [String: (Int, Int64, Int64)] = [:]
            for row in sales {
                let before = salesByName[(row["partner"] as String).lowercased(), default: (0, 0, 0)]
                salesByName[(row["partner"] as String).lowercased()] = (before.0 + row["n"], before.1 + row["cents"], max(before.2, row["last"]))
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM referralPartner ORDER BY name COLLATE NOCASE").map { row in
                let partner = ReferralPartner(id: row["id"], name: row["name"])
                let sold = salesByName[partner.name.lowercased()]
                return ReferralPartnerUse(partner: partner, createdAt: row["createdAt"], codes: codes.filter { $0.partner.id == partner.id },
                                          sales: sold?.0 ?? 0, salesCents: sold?.1 ?? 0,
                                          lastSale: sold.map { Date(timeIntervalSince1970: Double($0.2) / 1000) })
            }
        }
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
            guard let code = ReferralCode(row["code"] ?? ""), let lastDay = CivilDay(row["lastDay"] ?? "") else {
                throw StoreError.corruptRow(table: "referralCode", id: row["partnerId"] ?? 0)
            }
            return ReferralCodeStatus(code: code, partner: ReferralPartner(id: row["partnerId"], name: row["name"]),
                                      quota: row["quota"], used: row["used"], lastDay: lastDay,
                                      revoked: (row["revokedAt"] as Date?) != nil)
        }
    }

    private static func referralPartner(id: Int64, in db: Database) throws -> ReferralPartner? {
        try Row.fetchOne(db, sql: "SELECT id, name FROM referralPartner WHERE id = ?", arguments: [id])
            .map { ReferralPartner(id: $0["id"], name: $0["name"]) }
    }

    /// A referral rule broken by what was typed, as the store says it (422), or by a code's state (409).
    static func referral<T>(_ body: () throws(ReferralError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw error.isStateRefusal ? StoreError.conflict(error.message) : StoreError.invalidInput(error.message)
        }
    }
}
