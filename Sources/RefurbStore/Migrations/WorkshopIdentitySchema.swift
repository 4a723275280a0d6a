import GRDB

/// The workshop as its documents name it (the donor report's heading): its name, postal address and
/// contact, set once by an admin in the office. One row at most: while there is none, documents use the
/// name `refurb serve --workshop` was given.
enum WorkshopIdentitySchema {
    static func create(_ db: Database) throws {
        try db.create(table: "workshopIdentity") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("name", .text).notNull()
            /// The address's lines, joined by a line feed.
            t.column("address", .text).notNull().defaults(to: "")
            t.column("contact", .text).notNull().defaults(to: "")
            t.column("savedAt", .datetime).notNull()
            t.column("savedBy", .text).notNull()
        }
    }
}
