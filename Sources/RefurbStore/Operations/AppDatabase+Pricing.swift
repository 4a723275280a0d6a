import Foundation
import GRDB
import RefurbCore

/// The pricing rules in force, and who last changed them.
public struct SavedPricingRules: Hashable, Sendable {
    public var rules: PricingRules
    /// Nil while the shipped rules apply.
    public var savedAt: Date?
    public var savedBy: String?

    package init(rules: PricingRules, savedAt: Date?, savedBy: String?) {
        self.rules = rules
        self.savedAt = savedAt
        self.savedBy = savedBy
    }
}

extension AppDatabase {
    /// The rules the suggested prices come from: the admin's, else those shipped.
    public func pricingRules() throws -> PricingRules {
        try savedPricingRules().rules
    }

    public func savedPricingRules() throws -> SavedPricingRules {
        try writer.read { db in try Self.savedPricingRules(in: db) }
    }

    /// Checks and saves an admin's rules, and notes the change in the administration log. Rules that
    /// break a check throw `PricingRulesError` and leave the saved ones as they were.
    @discardableResult
    public func savePricingRules(_ rules: PricingRules, actor: Actor, at date: Date) throws -> SavedPricingRules {
        let checked = try rules.validated()
        let body = try Self.pricingRulesBody(checked)
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO pricingRules (id, body, savedAt, savedBy) VALUES (1, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET body = excluded.body, savedAt = excluded.savedAt, savedBy = excluded.savedBy
                """, arguments: [body, date, actor.user])
            try Self.appendAdministration("pricing-saved", subject: Self.pricingSavedSubject(checked), actor: actor, at: date, in: db)
        }
        return SavedPricingRules(rules: checked, savedAt: date, savedBy: actor.user)
    }

    static func savedPricingRules(in db: Database) throws -> SavedPricingRules {
        guard let row = try Row.fetchOne(db, sql: "SELECT body, savedAt, savedBy FROM pricingRules WHERE id = 1") else {
            return SavedPricingRules(rules: .shipped, savedAt: nil, savedBy: nil)
        }
        return SavedPricingRules(rules: try pricingRules(body: row["body"]), savedAt: row["savedAt"], savedBy: row["savedBy"])
    }

    /// What the administration log says of saved rules.
    package static func pricingSavedSubject(_ rules: PricingRules) -> String {
        "solidarity \(rules.solidarityPercent) %"
    }

    /// The rules as the `pricingRules` row keeps them, whichever engine: JSON with sorted keys.
    package static func pricingRulesBody(_ rules: PricingRules) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rules), as: UTF8.self)
    }

    package static func pricingRules(body: String) throws -> PricingRules {
        guard let rules = try? JSONDecoder().decode(PricingRules.self, from: Data(body.utf8)) else {
            throw StoreError.corruptRow(table: "pricingRules", id: 1)
        }
        return rules
    }
}
