import Foundation
import GRDB
import RefurbCore

struct EventRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "event"

    var id: Int64?
    var deviceId: Int64?
    var lotId: Int64?
    var kind: String
    var payload: String
    var actorUser: String
    var actorStation: String
    var occurredAt: Date

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let deviceId = Column(CodingKeys.deviceId)
        static let lotId = Column(CodingKeys.lotId)
        static let kind = Column(CodingKeys.kind)
    }

    init(deviceId: Int64?, lotId: Int64?, change: Change, actor: Actor, occurredAt: Date) {
        self.deviceId = deviceId
        self.lotId = lotId
        kind = change.kind
        payload = EventPayloadCoding.encode(change)
        actorUser = actor.user
        actorStation = actor.station
        self.occurredAt = occurredAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func event() throws -> Event {
        guard let change = try? EventPayloadCoding.decode(kind: kind, payload: payload) else {
            throw StoreError.corruptRow(table: Self.databaseTableName, id: id ?? 0)
        }
        return Event(change: change, actor: Actor(user: actorUser, station: actorStation), occurredAt: occurredAt)
    }
}
