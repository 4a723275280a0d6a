import Foundation
import GRDB

struct CertificateRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "certificate"

    var id: String
    var deviceId: Int64
    var storageKey: String
    var passed: Bool
    var keyId: String
    var body: Data
    var receivedAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let deviceId = Column(CodingKeys.deviceId)
        static let receivedAt = Column(CodingKeys.receivedAt)
    }

    var summary: CertificateSummary {
        CertificateSummary(id: id, storage: storageKey, passed: passed, keyId: keyId, receivedAt: receivedAt)
    }
}

public struct CertificateSummary: Hashable, Sendable, Codable {
    public var id: String
    public var storage: String
    public var passed: Bool
    public var keyId: String
    public var receivedAt: Date

    package init(id: String, storage: String, passed: Bool, keyId: String, receivedAt: Date) {
        self.id = id
        self.storage = storage
        self.passed = passed
        self.keyId = keyId
        self.receivedAt = receivedAt
    }
}
