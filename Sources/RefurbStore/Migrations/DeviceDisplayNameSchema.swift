import GRDB

/// v14: a device may have a display name the shop types (« ThinkPad T480 reconditionné »), shown on the price
/// label and the shop's card instead of the maker and model. Absent for every device already recorded.
enum DeviceDisplayNameSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "device") { t in
            t.add(column: "displayName", .text)
        }
    }
}
