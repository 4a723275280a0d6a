import Foundation
import GRDB

struct StationKeyRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "stationKey"

    var id: Int64?
    var name: String
    var keyId: String
    var publicKey: String
    var createdAt: Date
    var revokedAt: Date?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let keyId = Column(CodingKeys.keyId)
        static let revokedAt = Column(CodingKeys.revokedAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var stationKey: StationKey {
        StationKey(id: id ?? 0, name: name, keyId: keyId, publicKey: publicKey, createdAt: createdAt, revokedAt: revokedAt)
    }
}

/// The public half of a wiping station's signing key, registered by an admin so that the service
/// accepts the certificates that station signs.
public struct StationKey: Hashable, Sendable, Codable {
    public var id: Int64
    public var name: String
    public var keyId: String
    /// Base64 of the raw Ed25519 public key.
    public var publicKey: String
    public var createdAt: Date
    public var revokedAt: Date?

    package init(id: Int64, name: String, keyId: String, publicKey: String, createdAt: Date, revokedAt: Date?) {
        self.id = id
        self.name = name
        self.keyId = keyId
        self.publicKey = publicKey
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
