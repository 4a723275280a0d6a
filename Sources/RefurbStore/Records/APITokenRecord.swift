import Foundation
import GRDB

struct APITokenRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "apiToken"
    static let account = belongsTo(AccountRecord.self)

    var id: Int64?
    var name: String
    var secretHash: String
    var accountId: Int64
    var station: String
    var createdAt: Date
    var revokedAt: Date?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let secretHash = Column(CodingKeys.secretHash)
        static let revokedAt = Column(CodingKeys.revokedAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A Bearer token as an admin sees it in the list: never its secret, which is shown once at creation.
public struct APIToken: Hashable, Sendable, Codable {
    public var id: Int64
    public var name: String
    public var username: String
    public var station: String
    public var createdAt: Date
    public var revokedAt: Date?

    package init(id: Int64, name: String, username: String, station: String, createdAt: Date, revokedAt: Date? = nil) {
        self.id = id
        self.name = name
        self.username = username
        self.station = station
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
