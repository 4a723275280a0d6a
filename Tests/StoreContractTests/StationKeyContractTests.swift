import Foundation
import RefurbCore
import RefurbStore
import Testing

/// The wiping stations' keys: the same promises on every engine.
@Suite("The station key contract, on each engine")
struct StationKeyContractTests {
    static let admin = Actor(user: "admin", station: "office")
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    func withKeys(_ engine: StoreEngine, _ body: (any StationKeyStore & AccessStore) async throws -> Void) async throws {
        try await engine.withStore { store in
            try await body(try #require(store as? any StationKeyStore & AccessStore))
        }
    }

    @Test("a registered key is trusted until it is revoked; a key registered twice is refused, naming its station", arguments: StoreEngine.available)
    func trustAndRevocation(engine: StoreEngine) async throws {
        try await withKeys(engine) { store in
            #expect(try await store.stationKeys().isEmpty)
            let first = try await store.registerStationKey(name: "Poste d'effacement 1", keyId: "k-1", publicKey: "cHVibGljLTE=",
                                                           actor: Self.admin, at: Self.now)
            #expect(first.name == "Poste d'effacement 1")
            #expect(first.revokedAt == nil)
            let second = try await store.registerStationKey(name: "Poste 2", keyId: "k-2", publicKey: "cHVibGljLTI=",
                                                            actor: Self.admin, at: Self.now)
            #expect(try await store.stationKeys() == [first, second])
            #expect(try await store.trustedStationKey(keyId: "k-1") == first)
            #expect(try await store.trustedStationKey(keyId: "k-unknown") == nil)

            await #expect(throws: StoreError.conflict(Message("store.stationKeyExists", "k-1", "Poste d'effacement 1"))) {
                try await store.registerStationKey(name: "Copie", keyId: "k-1", publicKey: "cHVibGljLTE=", actor: Self.admin, at: Self.now)
            }
            #expect(try await store.stationKeys().count == 2)

            let later = Self.now.addingTimeInterval(3_600)
            try await store.revokeStationKey(id: first.id, actor: Self.admin, at: later)
            #expect(try await store.trustedStationKey(keyId: "k-1") == nil)
            #expect(try await store.trustedStationKey(keyId: "k-2") == second)
            #expect(try await store.stationKeys().map(\.revokedAt) == [later, nil])
            // Revoked twice, it stays revoked from the first time, and the log says it once.
            try await store.revokeStationKey(id: first.id, actor: Self.admin, at: later.addingTimeInterval(60))
            #expect(try await store.stationKeys().first?.revokedAt == later)
            await #expect(throws: StoreError.notFound(Message("store.stationKeyNotFound", "999"))) {
                try await store.revokeStationKey(id: 999, actor: Self.admin, at: later)
            }
            #expect(try await store.administrationEvents(limit: 10).map(\.change) == [
                .administered(action: "station-key-revoked", subject: "Poste d'effacement 1 (k-1)"),
                .administered(action: "station-key-registered", subject: "Poste 2 (k-2)"),
                .administered(action: "station-key-registered", subject: "Poste d'effacement 1 (k-1)"),
            ])
        }
    }
}
