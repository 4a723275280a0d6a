import GRDB

/// Receipts and invoices, the sale settings, the commercial warranties, and the returns and claims
/// under the guarantee.
/// - `receipt`: one per sale entry of the sales journal, numbered 1, 2, 3… with no gap, in the sale's
///   own transaction; what it says (price, payment, kind of sale) is the journal entry's.
/// - `invoice`: made on request for an association or a company, numbered on its own, one per receipt.
/// - `saleSettings`: one row; whether the workshop sells under the margin scheme.
/// - `warrantyPolicy`: the workshop's commercial warranties, by category and kind of sale, with their days.
/// - `claim`: a return or a claim against a sold device, its steps and how it was settled.
enum ReceiptsAndClaimsSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "receipt") { t in
            t.primaryKey("number", .integer)
            t.column("journalSequence", .integer).notNull().unique().references("journalEntry", column: "sequence")
            t.column("assetTag", .text).notNull().indexed()
            t.column("soldAt", .datetime).notNull()
        }
        try db.create(table: "invoice") { t in
            t.primaryKey("number", .integer)
            t.column("receiptNumber", .integer).notNull().unique().references("receipt", column: "number")
            t.column("buyerName", .text).notNull()
            t.column("buyerAddress", .text).notNull().defaults(to: "")  // lines joined by a line feed
            t.column("buyerSiret", .text)
            t.column("issuedAt", .datetime).notNull()
            t.column("issuedBy", .text).notNull()
        }
        try db.create(table: "saleSettings") { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("marginScheme", .boolean).notNull()
            t.column("savedAt", .datetime).notNull()
            t.column("savedBy", .text).notNull()
        }
        try db.create(table: "warrantyPolicy") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("category", .text)  // nil: every category
            t.column("channel", .text)  // a SaleKind; nil: every kind of sale
            t.column("months", .integer).notNull()
            t.column("fromDay", .text).notNull()
            t.column("untilDay", .text)
            t.column("savedAt", .datetime).notNull()
            t.column("savedBy", .text).notNull()
        }
        try db.create(table: "claim") { t in
            t.primaryKey("number", .integer)
            t.column("assetTag", .text).notNull().indexed()
            t.column("receiptNumber", .integer).notNull().references("receipt", column: "number")
            t.column("complaint", .text).notNull()
            t.column("state", .text).notNull()  // ClaimState.stored
            t.column("receivedAt", .datetime).notNull()
            t.column("receivedBy", .text).notNull()
            t.column("diagnosis", .text)
            t.column("diagnosedAt", .datetime)
            t.column("diagnosedBy", .text)
            t.column("settledAt", .datetime)
            t.column("settledBy", .text)
            t.column("reason", .text)  // why it was rejected, or a note on the outcome
            t.column("amountCents", .integer)  // refunded or credited
            t.column("replacementTag", .text)
            t.column("refundSequence", .integer).references("journalEntry", column: "sequence")
        }
        // A receipt and an invoice, once handed over, are never changed nor removed.
        try db.execute(sql: """
            CREATE TRIGGER receipt_no_update BEFORE UPDATE ON receipt
            BEGIN SELECT RAISE(ABORT, 'receipts are never changed'); END;
            CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt
            BEGIN SELECT RAISE(ABORT, 'receipts are never changed'); END;
            CREATE TRIGGER invoice_no_update BEFORE UPDATE ON invoice
            BEGIN SELECT RAISE(ABORT, 'invoices are never changed'); END;
            CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice
            BEGIN SELECT RAISE(ABORT, 'invoices are never changed'); END;
            """)
    }
}
