import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Registers a station's public key; `keyId` is derived from the key by the caller (Erasure's rule).
    public func registerStationKey(name: String, keyId: String, publicKey: String,
                                   actor: Actor, at date: Date) throws -> StationKey {
        let label = try Self.checkedLabel(name, field: "name")
        return try writer.write { db in
            if let existing = try StationKeyRecord.filter(StationKeyRecord.Columns.keyId == keyId).fetchOne(db) {
                throw StoreError.conflict(Message("store.stationKeyExists", keyId, existing.name))
            }
            var record = StationKeyRecord(name: label, keyId: keyId, publicKey: publicKey, createdAt: date)
            try record.insert(db)
            try Self.appendAdministration("station-key-registered", subject: "\(label) (\(keyId))", actor: actor, at: date, in: db)
            return record.stationKey
        }
    }

    public func stationKeys() throws -> [StationKey] {
        try writer.read { db in try StationKeyRecord.order(StationKeyRecord.Columns.id).fetchAll(db).map(\.stationKey) }
    }

    /// The key that may have signed a certificate, if it is registered and not revoked.
    public func trustedStationKey(keyId: String) throws -> StationKey? {
        try writer.read { db in
            try StationKeyRecord.filter(StationKeyRecord.Columns.keyId == keyId && StationKeyRecord.Columns.revokedAt == nil)
                .fetchOne(db)?.stationKey
        }
    }

    public func revokeStationKey(id: Int64, actor: Actor, at date: Date) throws {
        try writer.write { db in
            guard let record = try StationKeyRecord.fetchOne(db, key: id) else {
                throw StoreError.notFound(Message("store.stationKeyNotFound", String(id)))
            }
            guard record.revokedAt == nil else { return }
            try StationKeyRecord.filter(key: id).updateAll(db, StationKeyRecord.Columns.revokedAt.set(to: date))
            try Self.appendAdministration("station-key-revoked", subject: "\(record.name) (\(record.keyId))", actor: actor, at: date, in: db)
        }
    }
}
