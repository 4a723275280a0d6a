import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// The bulk import on PostgreSQL, with the refusals `AppDatabase.importDevices` makes on SQLite: every
/// device is checked first (`AppDatabase.checkImported`, then its lot), in the same order, so that the same
/// import is refused with the same message on either engine; then the rows go in as multi-row INSERTs, all
/// in one transaction that writes everything or nothing.
extension PostgresStore {
    /// Device rows per statement: 16 values each, well below PostgreSQL's 65,535 bound values.
    static let importDevicesPerStatement = 1_000
    /// Event rows per statement, 7 values each.
    static let importEventsPerStatement = 5_000

    @discardableResult
    public func importDevices(_ devices: [ImportedDevice], actor: Actor, at date: Date) async throws -> [AssetTag] {
        guard !devices.isEmpty else { return [] }
        do {
            return try await transaction { connection in
                try await Self.importDevices(devices, actor: actor, at: date, on: connection, logger: logger)
            }
        } catch where Self.sqlState(of: error) == "23505" {
            // Another process recorded one of these serials between the check and the insert: named as if it
            // had been there before.
            try await client.withConnection { connection in
                try await Self.refuseRecordedSerial(in: devices, on: connection, logger: logger)
            }
            throw error
        }
    }

    static func importDevices(_ devices: [ImportedDevice], actor: Actor, at date: Date,
                              on connection: PostgresConnection, logger: Logger) async throws -> [AssetTag] {
        let codes = Array(Set(devices.map(\.lot.text)))
        // Each lot's row id and its site's: a device is taken in at its lot's site.
        var lotIds: [String: (lot: Int64, site: Int64)] = [:]
        for try await (id, code, siteId) in try await connection.query(
            "SELECT id, code, siteId FROM lot WHERE code = ANY(\(codes))", logger: logger).decode((Int64, String, Int64).self) {
            lotIds[code] = (id, siteId)
        }
        var serialsSeen: Set<String> = []
        var checked: [(stage: Stage, lotId: Int64, siteId: Int64)] = []
        checked.reserveCapacity(devices.count)
        for imported in devices {
            let stage = try AppDatabase.checkImported(imported, serialsSeen: &serialsSeen)
            guard let lot = lotIds[imported.lot.text] else { throw StoreError.lotNotFound(imported.lot.text) }
            checked.append((stage, lot.lot, lot.site))
        }
        try await refuseRecordedSerial(in: devices, on: connection, logger: logger)

        // Asset tags are numbered: the import takes its run of them under the lock intake takes one under.
        try await connection.query("SELECT pg_advisory_xact_lock(\(Self.assetTagLock))", logger: logger)
        var highest: Int64 = 0
        for try await value in try await connection.query("SELECT coalesce(max(id), 0) FROM device", logger: logger)
            .decode(Int64.self) { highest = value }
        guard highest < Int64(Int.max / 2) else { throw StoreError.corruptRow(table: "device", id: highest) }
        var sequence = Int(highest) + 1

        var tags: [AssetTag] = []
        tags.reserveCapacity(devices.count)
        var deviceRows = BatchInsert(
            into: """
                INSERT INTO device (id, assetTag, lotId, category, manufacturer, model, serial, serialKey,
                                    stage, grade, priceCents, location, version, createdAt, updatedAt, siteId) VALUES
                """,
            types: ["bigint", "text", "bigint", "text", "text", "text", "text", "text", "text", "text", "bigint", "text",
                    "bigint", "timestamptz", "timestamptz", "bigint"],
            rowsPerStatement: importDevicesPerStatement)
        for (imported, check) in zip(devices, checked) {
            var tag = AssetTag(sequence: sequence)
            while tag == nil {
                sequence += 1
                tag = AssetTag(sequence: sequence)
            }
            let assetTag = tag!
            sequence += 1
            let facts = EventReplay.facts(after: imported.history)
            try deviceRows.bindings.append(Int64(assetTag.sequence))
            try deviceRows.bindings.append(assetTag.text)
            try deviceRows.bindings.append(check.lotId)
            try deviceRows.bindings.append(imported.category.rawValue)
            try deviceRows.bindings.append(imported.manufacturer)
            try deviceRows.bindings.append(imported.model)
            try deviceRows.bindings.append(imported.serial?.text)
            try deviceRows.bindings.append(imported.serial?.key)
            try deviceRows.bindings.append(check.stage.rawValue)
            try deviceRows.bindings.append(facts.grade?.rawValue)
            try deviceRows.bindings.append(facts.price.map { Int64($0.cents) })
            try deviceRows.bindings.append(Optional<String>.none)
            try deviceRows.bindings.append(Int64(imported.history.count))
            try deviceRows.bindings.append(date)
            try deviceRows.bindings.append(date)
            try deviceRows.bindings.append(check.siteId)
            if deviceRows.endRow() { try await deviceRows.flush(on: connection, logger: logger) }
            tags.append(assetTag)
        }
        try await deviceRows.flush(on: connection, logger: logger)

        // After every device row: an event's device must exist when the event is written.
        var eventRows = BatchInsert(
            into: "INSERT INTO event (deviceId, lotId, kind, payload, actorUser, actorStation, occurredAt) VALUES ",
            types: ["bigint", "bigint", "text", "text", "text", "text", "timestamptz"],
            rowsPerStatement: importEventsPerStatement)
        for (imported, tag) in zip(devices, tags) {
            for change in imported.history {
                try eventRows.bindings.append(Int64(tag.sequence))
                try eventRows.bindings.append(Optional<Int64>.none)
                try eventRows.bindings.append(change.kind)
                try eventRows.bindings.append(EventPayloadCoding.encode(change))
                try eventRows.bindings.append(actor.user)
                try eventRows.bindings.append(actor.station)
                try eventRows.bindings.append(date)
                if eventRows.endRow() { try await eventRows.flush(on: connection, logger: logger) }
            }
        }
        try await eventRows.flush(on: connection, logger: logger)
        return tags
    }

