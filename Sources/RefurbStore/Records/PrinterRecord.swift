import Foundation
import GRDB

struct PrinterRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "printer"

    var name: String
    var uri: String
    var createdAt: Date

    var setting: PrinterSetting { PrinterSetting(name: name, uri: uri) }
}

/// A printer the shop can choose by name; `uri` is what `refurb printers` lists (usb://…, tcp://…).
public struct PrinterSetting: Hashable, Sendable, Codable {
    public var name: String
    public var uri: String

    public init(name: String, uri: String) {
        self.name = name
        self.uri = uri
    }
}
