import Foundation
import RefurbCore

/// Who may come in, on either engine: accounts, API tokens and browser sessions, and the administration
/// log their changes write. Kept in the store rather than in one process's memory, so that several service
/// processes on one PostgreSQL server see the same sessions and the same revocations.
public protocol AccessStore: Sendable {
    func accountCount() async throws -> Int
    /// Adds an account; `passwordHash` is already a bcrypt hash. A name that differs from an existing one
    /// only by case or accents is refused, naming the existing one.
    func addAccount(username: String, passwordHash: String, roles: Set<Role>, actor: Actor, at date: Date) async throws -> Account
    /// The first admin, only while there is no account at all (nil otherwise), atomically.
    func createFirstAdmin(username: String, passwordHash: String, at date: Date) async throws -> Account?
    /// Returns how many of the account's sessions were ended (all but `keepingSession`).
    func setPasswordHash(username: String, passwordHash: String, keepingSession: String?, actor: Actor, at date: Date) async throws -> Int
    func disableAccount(username: String, actor: Actor, at date: Date) async throws -> Account
    func enableAccount(username: String, actor: Actor, at date: Date) async throws -> Account
    func setRoles(username: String, roles: Set<Role>, actor: Actor, at date: Date) async throws -> Account
    func openSessionCount(username: String, at date: Date) async throws -> Int
    func setLanguage(username: String, to language: Language?) async throws
    func login(username: String) async throws -> (account: Account, passwordHash: String)?
    func accounts() async throws -> [Account]

    func createToken(name: String, username: String, station: String, secretHash: String, actor: Actor, at date: Date) async throws -> APIToken
    func tokens() async throws -> [APIToken]
    func revokeToken(id: Int64, actor: Actor, at date: Date) async throws
    /// The caller behind a token, or nil when it is unknown, revoked, or its account is disabled.
    func credential(tokenSecretHash: String) async throws -> Credential?

    func openSession(username: String, secretHash: String, csrfToken: String, station: String,
                     at date: Date, lifetime: TimeInterval) async throws -> Credential
    func credential(sessionSecretHash: String, at date: Date) async throws -> Credential?
    func closeSession(secretHash: String) async throws

    /// Accounts, tokens, keys and printers' changes, newest first.
    func administrationEvents(limit: Int) async throws -> [Event]
}

extension AppDatabase: AccessStore {}
