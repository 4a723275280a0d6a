import GRDB
import RefurbCore

/// The first schema: donors, lots, devices with their search index, and the append-only event log.
enum FoundationSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "donor") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique(onConflict: .abort)
            t.column("contact", .text)
            t.column("createdAt", .datetime).notNull()
        }

        try db.create(table: "lot") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("code", .text).notNull().unique()
            t.column("year", .integer).notNull()
            t.column("number", .integer).notNull()
            t.belongsTo("donor", onDelete: .restrict).notNull()
            t.column("site", .text)
            t.column("receivedOn", .text).notNull()
            t.column("declaredCount", .integer).check { $0 >= 0 }
            t.column("weightGrams", .integer).check { $0 >= 0 }
            t.column("createdAt", .datetime).notNull()
            t.uniqueKey(["year", "number"])
        }

        // The id is the asset tag's sequence number, so that a scanned tag is found by rowid.
        try db.create(table: "device") { t in
            t.primaryKey("id", .integer)
            t.column("assetTag", .text).notNull().unique()
            t.belongsTo("lot", onDelete: .restrict).notNull()
            t.column("category", .text).notNull()
                .check { DeviceCategory.allCases.map(\.rawValue).contains($0) }
            t.column("manufacturer", .text)
            t.column("model", .text)
            t.column("serial", .text)
            // The serial as compared for duplicates (upper case, no spaces); NULLs never collide.
            t.column("serialKey", .text).unique()
            t.column("stage", .text).notNull().indexed()
                .check { Stage.allCases.map(\.rawValue).contains($0) }
            t.column("grade", .text).check { $0 == nil || Grade.allCases.map(\.rawValue).contains($0) }
            t.column("priceCents", .integer).check { $0 == nil || $0 >= 0 }
            t.column("location", .text)
            t.column("version", .integer).notNull().defaults(to: 1)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
        }

        try db.create(virtualTable: "device_ft", using: FTS5()) { t in
            t.synchronize(withTable: "device")
            t.tokenizer = .unicode61()
            // Results are listed by tag, never ranked, so column sizes (used only for ranking) are not kept.
            // Token positions are: without them (detail=none) prefix searches were three times slower.
            t.columnSize = 0
            t.column("assetTag")
            t.column("serial")
            t.column("manufacturer")
            t.column("model")
        }

        try db.create(table: "event") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("device", onDelete: .restrict)
            t.belongsTo("lot", onDelete: .restrict, indexed: false)
            t.column("kind", .text).notNull()
            t.column("payload", .text).notNull()
            t.column("actorUser", .text).notNull()
            t.column("actorStation", .text).notNull()
            t.column("occurredAt", .datetime).notNull()
        }

        // Only lot events carry a lot; indexing the NULLs of every device event would only slow writes.
        try db.create(index: "event_on_lotId", on: "event", columns: ["lotId"], condition: Column("lotId") != nil)

        // The log is the proof of what happened: the database itself refuses to rewrite it.
        try db.execute(sql: """
            CREATE TRIGGER event_no_update BEFORE UPDATE ON event
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            CREATE TRIGGER event_no_delete BEFORE DELETE ON event
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            """)
    }
}
