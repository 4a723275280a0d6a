import GRDB

/// The shop's pricing rules, as one JSON document an admin edits (`PricingRules`). One row at most:
/// while there is none, the rules shipped with Refurb apply, so that improved defaults reach
/// workshops that never changed theirs.
enum PricingSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "pricingRules") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("body", .text).notNull()
            t.column("savedAt", .datetime).notNull()
            t.column("savedBy", .text).notNull()
        }
    }
}
