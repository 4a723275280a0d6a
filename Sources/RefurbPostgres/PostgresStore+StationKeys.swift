import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// The wiping stations' keys on PostgreSQL, as `AppDatabase+StationKeys` keeps them on SQLite. A revoked
/// key is refused by every service process, since each asks the database.
extension PostgresStore {
    public func registerStationKey(name: String, keyId: String, publicKey: String,
                                   actor: Actor, at date: Date) async throws -> StationKey {
        let label = try AppDatabase.checkedLabel(name, field: "name")
        return try await transaction { connection in
            // The unique key decides between two registrations of the same key at once; the second reads the first.
            var id: Int64?
            for try await inserted in try await connection.query("""
                INSERT INTO stationKey (name, keyId, publicKey, createdAt) VALUES (\(label), \(keyId), \(publicKey), \(date))
                ON CONFLICT (keyId) DO NOTHING RETURNING id
                """, logger: logger).decode(Int64.self) { id = inserted }
            guard let id else {
                let existing = try await Self.stationKeys(where: "keyId = $1", bind: keyId, on: connection, logger: logger).first
                throw StoreError.conflict(Message("store.stationKeyExists", keyId, existing?.name ?? "?"))
            }
            try await Self.appendAdministration("station-key-registered", subject: "\(label) (\(keyId))", actor: actor, at: date,
                                                on: connection, logger: logger)
            return StationKey(id: id, name: label, keyId: keyId, publicKey: publicKey, createdAt: date, revokedAt: nil)
        }
    }

    public func stationKeys() async throws -> [StationKey] {
        try await client.withConnection { connection in
            try await Self.stationKeys(where: "TRUE", bind: Optional<String>.none, on: connection, logger: logger)
        }
    }

    public func trustedStationKey(keyId: String) async throws -> StationKey? {
        try await client.withConnection { connection in
            try await Self.stationKeys(where: "keyId = $1 AND revokedAt IS NULL", bind: keyId, on: connection, logger: logger).first
        }
    }

    public func revokeStationKey(id: Int64, actor: Actor, at date: Date) async throws {
        try await transaction { connection in
            guard let key = try await Self.stationKeys(where: "id = $1", bind: id, on: connection, logger: logger, forUpdate: true).first else {
                throw StoreError.notFound(Message("store.stationKeyNotFound", String(id)))
            }
            guard key.revokedAt == nil else { return }
            try await connection.query("UPDATE stationKey SET revokedAt = \(date) WHERE id = \(id)", logger: logger)
            try await Self.appendAdministration("station-key-revoked", subject: "\(key.name) (\(key.keyId))", actor: actor, at: date,
                                                on: connection, logger: logger)
        }
    }

    // MARK: - Inside a transaction or on one connection

    static func stationKeys(where condition: String, bind value: (some PostgresEncodable & Sendable)?, on connection: PostgresConnection,
                            logger: Logger, forUpdate: Bool = false) async throws -> [StationKey] {
        var bindings = PostgresBindings()
        if let value { try bindings.append(value) }
        let sql = "SELECT id, name, keyId, publicKey, createdAt, revokedAt FROM stationKey WHERE \(condition) ORDER BY id"
            + (forUpdate ? " FOR UPDATE" : "")
        var keys: [StationKey] = []
        for try await (id, name, keyId, publicKey, created, revoked) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).decode((Int64, String, String, String, Date, Date?).self) {
            keys.append(StationKey(id: id, name: name, keyId: keyId, publicKey: publicKey, createdAt: created, revokedAt: revoked))
        }
        return keys
    }
}

extension PostgresStore: StationKeyStore {}
