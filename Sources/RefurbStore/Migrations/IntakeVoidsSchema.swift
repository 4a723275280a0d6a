import GRDB

/// Undone intake scans: the device row stays (its tag was printed and its history is kept) but is
/// marked, so that lists, search and scans pass it by.
enum IntakeVoidsSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "device") { t in
            t.add(column: "voidedAt", .datetime)
        }
    }
}
