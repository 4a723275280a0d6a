import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

extension PostgresStore {
    public func intake(_ input: IntakeInput, actor: Actor, at date: Date) async throws -> Device {
        try await transaction { connection in
            guard let (lotId, lotCode) = try await Self.lotIdentity(code: input.lot, on: connection, logger: logger) else {
                throw StoreError.lotNotFound(input.lot.text)
            }
            if let serial = input.serial,
               let existing = try await Self.device(where: "device.serialKey = $1", bind: serial.key, on: connection, logger: logger) {
                throw StoreError.duplicateSerial(serial: serial.text, existing: existing)
            }
            // Asset tags are numbered: one intake at a time takes the next, across every process.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.assetTagLock))", logger: logger)
            let tag = try await Self.nextAssetTag(on: connection, logger: logger)
            let id = Int64(tag.sequence)
            do {
                try await connection.query("""
                    INSERT INTO device (id, assetTag, lotId, category, manufacturer, model, serial, serialKey,
                                        stage, location, version, createdAt, updatedAt, siteId)
                    VALUES (\(id), \(tag.text), \(lotId), \(input.category.rawValue), \(input.manufacturer),
                            \(input.model), \(input.serial?.text), \(input.serial?.key), \(Stage.received.rawValue),
                            \(input.location), 1, \(date), \(date), (SELECT siteId FROM lot WHERE id = \(lotId)))
                    """, logger: logger)
            } catch where Self.sqlState(of: error) == "23505" {
                // Another process recorded the same serial between the check and the insert.
                if let serial = input.serial,
                   let existing = try await self.device(serial: serial.text) {
                    throw StoreError.duplicateSerial(serial: serial.text, existing: existing)
                }
                throw error
            }
            try await Self.append([.received(lot: input.lot, category: input.category, serial: input.serial?.text)],
                                  deviceId: id, lotId: lotId, actor: actor, at: date, on: connection, logger: logger)
            return Device(assetTag: tag, lotCode: lotCode, category: input.category, manufacturer: input.manufacturer,
                          model: input.model, serial: input.serial, location: input.location)
        }
    }

    public func device(tag: AssetTag) async throws -> Device? {
        for try await device in try await client.execute(DeviceByID(id: Int64(tag.sequence)), logger: logger) {
            return device
        }
        return nil
    }

    public func device(serial: String) async throws -> Device? {
        for try await device in try await client.execute(DeviceBySerialKey(serialKey: SerialNumber.key(for: serial)), logger: logger) {
            return device
        }
        return nil
    }

    /// Resolves a scanned code as `AppDatabase.resolve(scan:)` does, told apart by the same `ScannedCode`.
    public func resolve(scan input: String) async throws -> ScanResolution {
        let code = try ScannedCode(classifying: input, lotCodes: true)
        if case .lot(let lotCode) = code {
            guard let summary = try await lot(code: lotCode) else { throw StoreError.lotNotFound(lotCode.text) }
            return .lot(summary)
        }
        return .device(try await device(for: code, scanned: input))
    }

    public func device(scanned input: String) async throws -> Device {
        try await device(for: ScannedCode(classifying: input, lotCodes: false), scanned: input)
    }

    /// The device a tag or a serial names, as `AppDatabase` finds it.
    private func device(for code: ScannedCode, scanned input: String) async throws -> Device {
        switch code {
        case .tag(let tag):
            guard let device = try await device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
            return device
        case .serial, .lot:
            guard let device = try await device(serial: input) else { throw StoreError.deviceNotFound(input) }
            return device
        }
    }

    public func history(of tag: AssetTag) async throws -> [Event] {
        try await client.withConnection { connection in
            try await Self.events(where: "deviceId = $1", bind: Int64(tag.sequence), on: connection, logger: logger)
        }
    }

    public func deviceCountsByStage() async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for try await (stage, count) in try await client.query(
            "SELECT stage, count(*) FROM device WHERE voidedAt IS NULL GROUP BY stage", logger: logger)
            .decode((String, Int).self) {
            counts[stage] = count
        }
        return counts
    }

    // MARK: - Inside a transaction or on one connection

    /// The advisory lock under which asset tags are handed out ("tags" in ASCII).
    static let assetTagLock: Int64 = 0x74_61_67_73

    /// The tag after the highest one issued, skipping sequence numbers whose check character is `*`,
    /// as `AppDatabase.nextAssetTag` does.
    static func nextAssetTag(on connection: PostgresConnection, logger: Logger) async throws -> AssetTag {
        var highest: Int64 = 0
        for try await value in try await connection.query("SELECT coalesce(max(id), 0) FROM device", logger: logger)
            .decode(Int64.self) { highest = value }
        guard highest < Int64(Int.max / 2) else { throw StoreError.corruptRow(table: "device", id: highest) }
        var sequence = Int(highest) + 1
        while true {
            if let tag = AssetTag(sequence: sequence) { return tag }
            sequence += 1
        }
    }

    /// A counted device (an undone intake left out) with its lot's code, by the SQL the SQLite adapter
    /// uses (`AppDatabase.deviceLookupSQL`) and read by the same function.
    static func device(where condition: String, bind value: some PostgresEncodable & Sendable,
                       on connection: PostgresConnection, logger: Logger, forUpdate: Bool = false) async throws -> Device? {
        var bindings = PostgresBindings()
        try bindings.append(value)
        let sql = AppDatabase.deviceLookupSQL(where: condition) + (forUpdate ? " FOR UPDATE OF device" : "")
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger) {
            return try device(in: row)
        }
        return nil
    }

    static func device(in row: PostgresRow) throws -> Device {
        let cells = row.makeRandomAccess()
        return try AppDatabase.device(
            text: { index in (try? cells[Int(index)].decode(String?.self)) ?? nil },
            integer: { index in (try? cells[Int(index)].decode(Int64?.self)) ?? nil })
    }

    static func events(where condition: String, bind value: some PostgresEncodable & Sendable,
                       on connection: PostgresConnection, logger: Logger) async throws -> [Event] {
        var bindings = PostgresBindings()
        try bindings.append(value)
        let sql = "SELECT id, kind, payload, actorUser, actorStation, occurredAt FROM event WHERE \(condition) ORDER BY id"
        var events: [Event] = []
        for try await (id, kind, payload, user, station, date) in try await connection.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).decode((Int64, String, String, String, String, Date).self) {
            guard let change = try? EventPayloadCoding.decode(kind: kind, payload: payload) else {
                throw StoreError.corruptRow(table: "event", id: id)
            }
            events.append(Event(change: change, actor: Actor(user: user, station: station), occurredAt: date))
        }
        return events
    }

    /// Appends events, encoded as the SQLite adapter encodes them (`EventPayloadCoding`).
    static func append(_ changes: [Change], deviceId: Int64?, lotId: Int64?, actor: Actor, at date: Date,
                       on connection: PostgresConnection, logger: Logger) async throws {
        for change in changes {
            try await connection.query("""
                INSERT INTO event (deviceId, lotId, kind, payload, actorUser, actorStation, occurredAt)
                VALUES (\(deviceId), \(lotId), \(change.kind), \(EventPayloadCoding.encode(change)),
                        \(actor.user), \(actor.station), \(date))
                """, logger: logger)
        }
    }
}
