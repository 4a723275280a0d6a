import Foundation
import GRDB

struct DonorRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "donor"

    var id: Int64?
    var name: String
    var contact: String?
    var createdAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
