import GRDB

/// The register of second-hand goods (« registre des objets mobiliers », art. 321-7 of the Code pénal),
/// frozen day by day:
/// - `registerLine`: each past day's movements as they were when the day was sealed, numbered 1, 2, 3…
///   with no gap and chained by SHA-256 like the sales journal (`RegisterLine.fieldNames`, one column
///   each, so that the verifier hashes them as stored);
/// - `registerSeal`: one per day with movements, the hash reached at its last line, signed with the
///   journal's key.
/// Today's movements are not stored: the export computes them from the event log.
enum SecondHandRegisterSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "registerLine") { t in
            t.primaryKey("number", .integer)
            t.column("day", .text).notNull().indexed()
            t.column("occurredAt", .integer).notNull()  // milliseconds since 1970, UTC
            t.column("movement", .text).notNull()  // RegisterMovement
            t.column("reason", .text).notNull()  // RegisterReason
            t.column("assetTag", .text).notNull()
            t.column("description", .text).notNull()
            t.column("serial", .text)
            t.column("provenance", .text).notNull()
            t.column("payment", .text)  // PaymentMethod, for a sale
            t.column("amountCents", .integer)
            t.column("hash", .blob).notNull()
        }
        try db.create(table: "registerSeal") { t in
            t.primaryKey("day", .text)
            t.column("firstNumber", .integer).notNull()
            t.column("lastNumber", .integer).notNull()
            t.column("lineCount", .integer).notNull()
            t.column("lastHash", .blob).notNull()
            t.column("sealedAt", .integer).notNull()  // milliseconds since 1970, UTC
            t.column("actorUser", .text).notNull()
            t.column("actorStation", .text).notNull()
            t.column("keyId", .text).notNull()
            t.column("signature", .blob).notNull()
        }
        // Like the journal's: a guard against mistakes. The proof is the chain and the signed seals,
        // checked by `refurb register verify`.
        try db.execute(sql: """
            CREATE TRIGGER registerLine_no_update BEFORE UPDATE ON registerLine
            BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;
            CREATE TRIGGER registerLine_no_delete BEFORE DELETE ON registerLine
            BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;
            CREATE TRIGGER registerSeal_no_update BEFORE UPDATE ON registerSeal
            BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;
            CREATE TRIGGER registerSeal_no_delete BEFORE DELETE ON registerSeal
            BEGIN SELECT RAISE(ABORT, 'the register of second-hand goods is append-only'); END;
            """)
    }
}
