import GRDB
import RefurbCore

/// The sales journal: sales, refunds and cancellations, each chained to the previous one by SHA-256
/// (`JournalChain`), and the signed closures (Z) that seal them. Its columns are the fields of
/// `JournalEntry.fieldNames`, one for one, so that the verifier can hash them straight from SQLite.
enum SalesJournalSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "journalEntry") { t in
            // The sequence is the rowid: entries are read in chain order without an index of their own.
            t.primaryKey("sequence", .integer)
            t.column("kind", .text).notNull()
            t.column("occurredAt", .integer).notNull()  // milliseconds since 1970, UTC
            t.column("assetTag", .text).notNull().indexed()
            t.column("amountCents", .integer).notNull()
            t.column("paymentMethod", .text).notNull()
            t.column("saleKind", .text).notNull()
            t.column("partner", .text)
            t.column("refersTo", .integer)
            t.column("actorUser", .text).notNull()
            t.column("actorStation", .text).notNull()
            t.column("hash", .blob).notNull()
        }
        try db.create(index: "journalEntry_on_occurredAt", on: "journalEntry", columns: ["occurredAt"])

        try db.create(table: "journalClosure") { t in
            t.primaryKey("number", .integer)
            t.column("day", .text).notNull()
            t.column("firstSequence", .integer).notNull()
            t.column("lastSequence", .integer).notNull()
            t.column("lastHash", .blob).notNull()
            t.column("totals", .text).notNull()  // JournalTotals.stored: cash:2:15000;card:1:4000
            t.column("totalCents", .integer).notNull()
            t.column("cumulativeCents", .integer).notNull()
            t.column("closedAt", .integer).notNull()  // milliseconds since 1970, UTC
            t.column("actorUser", .text).notNull()
            t.column("actorStation", .text).notNull()
            t.column("keyId", .text).notNull()
            t.column("signature", .blob).notNull()
        }

        // These triggers only stop mistakes (a stray UPDATE in a sqlite3 shell, a bug): anyone holding the
        // file can drop them. What proves that nothing was changed is the hash chain and the signed
        // closures, checked by `refurb journal verify`.
        try db.execute(sql: """
            CREATE TRIGGER journalEntry_no_update BEFORE UPDATE ON journalEntry
            BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;
            CREATE TRIGGER journalEntry_no_delete BEFORE DELETE ON journalEntry
            BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;
            CREATE TRIGGER journalClosure_no_update BEFORE UPDATE ON journalClosure
            BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;
            CREATE TRIGGER journalClosure_no_delete BEFORE DELETE ON journalClosure
            BEGIN SELECT RAISE(ABORT, 'the sales journal is append-only'); END;
            """)
    }
}
