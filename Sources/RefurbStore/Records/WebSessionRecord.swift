import Foundation
import GRDB

struct WebSessionRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "webSession"

    var secretHash: String
    var accountId: Int64
    var csrfToken: String
    var station: String
    var createdAt: Date
    var expiresAt: Date

    enum Columns {
        static let secretHash = Column(CodingKeys.secretHash)
        static let accountId = Column(CodingKeys.accountId)
        static let expiresAt = Column(CodingKeys.expiresAt)
    }
}

/// Who is behind a request, found from a session cookie or a Bearer token.
public struct Credential: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A browser session; forms must echo its CSRF token.
        case session(csrfToken: String, expiresAt: Date)
        case token(id: Int64, name: String)
    }

    public var account: Account
    public var station: String
    public var kind: Kind

    package init(account: Account, station: String, kind: Kind) {
        self.account = account
        self.station = station
        self.kind = kind
    }
}
