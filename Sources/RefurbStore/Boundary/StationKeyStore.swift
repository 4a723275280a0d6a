import Foundation
import RefurbCore

/// The wiping stations' public keys an admin registered, on either engine: a certificate is accepted only
/// when signed by a key registered and not revoked. Kept in the store, so that a key revoked through one
/// service process is refused by every other.
public protocol StationKeyStore: Sendable {
    /// Registers a station's public key; `keyId` is derived from the key by the caller (Erasure's rule). A
    /// key already registered is refused, naming the station it was registered for.
    func registerStationKey(name: String, keyId: String, publicKey: String, actor: Actor, at date: Date) async throws -> StationKey
    /// Every key, revoked ones included, in the order they were registered.
    func stationKeys() async throws -> [StationKey]
    /// The key that may have signed a certificate, if it is registered and not revoked.
    func trustedStationKey(keyId: String) async throws -> StationKey?
    func revokeStationKey(id: Int64, actor: Actor, at date: Date) async throws
}

extension AppDatabase: StationKeyStore {}
