import GRDB

/// What the service adds: accounts and how they sign in, the keys that sign erasure certificates,
/// the reports and certificates themselves, and the printers the shop prints on.
enum ServiceSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "account") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("username", .text).notNull().unique().collate(.nocase)
            t.column("passwordHash", .text).notNull()
            // Comma-separated role names, checked by the domain when read.
            t.column("roles", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("disabledAt", .datetime)
        }

        // Only a SHA-256 of each secret is kept, so a copy of the database gives no way in.
        try db.create(table: "apiToken") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("secretHash", .text).notNull().unique()
            t.belongsTo("account", onDelete: .restrict).notNull()
            t.column("station", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("revokedAt", .datetime)
        }

        try db.create(table: "webSession") { t in
            t.primaryKey("secretHash", .text)
            t.belongsTo("account", onDelete: .cascade).notNull()
            t.column("csrfToken", .text).notNull()
            t.column("station", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("expiresAt", .datetime).notNull().indexed()
        }

        try db.create(table: "stationKey") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("keyId", .text).notNull().unique()
            t.column("publicKey", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("revokedAt", .datetime)
        }

        try db.create(table: "hardwareReport") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("device", onDelete: .restrict).notNull()
            // The same report sent twice (a retry after a lost answer) is recognised by its hash.
            t.column("sha256", .text).notNull()
            t.column("systemSerial", .text)
            t.column("serialCheck", .text).notNull()
            t.column("body", .blob).notNull()
            t.column("receivedAt", .datetime).notNull()
            t.uniqueKey(["deviceId", "sha256"])
        }

        try db.create(table: "certificate") { t in
            t.primaryKey("id", .text)
            t.belongsTo("device", onDelete: .restrict).notNull()
            t.column("storageKey", .text).notNull()
            t.column("passed", .boolean).notNull()
            t.column("keyId", .text).notNull()
            t.column("body", .blob).notNull()
            t.column("receivedAt", .datetime).notNull()
        }

        try db.create(table: "printer") { t in
            t.primaryKey("name", .text)
            t.column("uri", .text).notNull()
            t.column("createdAt", .datetime).notNull()
        }

        // Events about accounts, keys and printers belong to no device and no lot.
        try db.create(index: "event_on_administration", on: "event", columns: ["id"],
                      condition: Column("deviceId") == nil && Column("lotId") == nil)
    }
}
