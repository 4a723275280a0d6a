import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// Corrections and undone intake scans on PostgreSQL, with the rules `AppDatabase+Corrections` and
/// `AppDatabase+IntakeVoid` keep on SQLite: what changes is decided by the same `package` functions
/// (`AppDatabase.plan`, `IntakeVoidRule`), and the row is locked (`FOR UPDATE`) where SQLite relies on its
/// single writer.
extension PostgresStore {
    public func correct(_ tag: AssetTag, _ correction: DeviceCorrection, roles: Set<Role>, expectedVersion: Int?,
                        actor: Actor, at date: Date) async throws -> Device {
        do {
            return try await transaction { connection in
                let id = Int64(tag.sequence)
                // The device that has the new serial, read first: the change path's decision reads no rows.
                var owner: Device?
                if let serial = correction.serial {
                    owner = try await Self.device(where: "device.serialKey = $1", bind: serial.key, on: connection, logger: logger)
                }
                var plan = DeviceCorrectionPlan()
                let changed = try await Self.change(tag, expectedVersion: expectedVersion, actor: actor, at: date,
                                                    on: connection, logger: logger) { device, _ in
                    plan = try AppDatabase.plan(correction, of: device, roles: roles) { _ in owner }
                    var assignments: [Assignment] = []
                    if let serial = plan.serial { assignments.append(.serial(serial)) }
                    if let manufacturer = plan.manufacturer { assignments.append(.manufacturer(manufacturer)) }
                    if let model = plan.model { assignments.append(.model(model)) }
                    return (assignments, plan.changes)
                }
                // The category and the shop's name are not among the change path's assignments: they are set here,
                // in the same transaction, on the row the change path locked and already moved to its new version.
                var bindings = PostgresBindings()
                var columns: [String] = []
                if let category = plan.category {
                    try bindings.append(category.rawValue)
                    columns.append("category = $\(bindings.count)")
                }
                if let displayName = plan.displayName {
                    try bindings.append(displayName)
                    columns.append("displayName = $\(bindings.count)")
                }
                guard !columns.isEmpty else { return changed }
                try bindings.append(id)
                try await connection.query(PostgresQuery(unsafeSQL: "UPDATE device SET \(columns.joined(separator: ", ")) WHERE id = $\(bindings.count)",
                                                         binds: bindings), logger: logger)
                guard let device = try await Self.device(where: "device.id = $1", bind: id, on: connection, logger: logger) else {
                    throw StoreError.deviceNotFound(tag.text)
                }
                return device
            }
        } catch where Self.sqlState(of: error) == "23505" {
            // Another process gave the same serial to another device between the read and the update.
            if let serial = correction.serial, let other = try await device(serial: serial.text), other.assetTag != tag {
                throw StoreError.duplicateSerial(serial: serial.text, existing: other)
            }
            throw error
        }
    }

    public func correctLot(_ code: LotCode, _ correction: LotCorrection, expectedVersion: Int?,
                           actor: Actor, at date: Date) async throws -> LotSummary {
        try await transaction { connection in
            var found: (Int64, String, String?, String, Int64?, Int64?, String?, Int64, Int64)?
            for try await row in try await connection.query("""
                SELECT lot.id, donor.name, lot.site, lot.receivedOn, lot.declaredCount, lot.weightGrams, lot.donorType,
                       lot.liveDeviceCount, lot.version
                FROM lot JOIN donor ON donor.id = lot.donorId WHERE lot.code = \(code.text) FOR UPDATE OF lot
                """, logger: logger).decode((Int64, String, String?, String, Int64?, Int64?, String?, Int64, Int64).self) {
                found = row
            }
            guard let (lotId, donorName, site, receivedOn, declared, grams, donorType, count, version) = found else {
                throw StoreError.lotNotFound(code.text)
            }
            if let expectedVersion, expectedVersion != Int(version) {
                throw StoreError.conflict(Message("correction.lotVersionConflict", code.text, String(expectedVersion), String(version)))
            }
            let plan = try AppDatabase.plan(correction, donorName: donorName, donorType: donorType, site: site,
                                            declaredCount: declared.map(Int.init), weightGrams: grams.map(Int.init))
            var donorId: Int64?
            if let newDonor = plan.donorName {
                // Created on first sight, as at a lot's opening; a donor created at the same moment by another
                // process is found rather than duplicated.
                for try await id in try await connection.query("""
                    INSERT INTO donor (name, createdAt) VALUES (\(newDonor), \(date)) ON CONFLICT (name) DO NOTHING RETURNING id
                    """, logger: logger).decode(Int64.self) { donorId = id }
                if donorId == nil {
                    for try await id in try await connection.query(
                        "SELECT id FROM donor WHERE name = \(newDonor)", logger: logger).decode(Int64.self) { donorId = id }
                }
                guard donorId != nil else { throw StoreError.corruptRow(table: "donor", id: 0) }
            }
            guard version <= Int64.max - Int64(plan.changes.count) else { throw StoreError.corruptRow(table: "lot", id: lotId) }
            let newVersion = version + Int64(plan.changes.count)
            try await connection.query("""
                UPDATE lot SET donorId = coalesce(\(donorId), donorId), donorType = coalesce(\(plan.donorType), donorType),
                               site = coalesce(\(plan.site), site),
                               declaredCount = coalesce(\(plan.declaredCount.map(Int64.init)), declaredCount),
                               weightGrams = coalesce(\(plan.weightGrams.map(Int64.init)), weightGrams),
                               version = \(newVersion)
                WHERE id = \(lotId)
                """, logger: logger)
            try await Self.append(plan.changes, deviceId: nil, lotId: lotId, actor: actor, at: date, on: connection, logger: logger)
            let lot = Lot(code: code, donorName: plan.donorName ?? donorName, site: plan.site ?? site, receivedOn: receivedOn,
                          declaredCount: plan.declaredCount ?? declared.map(Int.init), weightGrams: plan.weightGrams ?? grams.map(Int.init),
                          donorType: (plan.donorType ?? donorType).flatMap(DonorType.init(rawValue:)))
            return LotSummary(lot: lot, deviceCount: Int(count), version: Int(newVersion))
        }
    }

