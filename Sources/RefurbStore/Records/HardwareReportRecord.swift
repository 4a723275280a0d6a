import Foundation
import GRDB

struct HardwareReportRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "hardwareReport"

    var id: Int64?
    var deviceId: Int64
    var sha256: String
    var systemSerial: String?
    var serialCheck: String
    var body: Data
    var receivedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let deviceId = Column(CodingKeys.deviceId)
        static let sha256 = Column(CodingKeys.sha256)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
