import Foundation
import RefurbCore
@testable import RefurbStore
import Testing

/// Accounts in the store: a new password ends sessions, a disabled account is refused everywhere and
/// stays in the list and the history, and someone can always undo it.
@Suite("Accounts")
struct AccountTests {
    static let admin = Actor(user: "alice", station: "bureau")

    /// alice (admin), camille (technician) with a token, and two sessions for camille.
    static func world() throws -> TemporaryDatabase {
        let world = try TemporaryDatabase()
        let db = world.database
        _ = try db.addAccount(username: "alice", passwordHash: "hash", roles: [.admin], actor: TemporaryDatabase.actor, at: Date())
        _ = try db.addAccount(username: "camille", passwordHash: "hash", roles: [.technician], actor: TemporaryDatabase.actor, at: Date())
        _ = try db.createToken(name: "banc 2", username: "camille", station: "banc-2", secretHash: "token-camille",
                               actor: TemporaryDatabase.actor, at: Date())
        for secret in ["session-1", "session-2"] {
            _ = try db.openSession(username: "camille", secretHash: secret, csrfToken: "csrf", station: "web", at: Date(), lifetime: 3600)
        }
        return world
    }

    @Test("a new password ends every session of the account, or all but the one that made the change")
    func passwordEndsSessions() throws {
        let world = try Self.world()
        let db = world.database
        #expect(try db.setPasswordHash(username: "camille", passwordHash: "new", keepingSession: "session-1", actor: Self.admin, at: Date()) == 1)
        #expect(try db.credential(sessionSecretHash: "session-1", at: Date()) != nil)
        #expect(try db.credential(sessionSecretHash: "session-2", at: Date()) == nil)
        #expect(try db.setPasswordHash(username: "CAMILLE", passwordHash: "newer", actor: Self.admin, at: Date()) == 1)
        #expect(try db.credential(sessionSecretHash: "session-1", at: Date()) == nil)
        #expect(try db.login(username: "camille")?.passwordHash == "newer")
        #expect(try db.credential(tokenSecretHash: "token-camille") != nil, "tokens are not opened with the password")
    }

    @Test("disabled: no session, no token, no new session; still listed and in the history; enabled, the token works again")
    func disable() throws {
        let world = try Self.world()
        let db = world.database
        let account = try db.disableAccount(username: "camille", actor: Self.admin, at: Date())
        #expect(account.isDisabled)
        #expect(!account.can(.read))
        #expect(try db.credential(sessionSecretHash: "session-1", at: Date()) == nil)
        #expect(try db.openSessionCount(username: "camille", at: Date()) == 0)
        #expect(try db.credential(tokenSecretHash: "token-camille") == nil)
        #expect(throws: StoreError.self) {
            try db.openSession(username: "camille", secretHash: "session-3", csrfToken: "csrf", station: "web", at: Date(), lifetime: 3600)
        }
        #expect(try db.accounts().first { $0.username == "camille" }?.isDisabled == true)
        #expect(try db.login(username: "camille")?.account.isDisabled == true)
        #expect(try db.tokens().first { $0.username == "camille" }?.revokedAt == nil, "the token is refused, not revoked")
        let events = try db.administrationEvents()
        #expect(events.first?.change == .administered(action: "account-disabled", subject: "camille"))
        #expect(events.first?.actor == Self.admin)

        // Disabling twice changes nothing and logs nothing more.
        _ = try db.disableAccount(username: "camille", actor: Self.admin, at: Date())
        #expect(try db.administrationEvents().count == events.count)

        #expect(try !db.enableAccount(username: "camille", actor: Self.admin, at: Date()).isDisabled)
        #expect(try db.credential(tokenSecretHash: "token-camille") != nil)
        #expect(try db.administrationEvents().first?.change == .administered(action: "account-enabled", subject: "camille"))
    }

    @Test("nobody disables their own account, and the last admin who can sign in stays")
    func disableRefusals() throws {
        let world = try Self.world()
        let db = world.database
        #expect(throws: StoreError.conflict(Message("store.cannotDisableSelf", "alice"))) {
            try db.disableAccount(username: "alice", actor: Self.admin, at: Date())
        }
        let command = Actor(user: "root", station: "cli@atelier")
        #expect(throws: StoreError.conflict(Message("store.lastActiveAdmin", "alice"))) {
            try db.disableAccount(username: "alice", actor: command, at: Date())
        }
        // With a second admin, one of them may go; then the other is the last.
        _ = try db.addAccount(username: "bob", passwordHash: "hash", roles: [.admin, .shop], actor: command, at: Date())
        _ = try db.disableAccount(username: "alice", actor: Self.admin.with(user: "bob"), at: Date())
        #expect(throws: StoreError.conflict(Message("store.lastActiveAdmin", "bob"))) {
            try db.disableAccount(username: "bob", actor: command, at: Date())
        }
        #expect(throws: StoreError.notFound(Message("store.accountNotFound", "nobody"))) {
            try db.disableAccount(username: "nobody", actor: command, at: Date())
        }
    }
}

private extension Actor {
    func with(user: String) -> Actor { Actor(user: user, station: station) }
}
