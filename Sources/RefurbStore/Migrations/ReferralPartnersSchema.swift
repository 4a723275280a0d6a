import GRDB

/// Referral partners and their codes (issue 17): the organisations that send people to the solidarity
/// sale, the codes they hand out with a quota and a last day, and each code's use.
/// - `referralPartner`: the organisation's name only, unique whatever its case.
/// - `referralCode`: the code (its eight characters), its partner, how many sales it allows and its last
///   day, and when an admin revoked it. Codes are never removed, so past sales keep their code.
/// - `referralRedemption`: one row per sale made on a code, written in the sale's own transaction and
///   never changed: the code's use is the count of its rows.
enum ReferralPartnersSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "referralPartner") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().collate(.nocase)
            t.column("createdAt", .datetime).notNull()
            t.column("createdBy", .text).notNull()
        }
        try db.create(table: "referralCode") { t in
            t.primaryKey("code", .text)
            t.column("partnerId", .integer).notNull().indexed().references("referralPartner", column: "id")
            t.column("quota", .integer).notNull().check { $0 >= 1 && $0 <= 100 }
            t.column("lastDay", .text).notNull()  // YYYY-MM-DD, the workshop's day
            t.column("createdAt", .datetime).notNull()
            t.column("createdBy", .text).notNull()
            t.column("revokedAt", .datetime)
            t.column("revokedBy", .text)
        }
        try db.create(table: "referralRedemption") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("code", .text).notNull().indexed().references("referralCode", column: "code")
            t.column("assetTag", .text).notNull()
            t.column("redeemedAt", .datetime).notNull()
            t.column("redeemedBy", .text).notNull()
        }
        try db.execute(sql: """
            CREATE TRIGGER referralRedemption_no_update BEFORE UPDATE ON referralRedemption
            BEGIN SELECT RAISE(ABORT, 'redemptions are never changed'); END;
            CREATE TRIGGER referralRedemption_no_delete BEFORE DELETE ON referralRedemption
            BEGIN SELECT RAISE(ABORT, 'redemptions are never changed'); END;
            """)
    }
}
