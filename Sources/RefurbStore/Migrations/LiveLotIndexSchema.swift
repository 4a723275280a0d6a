import GRDB

/// Counting a lot's devices (every scan of a lot code does) leaves out undone intakes; without an index
/// on exactly those rows, each count read the whole lot from the table.
enum LiveLotIndexSchema {
    static func create(_ db: Database) throws {
        try db.create(index: "device_live_lot", on: "device", columns: ["lotId"], condition: Column("voidedAt") == nil)
    }
}
