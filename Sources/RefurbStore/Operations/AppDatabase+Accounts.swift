import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    public func accountCount() throws -> Int {
        try writer.read { db in try AccountRecord.fetchCount(db) }
    }

    /// Adds an account; `passwordHash` is already a bcrypt hash (the store never sees a password).
    public func addAccount(username: String, passwordHash: String, roles: Set<Role>,
                           actor: Actor, at date: Date) throws -> Account {
        let name = try Self.checkedUsername(username)
        guard !roles.isEmpty else { throw StoreError.invalidInput(Message("role.none", Role.allCases.map(\.rawValue).joined(separator: ", "))) }
        return try writer.write { db in
            // « lea », « Lea » and « Léa » are told apart by no one who signs in or reads the history: the
            // second is refused, naming the first. Checked in the write, over the few accounts a workshop has.
            let folded = Self.foldedUsername(name)
            if let existing = try String.fetchAll(db, sql: "SELECT username FROM account").first(where: { Self.foldedUsername($0) == folded }) {
                throw StoreError.conflict(existing == name ? Message("store.accountExists", name) : Message("store.accountNameClash", name, existing))
            }
            var record = AccountRecord(username: name, passwordHash: passwordHash, roles: Role.listText(roles), createdAt: date)
            try record.insert(db)
            try Self.appendAdministration("account-added", subject: "\(name) [\(Role.listText(roles))]", actor: actor, at: date, in: db)
            return try record.account()
        }
    }

    /// Creates the first admin when there is no account yet; nil when accounts already exist. Atomic, so
    /// two services started at once on an empty file cannot both create one.
    public func createFirstAdmin(username: String, passwordHash: String, at date: Date) throws -> Account? {
        try writer.write { db in
            guard try AccountRecord.fetchCount(db) == 0 else { return nil }
            var record = AccountRecord(username: username, passwordHash: passwordHash, roles: Role.admin.rawValue, createdAt: date)
            try record.insert(db)
            // Whoever starts the workshop also runs its network: admin at the first site and network admin,
            // as v18-sites made every admin of an existing workshop.
            try db.execute(sql: """
                INSERT INTO accountSiteRole (accountId, siteId, role, grantedAt, grantedBy)
                VALUES (?, (SELECT min(id) FROM site), 'admin', ?, 'refurb'), (?, NULL, 'admin', ?, 'refurb')
                """, arguments: [record.id, date, record.id, date])
            try Self.appendAdministration("account-added", subject: "\(username) [admin]",
                                          actor: Actor(user: "refurb", station: "first-start"), at: date, in: db)
            return try record.account()
        }
    }

    /// Sets a new password hash and ends every session of the account, but `keepingSession` (the hash
    /// of the session that made the change, when people change their own password in a browser): whoever
    /// knew the old password must not stay signed in with it. API tokens stay: they are not opened with
    /// the password. Returns how many sessions were ended.
    @discardableResult
    public func setPasswordHash(username: String, passwordHash: String, keepingSession: String? = nil,
                                actor: Actor, at date: Date) throws -> Int {
        try writer.write { db in
            guard var record = try AccountRecord.filter(AccountRecord.Columns.username == username).fetchOne(db),
                  let accountId = record.id else {
                throw StoreError.notFound(Message("store.accountNotFound", username))
            }
            record.passwordHash = passwordHash
            try record.update(db, columns: [AccountRecord.Columns.passwordHash])
            var sessions = WebSessionRecord.filter(WebSessionRecord.Columns.accountId == accountId)
            if let keepingSession { sessions = sessions.filter(WebSessionRecord.Columns.secretHash != keepingSession) }
            let ended = try sessions.deleteAll(db)
            try Self.appendAdministration("password-changed", subject: record.username, actor: actor, at: date, in: db)
            return ended
        }
    }

    /// Disables an account: it can no longer sign in, its sessions end now and its API tokens are
    /// refused (a service trusts a token it recognised for a few seconds at most; one that disabled the
    /// account itself forgets it at once). Nothing of it is deleted: its name stays in the history and in
    /// the list, and `enableAccount` undoes it, tokens included. Nobody disables their own account, and
    /// the last admin who can still sign in cannot be disabled, so that someone can always undo it.
    @discardableResult
    public func disableAccount(username: String, actor: Actor, at date: Date) throws -> Account {
        try writer.write { db in
            guard var record = try AccountRecord.filter(AccountRecord.Columns.username == username).fetchOne(db),
                  let accountId = record.id else {
                throw StoreError.notFound(Message("store.accountNotFound", username))
            }
            guard record.disabledAt == nil else { return try record.account() }
            guard record.username.lowercased() != actor.user.lowercased() else {
                throw StoreError.conflict(Message("store.cannotDisableSelf", record.username))
            }
            let account = try record.account()
            if account.roles.contains(.admin) {
                let activeAdmins = try AccountRecord.filter(AccountRecord.Columns.disabledAt == nil).fetchAll(db)
                    .filter { (try? $0.account().roles.contains(.admin)) == true }
                guard activeAdmins.count > 1 else {
                    throw StoreError.conflict(Message("store.lastActiveAdmin", record.username))
                }
            }
            record.disabledAt = date
            try record.update(db, columns: [AccountRecord.Columns.disabledAt])
            try WebSessionRecord.filter(WebSessionRecord.Columns.accountId == accountId).deleteAll(db)
            try Self.appendAdministration("account-disabled", subject: record.username, actor: actor, at: date, in: db)
            return try record.account()
        }
    }

    /// Lets a disabled account sign in again; its tokens that were not revoked work again.
    @discardableResult
    public func enableAccount(username: String, actor: Actor, at date: Date) throws -> Account {
        try writer.write { db in
            guard var record = try AccountRecord.filter(AccountRecord.Columns.username == username).fetchOne(db) else {
                throw StoreError.notFound(Message("store.accountNotFound", username))
            }
            guard record.disabledAt != nil else { return try record.account() }
            record.disabledAt = nil
            try record.update(db, columns: [AccountRecord.Columns.disabledAt])
            try Self.appendAdministration("account-enabled", subject: record.username, actor: actor, at: date, in: db)
            return try record.account()
        }
    }

    /// Gives an account these roles instead of its own. Nobody takes the admin role away from
    /// themselves, nor from the last admin who can still sign in, so that someone can always undo it.
    /// Its sessions stay, and carry the new roles from their next request.
    @discardableResult
    public func setRoles(username: String, roles: Set<Role>, actor: Actor, at date: Date) throws -> Account {
        guard !roles.isEmpty else { throw StoreError.invalidInput(Message("role.none", Role.allCases.map(\.rawValue).joined(separator: ", "))) }
        return try writer.write { db in
            guard var record = try AccountRecord.filter(AccountRecord.Columns.username == username).fetchOne(db) else {
                throw StoreError.notFound(Message("store.accountNotFound", username))
            }
            let before = try record.account().roles
            guard before != roles else { return try record.account() }
            if before.contains(.admin), !roles.contains(.admin) {
                guard record.username.lowercased() != actor.user.lowercased() else {
                    throw StoreError.conflict(Message("store.cannotDemoteSelf", record.username))
                }
                let activeAdmins = try AccountRecord.filter(AccountRecord.Columns.disabledAt == nil).fetchAll(db)
                    .filter { (try? $0.account().roles.contains(.admin)) == true }
                if record.disabledAt == nil, activeAdmins.count <= 1 {
                    throw StoreError.conflict(Message("store.lastActiveAdmin", record.username))
                }
            }
            record.roles = Role.listText(roles)
            try record.update(db, columns: [AccountRecord.Columns.roles])
            try Self.appendAdministration("roles-changed", subject: "\(record.username) [\(Role.listText(before)) → \(Role.listText(roles))]",
                                          actor: actor, at: date, in: db)
            return try record.account()
        }
    }

    /// How many sessions of the account are open now, for the pages and the tests.
    public func openSessionCount(username: String, at date: Date) throws -> Int {
        try writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM webSession s JOIN account a ON a.id = s.accountId
                WHERE a.username = ? AND s.expiresAt > ?
                """, arguments: [username, date]) ?? 0
        }
    }

    public func setLanguage(username: String, to language: Language?) throws {
        try writer.write { db in
            let updated = try AccountRecord.filter(AccountRecord.Columns.username == username)
                .updateAll(db, AccountRecord.Columns.language.set(to: language?.rawValue))
            guard updated == 1 else { throw StoreError.notFound(Message("store.accountNotFound", username)) }
        }
    }

    /// The account and its password hash, for checking a login.
    public func login(username: String) throws -> (account: Account, passwordHash: String)? {
        try writer.read { db in
            guard let record = try AccountRecord.filter(AccountRecord.Columns.username == username).fetchOne(db) else { return nil }
            return (try record.account(), record.passwordHash)
        }
    }

    public func accounts() throws -> [Account] {
        try writer.read { db in
            try AccountRecord.order(AccountRecord.Columns.username).fetchAll(db).map { try $0.account() }
        }
    }

    // MARK: API tokens

    public func createToken(name: String, username: String, station: String, secretHash: String,
                            actor: Actor, at date: Date) throws -> APIToken {
        let label = try Self.checkedLabel(name, field: "name")
        let stationName = try Self.checkedLabel(station, field: "station")
        return try writer.write { db in
            guard let account = try AccountRecord.filter(AccountRecord.Columns.username == username).fetchOne(db),
                  let accountId = account.id else {
                throw StoreError.notFound(Message("store.accountNotFound", username))
            }
            var record = APITokenRecord(name: label, secretHash: secretHash, accountId: accountId,
                                        station: stationName, createdAt: date)
            try record.insert(db)
            try Self.appendAdministration("token-created", subject: "\(label) → \(account.username)", actor: actor, at: date, in: db)
            return APIToken(id: record.id ?? 0, name: label, username: account.username, station: stationName, createdAt: date)
        }
    }

    public func tokens() throws -> [APIToken] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT t.id, t.name, a.username, t.station, t.createdAt, t.revokedAt
                FROM apiToken t JOIN account a ON a.id = t.accountId ORDER BY t.id
                """)
            return rows.map { APIToken(id: $0[0], name: $0[1], username: $0[2], station: $0[3], createdAt: $0[4], revokedAt: $0[5]) }
        }
    }

    public func revokeToken(id: Int64, actor: Actor, at date: Date) throws {
        try writer.write { db in
            guard let record = try APITokenRecord.fetchOne(db, key: id) else {
                throw StoreError.notFound(Message("store.tokenNotFound", String(id)))
            }
            guard record.revokedAt == nil else { return }
            try APITokenRecord.filter(key: id).updateAll(db, APITokenRecord.Columns.revokedAt.set(to: date))
            try Self.appendAdministration("token-revoked", subject: record.name, actor: actor, at: date, in: db)
        }
    }

    // MARK: Finding who is calling

    public func credential(tokenSecretHash: String) throws -> Credential? {
        try writer.read { db in
            // Every API request comes through here: prepared once per connection.
            guard let token = try APITokenRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM apiToken WHERE secretHash = ?"),
                                                          arguments: [tokenSecretHash]),
                  token.revokedAt == nil,
                  let account = try AccountRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"),
                                                           arguments: [token.accountId]),
                  // A disabled account's tokens are refused (401) rather than recognised and then forbidden.
                  account.disabledAt == nil else { return nil }
            return Credential(account: try account.account(), station: token.station,
                              kind: .token(id: token.id ?? 0, name: token.name))
        }
    }

    public func openSession(username: String, secretHash: String, csrfToken: String, station: String,
                            at date: Date, lifetime: TimeInterval) throws -> Credential {
        try writer.write { db in
            // Disabled between the password check and here, it gets no session either.
            guard let account = try AccountRecord.filter(AccountRecord.Columns.username == username).fetchOne(db),
                  let accountId = account.id, account.disabledAt == nil else {
                throw StoreError.notFound(Message("store.accountNotFound", username))
            }
            // Expired sessions go as new ones come, so the table never grows without bound.
            try WebSessionRecord.filter(WebSessionRecord.Columns.expiresAt < date).deleteAll(db)
            let expiresAt = date.addingTimeInterval(lifetime)
            try WebSessionRecord(secretHash: secretHash, accountId: accountId, csrfToken: csrfToken, station: station,
                                 createdAt: date, expiresAt: expiresAt).insert(db)
            return Credential(account: try account.account(), station: station,
                              kind: .session(csrfToken: csrfToken, expiresAt: expiresAt))
        }
    }

    public func credential(sessionSecretHash: String, at date: Date) throws -> Credential? {
        try writer.read { db in
            guard let session = try WebSessionRecord.fetchOne(db, key: sessionSecretHash), session.expiresAt > date,
                  let account = try AccountRecord.fetchOne(db, key: session.accountId), account.disabledAt == nil else { return nil }
            return Credential(account: try account.account(), station: session.station,
                              kind: .session(csrfToken: session.csrfToken, expiresAt: session.expiresAt))
        }
    }

    public func closeSession(secretHash: String) throws {
        _ = try writer.write { db in try WebSessionRecord.deleteOne(db, key: secretHash) }
    }

    // MARK: Helpers

    static func appendAdministration(_ action: String, subject: String, actor: Actor, at date: Date, in db: Database) throws {
        var event = EventRecord(deviceId: nil, lotId: nil, change: .administered(action: action, subject: subject),
                                actor: actor, occurredAt: date)
        try event.insert(db)
    }

    /// The administration log: accounts, tokens, keys and printers, newest first.
    public func administrationEvents(limit: Int = 200) throws -> [Event] {
        try writer.read { db in
            try EventRecord.filter(sql: "deviceId IS NULL AND lotId IS NULL")
                .order(EventRecord.Columns.id.desc).limit(limit).fetchAll(db).map { try $0.event() }
        }
    }

    package static func checkedUsername(_ text: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard (2...40).contains(name.count),
              name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }) else {
            throw StoreError.invalidInput(Message("store.usernameMalformed", text))
        }
        return name
    }

    /// A name as people tell names apart: without accents or case (« Léa » is « lea »).
    package static func foldedUsername(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    package static func checkedLabel(_ text: String, field: String) throws -> String {
        guard let label = cleanedReason(text), label.count <= 100 else {
            throw StoreError.invalidInput(Message("intake.textMalformed", field, "100"))
        }
        return label
    }
}
