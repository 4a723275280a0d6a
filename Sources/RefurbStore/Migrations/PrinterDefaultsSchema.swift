import GRDB

/// What a station needs to print with no setting of its own: each printer says which language it speaks
/// (`zpl`, `brother:QL-700`; none for a USB printer, which says it itself) and which asset-tag label is loaded
/// in it, and one printer is the default everywhere. These lived in each browser's station settings, so a new
/// browser printed nothing until someone found them.
///
/// And whether each device's labels were printed (when, on which printer): intake offers to print the missing
/// ones. A print is not a change of the device, so it is kept beside it and does not bump its version: a sale
/// form open at the shop stays valid after its price label is printed.
enum PrinterDefaultsSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "printer") { t in
            t.add(column: "format", .text)
            t.add(column: "assetTagTemplate", .text)
            t.add(column: "isDefault", .boolean).notNull().defaults(to: false)
        }
        try db.create(index: "printer_one_default", on: "printer", columns: ["isDefault"], unique: true,
                      condition: Column("isDefault") == true)
        // A workshop that had printers keeps printing: the oldest becomes the default.
        try db.execute(sql: """
            UPDATE printer SET isDefault = 1
            WHERE name = (SELECT name FROM printer ORDER BY createdAt, name LIMIT 1)
            """)

        try db.create(table: "labelPrint") { t in
            t.column("deviceId", .integer).notNull().references("device", onDelete: .cascade)
            /// `asset-tag` or `price`: the last print of each kind of label is kept.
            t.column("kind", .text).notNull()
            t.column("template", .text).notNull()
            t.column("printer", .text).notNull()
            t.column("printedAt", .datetime).notNull()
            t.column("printedBy", .text).notNull()
            t.primaryKey(["deviceId", "kind"])
        }
    }
}
