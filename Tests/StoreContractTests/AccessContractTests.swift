import Foundation
import RefurbCore
import RefurbStore
import Testing

/// Accounts, API tokens and sessions: the same promises on every engine.
@Suite("The access contract, on each engine")
struct AccessContractTests {
    static let admin = Actor(user: "admin", station: "office")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    /// Each engine's store seen through both boundaries it implements.
    func withAccess(_ engine: StoreEngine, _ body: (any AccessStore) async throws -> Void) async throws {
        try await engine.withStore { store in
            try await body(try #require(store as? any AccessStore))
        }
    }

    @Test("the first admin is made once, and a name that differs only by case or accents is refused", arguments: StoreEngine.available)
    func accounts(engine: StoreEngine) async throws {
        try await withAccess(engine) { store in
            #expect(try await store.accountCount() == 0)
            let first = try #require(try await store.createFirstAdmin(username: "admin", passwordHash: "$2b$hash", at: Self.now))
            #expect(first.roles == [.admin])
            #expect(try await store.createFirstAdmin(username: "other", passwordHash: "$2b$hash", at: Self.now) == nil)
            let lea = try await store.addAccount(username: "Léa", passwordHash: "$2b$lea", roles: [.technician],
                                                 actor: Self.admin, at: Self.now)
            #expect(lea.username == "Léa")
            await #expect(throws: StoreError.conflict(Message("store.accountNameClash", "lea", "Léa"))) {
                try await store.addAccount(username: "lea", passwordHash: "x", roles: [.technician], actor: Self.admin, at: Self.now)
            }
            await #expect(throws: StoreError.invalidInput(Message("store.usernameMalformed", "a b"))) {
                try await store.addAccount(username: "a b", passwordHash: "x", roles: [.technician], actor: Self.admin, at: Self.now)
            }
            #expect(try await store.accountCount() == 2)
            #expect(try await store.accounts().map(\.username) == ["admin", "Léa"])
            let login = try #require(try await store.login(username: "admin"))
            #expect(login.passwordHash == "$2b$hash")
            #expect(try await store.login(username: "nobody") == nil)
            try await store.setLanguage(username: "Léa", to: .en)
            #expect(try await store.login(username: "Léa")?.account.language == .en)
            #expect(try await store.administrationEvents(limit: 1).map(\.change)
                    == [.administered(action: "account-added", subject: "Léa [technician]")])
        }
    }

    @Test("the last admin who can sign in can be neither disabled nor demoted, nor can people disable themselves", arguments: StoreEngine.available)
    func lastAdmin(engine: StoreEngine) async throws {
        try await withAccess(engine) { store in
            _ = try await store.createFirstAdmin(username: "admin", passwordHash: "h", at: Self.now)
            _ = try await store.addAccount(username: "sam", passwordHash: "h", roles: [.admin], actor: Self.admin, at: Self.now)
            await #expect(throws: StoreError.conflict(Message("store.cannotDisableSelf", "admin"))) {
                try await store.disableAccount(username: "admin", actor: Self.admin, at: Self.now)
            }
            let disabled = try await store.disableAccount(username: "sam", actor: Self.admin, at: Self.now)
            #expect(disabled.isDisabled)
            await #expect(throws: StoreError.conflict(Message("store.cannotDemoteSelf", "admin"))) {
                try await store.setRoles(username: "admin", roles: [.shop], actor: Self.admin, at: Self.now)
            }
            let samAsAdmin = Actor(user: "sam", station: "office")
            await #expect(throws: StoreError.conflict(Message("store.lastActiveAdmin", "admin"))) {
                try await store.disableAccount(username: "admin", actor: samAsAdmin, at: Self.now)
            }
            #expect(try await store.enableAccount(username: "sam", actor: Self.admin, at: Self.now).isDisabled == false)
            #expect(try await store.setRoles(username: "sam", roles: [.shop], actor: Self.admin, at: Self.now).roles == [.shop])
            await #expect(throws: StoreError.notFound(Message("store.accountNotFound", "ghost"))) {
                try await store.enableAccount(username: "ghost", actor: Self.admin, at: Self.now)
            }
        }
    }

    @Test("a token works until it is revoked or its account disabled, and comes back when the account is enabled", arguments: StoreEngine.available)
    func tokens(engine: StoreEngine) async throws {
        try await withAccess(engine) { store in
            _ = try await store.createFirstAdmin(username: "admin", passwordHash: "h", at: Self.now)
            _ = try await store.addAccount(username: "bench", passwordHash: "h", roles: [.technician], actor: Self.admin, at: Self.now)
            let token = try await store.createToken(name: "Banc 2", username: "bench", station: "bench-2", secretHash: "sha-1",
                                                    actor: Self.admin, at: Self.now)
            let credential = try #require(try await store.credential(tokenSecretHash: "sha-1"))
            #expect(credential.account.username == "bench")
            #expect(credential.station == "bench-2")
            #expect(credential.kind == .token(id: token.id, name: "Banc 2"))
            #expect(try await store.credential(tokenSecretHash: "sha-unknown") == nil)
            _ = try await store.disableAccount(username: "bench", actor: Self.admin, at: Self.now)
            #expect(try await store.credential(tokenSecretHash: "sha-1") == nil)
            _ = try await store.enableAccount(username: "bench", actor: Self.admin, at: Self.now)
            #expect(try await store.credential(tokenSecretHash: "sha-1") != nil)
            try await store.revokeToken(id: token.id, actor: Self.admin, at: Self.now)
            #expect(try await store.credential(tokenSecretHash: "sha-1") == nil)
            #expect(try await store.tokens().map(\.revokedAt) == [Self.now])
            await #expect(throws: StoreError.notFound(Message("store.tokenNotFound", "999"))) {
                try await store.revokeToken(id: 999, actor: Self.admin, at: Self.now)
            }
        }
    }

    @Test("a session lasts its lifetime, ends on sign-out, and a new password ends the others", arguments: StoreEngine.available)
    func sessions(engine: StoreEngine) async throws {
        try await withAccess(engine) { store in
            _ = try await store.createFirstAdmin(username: "admin", passwordHash: "h", at: Self.now)
            let opened = try await store.openSession(username: "ADMIN", secretHash: "s1", csrfToken: "c1", station: "browser",
                                                     at: Self.now, lifetime: 3_600)
            #expect(opened.kind == .session(csrfToken: "c1", expiresAt: Self.now.addingTimeInterval(3_600)))
            _ = try await store.openSession(username: "admin", secretHash: "s2", csrfToken: "c2", station: "browser",
                                            at: Self.now, lifetime: 3_600)
            #expect(try await store.credential(sessionSecretHash: "s1", at: Self.now.addingTimeInterval(60))?.account.username == "admin")
            #expect(try await store.credential(sessionSecretHash: "s1", at: Self.now.addingTimeInterval(3_601)) == nil)
            #expect(try await store.openSessionCount(username: "admin", at: Self.now) == 2)
            #expect(try await store.setPasswordHash(username: "admin", passwordHash: "h2", keepingSession: "s2",
                                                    actor: Self.admin, at: Self.now) == 1)
            #expect(try await store.credential(sessionSecretHash: "s1", at: Self.now) == nil)
            #expect(try await store.credential(sessionSecretHash: "s2", at: Self.now) != nil)
            try await store.closeSession(secretHash: "s2")
            #expect(try await store.openSessionCount(username: "admin", at: Self.now) == 0)
        }
    }
}