    @discardableResult
    public func voidIntake(_ tag: AssetTag, actor: Actor, at date: Date) async throws -> Device {
        try await transaction { connection in
            let id = Int64(tag.sequence)
            guard let device = try await Self.device(where: "device.id = $1", bind: id, on: connection, logger: logger,
                                                     forUpdate: true) else {
                throw StoreError.deviceNotFound(tag.text)
            }
            let history = try await Self.events(where: "deviceId = $1", bind: id, on: connection, logger: logger)
            if let refusal = IntakeVoidRule.refusal(device: device, history: history, by: actor, at: date) {
                throw StoreError.conflict(refusal)
            }
            // Reports and certificates come with their own events, so the rule has already refused a device that
            // has any; checked here too because a void must never hide evidence of an erasure.
            var evidence: Int64 = 0
            for try await count in try await connection.query("""
                SELECT (SELECT count(*) FROM hardwareReport WHERE deviceId = \(id)) + (SELECT count(*) FROM certificate WHERE deviceId = \(id))
                """, logger: logger).decode(Int64.self) { evidence = count }
            guard evidence == 0 else { throw StoreError.conflict(Message("intake.voidAfterOtherEvents", tag.text)) }
            // A version at Int.max was written by another program: a damaged row, not an overflow.
            guard device.version < Int.max else { throw StoreError.corruptRow(table: "device", id: id) }
            try await connection.query("""
                UPDATE device SET serialKey = NULL, voidedAt = \(date), version = \(Int64(device.version + 1)), updatedAt = \(date)
                WHERE id = \(id)
                """, logger: logger)
            try await Self.append([.intakeVoided(serial: device.serial?.text)], deviceId: id, lotId: nil, actor: actor, at: date,
                                  on: connection, logger: logger)
            var voided = device
            voided.version += 1
            return voided
        }
    }

    /// The devices scanned into a lot, read by the SQL every device look-up shares (`AppDatabase.deviceLookupSQL`,
    /// which leaves undone scans out) with their reception's time and actor.
    public func intakeScans(in lot: LotCode, limit: Int) async throws -> [IntakeScan] {
        var bindings = PostgresBindings()
        try bindings.append(lot.text)
        // A negative limit is SQLite's "no limit"; PostgreSQL says it with NULL.
        try bindings.append(limit < 0 ? nil : Int64(limit))
        let sql = """
            SELECT scanned.*, event.occurredAt, event.actorUser, event.actorStation
            FROM (\(AppDatabase.deviceLookupSQL(where: "lot.code = $1"))) AS scanned
            JOIN event ON event.deviceId = scanned.id AND event.kind = 'received'
            ORDER BY scanned.id DESC
            LIMIT $2
            """
        var scans: [IntakeScan] = []
        for try await row in try await client.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger) {
            let device = try Self.device(in: row)
            let cells = row.makeRandomAccess()
            let receivedAt = try cells[13].decode(Date.self)
            let user = try cells[14].decode(String.self)
            let station = try cells[15].decode(String.self)
            scans.append(IntakeScan(device: device, receivedAt: receivedAt, receivedBy: Actor(user: user, station: station)))
        }
        return scans
    }
}

extension PostgresStore: CorrectionStore {}