    /// Refuses the import when one of its serials belongs to a device already recorded, naming the first such
    /// serial in the import's order, as SQLite does.
    static func refuseRecordedSerial(in devices: [ImportedDevice], on connection: PostgresConnection, logger: Logger) async throws {
        let keys = devices.compactMap { $0.serial?.key }
        guard !keys.isEmpty else { return }
        var recorded: Set<String> = []
        for try await key in try await connection.query(
            "SELECT serialKey FROM device WHERE serialKey = ANY(\(keys))", logger: logger).decode(String.self) {
            recorded.insert(key)
        }
        for case let serial? in devices.map(\.serial) where recorded.contains(serial.key) {
            if let existing = try await device(where: "device.serialKey = $1", bind: serial.key, on: connection, logger: logger) {
                throw StoreError.duplicateSerial(serial: serial.text, existing: existing)
            }
        }
    }
}

/// Rows of one table bound into multi-row INSERTs of at most `rowsPerStatement` rows, each value cast to its
/// column's type (a NULL bound alone has none).
private struct BatchInsert {
    let statement: String
    let types: [String]
    let rowsPerStatement: Int
    var bindings = PostgresBindings()
    private var rows: [String] = []

    init(into statement: String, types: [String], rowsPerStatement: Int) {
        self.statement = statement
        self.types = types
        self.rowsPerStatement = rowsPerStatement
    }

    /// Closes the row whose values were just bound; true when the statement is full and should be flushed.
    mutating func endRow() -> Bool {
        let first = bindings.count - types.count + 1
        precondition(first == rows.count * types.count + 1, "a row must bind one value per column")
        rows.append("(" + types.enumerated().map { "$\(first + $0.offset)::\($0.element)" }.joined(separator: ", ") + ")")
        return rows.count >= rowsPerStatement
    }

    mutating func flush(on connection: PostgresConnection, logger: Logger) async throws {
        guard !rows.isEmpty else { return }
        try await connection.query(PostgresQuery(unsafeSQL: statement + rows.joined(separator: ", "), binds: bindings), logger: logger)
        bindings = PostgresBindings()
        rows = []
    }
}

extension PostgresStore: ImportStore {}
