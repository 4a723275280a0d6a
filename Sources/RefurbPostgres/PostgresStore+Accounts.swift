import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// Accounts on PostgreSQL, with the rules `AppDatabase+Accounts` keeps on SQLite. Account names are
/// compared without case (SQLite's `COLLATE NOCASE`; here `lower(username)`, which the unique index uses).
extension PostgresStore {
    public func accountCount() async throws -> Int {
        try await single("SELECT count(*) FROM account", as: Int.self) ?? 0
    }

    public func addAccount(username: String, passwordHash: String, roles: Set<Role>, actor: Actor, at date: Date) async throws -> Account {
        let name = try AppDatabase.checkedUsername(username)
        guard !roles.isEmpty else {
            throw StoreError.invalidInput(Message("role.none", Role.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return try await transaction { connection in
            // Names are checked against each other in the write: one addition at a time, across processes.
            try await connection.query("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            let folded = AppDatabase.foldedUsername(name)
            for try await existing in try await connection.query("SELECT username FROM account", logger: logger).decode(String.self)
            where AppDatabase.foldedUsername(existing) == folded {
                throw StoreError.conflict(existing == name ? Message("store.accountExists", name)
                                                           : Message("store.accountNameClash", name, existing))
            }
            let account = try await Self.insertAccount(name, passwordHash: passwordHash, roles: roles, at: date,
                                                       on: connection, logger: logger)
            try await Self.appendAdministration("account-added", subject: "\(name) [\(Role.listText(roles))]", actor: actor, at: date,
                                                on: connection, logger: logger)
            return account
        }
    }

    public func createFirstAdmin(username: String, passwordHash: String, at date: Date) async throws -> Account? {
        try await transaction { connection in
            // Several processes starting on an empty database: the first to take the lock creates the admin.
            try await connection.query("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            var count = 0
            for try await value in try await connection.query("SELECT count(*) FROM account", logger: logger).decode(Int.self) { count = value }
            guard count == 0 else { return nil }
            let account = try await Self.insertAccount(username, passwordHash: passwordHash, roles: [.admin], at: date,
                                                       on: connection, logger: logger)
            // Admin at the first site and network admin, as on SQLite.
            try await connection.query("""
                INSERT INTO accountSiteRole (accountId, siteId, role, grantedAt, grantedBy)
                VALUES (\(account.id), (SELECT min(id) FROM site), 'admin', \(date), 'refurb'),
                       (\(account.id), NULL, 'admin', \(date), 'refurb')
                """, logger: logger)
            try await Self.appendAdministration("account-added", subject: "\(username) [admin]",
                                                actor: Actor(user: "refurb", station: "first-start"), at: date,
                                                on: connection, logger: logger)
            return account
        }
    }

    public func setPasswordHash(username: String, passwordHash: String, keepingSession: String?, actor: Actor, at date: Date) async throws -> Int {
        try await transaction { connection in
            let (account, _, _) = try await Self.lockedAccount(username, on: connection, logger: logger)
            try await connection.query("UPDATE account SET passwordHash = \(passwordHash) WHERE id = \(account.id)", logger: logger)
            var ended = 0
            for try await _ in try await connection.query("""
                DELETE FROM webSession WHERE accountId = \(account.id) AND secretHash IS DISTINCT FROM \(keepingSession)
                RETURNING 1
                """, logger: logger) { ended += 1 }
            try await Self.appendAdministration("password-changed", subject: account.username, actor: actor, at: date,
                                                on: connection, logger: logger)
            return ended
        }
    }

    public func disableAccount(username: String, actor: Actor, at date: Date) async throws -> Account {
        try await transaction { connection in
            let (account, _, _) = try await Self.lockedAccount(username, on: connection, logger: logger)
            guard !account.isDisabled else { return account }
            guard account.username.lowercased() != actor.user.lowercased() else {
                throw StoreError.conflict(Message("store.cannotDisableSelf", account.username))
            }
            if account.roles.contains(.admin) {
                guard try await Self.activeAdminCount(on: connection, logger: logger) > 1 else {
                    throw StoreError.conflict(Message("store.lastActiveAdmin", account.username))
                }
            }
            try await connection.query("UPDATE account SET disabledAt = \(date) WHERE id = \(account.id)", logger: logger)
            try await connection.query("DELETE FROM webSession WHERE accountId = \(account.id)", logger: logger)
            try await Self.appendAdministration("account-disabled", subject: account.username, actor: actor, at: date,
                                                on: connection, logger: logger)
            var disabled = account
            disabled.isDisabled = true
            return disabled
        }
    }

    public func enableAccount(username: String, actor: Actor, at date: Date) async throws -> Account {
        try await transaction { connection in
            let (account, _, _) = try await Self.lockedAccount(username, on: connection, logger: logger)
            guard account.isDisabled else { return account }
            try await connection.query("UPDATE account SET disabledAt = NULL WHERE id = \(account.id)", logger: logger)
            try await Self.appendAdministration("account-enabled", subject: account.username, actor: actor, at: date,
                                                on: connection, logger: logger)
            var enabled = account
            enabled.isDisabled = false
            return enabled
        }
    }

    public func setRoles(username: String, roles: Set<Role>, actor: Actor, at date: Date) async throws -> Account {
        guard !roles.isEmpty else {
            throw StoreError.invalidInput(Message("role.none", Role.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return try await transaction { connection in
            let (account, _, _) = try await Self.lockedAccount(username, on: connection, logger: logger)
            let before = account.roles
            guard before != roles else { return account }
            if before.contains(.admin), !roles.contains(.admin) {
                guard account.username.lowercased() != actor.user.lowercased() else {
                    throw StoreError.conflict(Message("store.cannotDemoteSelf", account.username))
                }
                if !account.isDisabled, try await Self.activeAdminCount(on: connection, logger: logger) <= 1 {
                    throw StoreError.conflict(Message("store.lastActiveAdmin", account.username))
                }
            }
            try await connection.query("UPDATE account SET roles = \(Role.listText(roles)) WHERE id = \(account.id)", logger: logger)
            try await Self.appendAdministration("roles-changed",
                                                subject: "\(account.username) [\(Role.listText(before)) → \(Role.listText(roles))]",
                                                actor: actor, at: date, on: connection, logger: logger)
            var changed = account
            changed.roles = roles
            return changed
        }
    }

    public func setLanguage(username: String, to language: Language?) async throws {
        var updated = 0
        for try await _ in try await client.query(
            "UPDATE account SET language = \(language?.rawValue) WHERE lower(username) = lower(\(username)) RETURNING 1",
            logger: logger) { updated += 1 }
        guard updated == 1 else { throw StoreError.notFound(Message("store.accountNotFound", username)) }
    }

    public func login(username: String) async throws -> (account: Account, passwordHash: String)? {
        try await client.withConnection { connection in
            guard let (account, hash) = try await Self.account(where: "lower(username) = lower($1)", bind: username,
                                                               on: connection, logger: logger).first else { return nil }
            return (account, hash)
        }
    }

    public func accounts() async throws -> [Account] {
        try await client.withConnection { connection in
            try await Self.account(where: "TRUE", bind: Optional<String>.none, on: connection, logger: logger, order: "lower(username), username")
                .map(\.0)
        }
    }

    public func administrationEvents(limit: Int) async throws -> [Event] {
        try await client.withConnection { connection in
            let events = try await Self.events(where: "id IN (SELECT id FROM event WHERE deviceId IS NULL AND lotId IS NULL ORDER BY id DESC LIMIT $1)",
                                               bind: Int64(max(0, limit)), on: connection, logger: logger)
            return events.reversed()
        }
    }

    // MARK: - Inside a transaction

    static func insertAccount(_ name: String, passwordHash: String, roles: Set<Role>, at date: Date,
                              on connection: PostgresConnection, logger: Logger) async throws -> Account {
        for try await id in try await connection.query("""
            INSERT INTO account (username, passwordHash, roles, createdAt) VALUES (\(name), \(passwordHash), \(Role.listText(roles)), \(date))
            RETURNING id
            """, logger: logger).decode(Int64.self) {
            return Account(id: id, username: name, roles: roles, createdAt: date, isDisabled: false, language: nil)
        }
        throw StoreError.corruptRow(table: "account", id: 0)
    }

    /// The account named `username` (without case), its row locked until the transaction ends.
    static func lockedAccount(_ username: String, on connection: PostgresConnection, logger: Logger) async throws -> (Account, String, Int64) {
        guard let (account, hash) = try await account(where: "lower(username) = lower($1)", bind: username,
                                                      on: connection, logger: logger, forUpdate: true).first else {
            throw StoreError.notFound(Message("store.accountNotFound", username))
        }
        return (account, hash, account.id)
    }

    static func account(where condition: String, bind value: (some PostgresEncodable & Sendable)?, on connection: PostgresConnection,
                        logger: Logger, order: String = "id", forUpdate: Bool = false) async throws -> [(Account, String)] {
        var bindings = PostgresBindings()
        if let value { try bindings.append(value) }
        let sql = "SELECT id, username, passwordHash, roles, createdAt, disabledAt, language FROM account WHERE \(condition) ORDER BY \(order)"
            + (forUpdate ? " FOR UPDATE" : "")
        var accounts: [(Account, String)] = []
        for try await (id, name, hash, roles, created, disabled, language) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
            .decode((Int64, String, String, String, Date, Date?, String?).self) {
            guard let parsed = try? Role.parseList(roles) else { throw StoreError.corruptRow(table: "account", id: id) }
            accounts.append((Account(id: id, username: name, roles: parsed, createdAt: created, isDisabled: disabled != nil,
                                     language: language.flatMap(Language.init(rawValue:))), hash))
        }
        return accounts
    }

    /// Admins who can still sign in, their rows locked so that two demotions cannot both pass the check.
    static func activeAdminCount(on connection: PostgresConnection, logger: Logger) async throws -> Int {
        try await account(where: "disabledAt IS NULL", bind: Optional<String>.none, on: connection, logger: logger, forUpdate: true)
            .filter { $0.0.roles.contains(.admin) }.count
    }

    static func appendAdministration(_ action: String, subject: String, actor: Actor, at date: Date,
                                     on connection: PostgresConnection, logger: Logger) async throws {
        try await append([.administered(action: action, subject: subject)], deviceId: nil, lotId: nil, actor: actor, at: date,
                         on: connection, logger: logger)
    }

    /// The first column of the first row, or nil when there is none.
    func single<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value? {
        for try await value in try await client.query(query, logger: logger).decode(Value.self) { return value }
        return nil
    }
}
