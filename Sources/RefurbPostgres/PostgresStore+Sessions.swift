import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// API tokens and browser sessions on PostgreSQL, as `AppDatabase+Accounts` keeps them on SQLite. They
/// live in the database, not in a process's memory: a session opened through one service process is
/// recognised by another, and a revoked token is refused by every process.
extension PostgresStore {
    public func createToken(name: String, username: String, station: String, secretHash: String,
                            actor: Actor, at date: Date) async throws -> APIToken {
        let label = try AppDatabase.checkedLabel(name, field: "name")
        let stationName = try AppDatabase.checkedLabel(station, field: "station")
        return try await transaction { connection in
            let (account, _, accountId) = try await Self.lockedAccount(username, on: connection, logger: logger)
            var tokenId: Int64 = 0
            for try await id in try await connection.query("""
                INSERT INTO apiToken (name, secretHash, accountId, station, createdAt)
                VALUES (\(label), \(secretHash), \(accountId), \(stationName), \(date)) RETURNING id
                """, logger: logger).decode(Int64.self) { tokenId = id }
            try await Self.appendAdministration("token-created", subject: "\(label) → \(account.username)", actor: actor, at: date,
                                                on: connection, logger: logger)
            return APIToken(id: tokenId, name: label, username: account.username, station: stationName, createdAt: date)
        }
    }

    public func tokens() async throws -> [APIToken] {
        var tokens: [APIToken] = []
        for try await (id, name, username, station, created, revoked) in try await client.query("""
            SELECT t.id, t.name, a.username, t.station, t.createdAt, t.revokedAt
            FROM apiToken t JOIN account a ON a.id = t.accountId ORDER BY t.id
            """, logger: logger).decode((Int64, String, String, String, Date, Date?).self) {
            tokens.append(APIToken(id: id, name: name, username: username, station: station, createdAt: created, revokedAt: revoked))
        }
        return tokens
    }

    public func revokeToken(id: Int64, actor: Actor, at date: Date) async throws {
        try await transaction { connection in
            var found: (name: String, revoked: Bool)?
            for try await (name, revokedAt) in try await connection.query(
                "SELECT name, revokedAt FROM apiToken WHERE id = \(id) FOR UPDATE", logger: logger).decode((String, Date?).self) {
                found = (name, revokedAt != nil)
            }
            guard let found else { throw StoreError.notFound(Message("store.tokenNotFound", String(id))) }
            guard !found.revoked else { return }
            try await connection.query("UPDATE apiToken SET revokedAt = \(date) WHERE id = \(id)", logger: logger)
            try await Self.appendAdministration("token-revoked", subject: found.name, actor: actor, at: date, on: connection, logger: logger)
        }
    }

    public func credential(tokenSecretHash: String) async throws -> Credential? {
        try await client.withConnection { connection in
            var found: (accountId: Int64, id: Int64, name: String, station: String)?
            for try await (id, name, station, accountId) in try await connection.query("""
                SELECT id, name, station, accountId FROM apiToken WHERE secretHash = \(tokenSecretHash) AND revokedAt IS NULL
                """, logger: logger).decode((Int64, String, String, Int64).self) {
                found = (accountId, id, name, station)
            }
            guard let found,
                  let (account, _) = try await Self.account(where: "id = $1 AND disabledAt IS NULL", bind: found.accountId,
                                                            on: connection, logger: logger).first else { return nil }
            return Credential(account: account, station: found.station, kind: .token(id: found.id, name: found.name))
        }
    }

    public func openSession(username: String, secretHash: String, csrfToken: String, station: String,
                            at date: Date, lifetime: TimeInterval) async throws -> Credential {
        try await transaction { connection in
            let (account, _, accountId) = try await Self.lockedAccount(username, on: connection, logger: logger)
            // Disabled between the password check and here, it gets no session either.
            guard !account.isDisabled else { throw StoreError.notFound(Message("store.accountNotFound", username)) }
            // Expired sessions go as new ones come, so the table never grows without bound.
            try await connection.query("DELETE FROM webSession WHERE expiresAt < \(date)", logger: logger)
            let expiresAt = date.addingTimeInterval(lifetime)
            try await connection.query("""
                INSERT INTO webSession (secretHash, accountId, csrfToken, station, createdAt, expiresAt)
                VALUES (\(secretHash), \(accountId), \(csrfToken), \(station), \(date), \(expiresAt))
                """, logger: logger)
            return Credential(account: account, station: station, kind: .session(csrfToken: csrfToken, expiresAt: expiresAt))
        }
    }

    public func credential(sessionSecretHash: String, at date: Date) async throws -> Credential? {
        try await client.withConnection { connection in
            var found: (accountId: Int64, csrf: String, station: String, expiresAt: Date)?
            for try await (accountId, csrf, station, expiresAt) in try await connection.query("""
                SELECT accountId, csrfToken, station, expiresAt FROM webSession WHERE secretHash = \(sessionSecretHash) AND expiresAt > \(date)
                """, logger: logger).decode((Int64, String, String, Date).self) {
                found = (accountId, csrf, station, expiresAt)
            }
            guard let found,
                  let (account, _) = try await Self.account(where: "id = $1 AND disabledAt IS NULL", bind: found.accountId,
                                                            on: connection, logger: logger).first else { return nil }
            return Credential(account: account, station: found.station,
                              kind: .session(csrfToken: found.csrf, expiresAt: found.expiresAt))
        }
    }

    public func closeSession(secretHash: String) async throws {
        try await client.query("DELETE FROM webSession WHERE secretHash = \(secretHash)", logger: logger)
    }

    public func openSessionCount(username: String, at date: Date) async throws -> Int {
        try await single("""
            SELECT count(*) FROM webSession s JOIN account a ON a.id = s.accountId
            WHERE lower(a.username) = lower(\(username)) AND s.expiresAt > \(date)
            """, as: Int.self) ?? 0
    }
}

extension PostgresStore: AccessStore {}
