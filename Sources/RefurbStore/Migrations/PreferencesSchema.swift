import GRDB

/// Each person's language, chosen on the pages; absent, the browser's is used.
enum PreferencesSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "account") { t in
            t.add(column: "language", .text).check { $0 == nil || ["fr", "en"].contains($0) }
        }
    }
}
