import Foundation
import GRDB
import RefurbCore

struct AccountRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "account"

    var id: Int64?
    var username: String
    var passwordHash: String
    var roles: String
    var createdAt: Date
    var disabledAt: Date?
    var language: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let username = Column(CodingKeys.username)
        static let passwordHash = Column(CodingKeys.passwordHash)
        static let roles = Column(CodingKeys.roles)
        static let language = Column(CodingKeys.language)
        static let disabledAt = Column(CodingKeys.disabledAt)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func account() throws -> Account {
        guard let id, let roles = try? Role.parseList(roles) else {
            throw StoreError.corruptRow(table: Self.databaseTableName, id: id ?? 0)
        }
        return Account(id: id, username: username, roles: roles, createdAt: createdAt, isDisabled: disabledAt != nil,
                       language: language.flatMap(Language.init(rawValue:)))
    }
}

/// A person's (or a bench machine's) account, without its password hash.
public struct Account: Hashable, Sendable {
    public var id: Int64
    public var username: String
    public var roles: Set<Role>
    public var createdAt: Date
    /// A disabled account cannot sign in, and its sessions and tokens are refused; it stays in the
    /// history and in the list of accounts.
    public var isDisabled: Bool
    /// The language the person chose on the pages; nil follows the browser.
    public var language: Language?

    /// For the store's adapters (SQLite's records, PostgreSQL's rows).
    package init(id: Int64, username: String, roles: Set<Role>, createdAt: Date, isDisabled: Bool, language: Language?) {
        self.id = id
        self.username = username
        self.roles = roles
        self.createdAt = createdAt
        self.isDisabled = isDisabled
        self.language = language
    }

    public func can(_ permission: Permission) -> Bool {
        !isDisabled && permission.isGranted(to: roles)
    }
}
