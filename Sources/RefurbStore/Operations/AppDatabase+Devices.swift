import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    // One SELECT sees one state of the database by itself: these look-ups, the busiest of the service,
    // skip the BEGIN and COMMIT that a read of several statements needs.
    public func device(tag: AssetTag) throws -> Device? {
        if let lookups { return try lookups.device(tag: tag) }
        return try writer.unsafeRead { db in try Self.device(tag: tag, in: db) }
    }

    public func device(serial: String) throws -> Device? {
        if let lookups { return try lookups.device(serialKey: SerialNumber.key(for: serial)) }
        return try writer.unsafeRead { db in try Self.device(serialKey: SerialNumber.key(for: serial), in: db) }
    }

    /// Finds a device by what a person scanned or typed: its asset tag or its serial number (`ScannedCode`).
    public func device(scanned input: String) throws -> Device {
        try device(for: ScannedCode(classifying: input, lotCodes: false), scanned: input)
    }

    /// Resolves any scanned code: a lot code, an asset tag or a serial number.
    public func resolve(scan input: String) throws -> ScanResolution {
        let code = try ScannedCode(classifying: input, lotCodes: true)
        if case .lot(let lotCode) = code {
            guard let summary = try lot(code: lotCode) else { throw StoreError.lotNotFound(lotCode.text) }
            return .lot(summary)
        }
        return .device(try device(for: code, scanned: input))
    }

    private func device(for code: ScannedCode, scanned input: String) throws -> Device {
        switch code {
        case .tag(let tag):
            guard let device = try device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
            return device
        case .serial, .lot:
            guard let device = try device(serial: input) else { throw StoreError.deviceNotFound(input) }
            return device
        }
    }

    /// The device's whole history, oldest first.
    public func history(of tag: AssetTag) throws -> [Event] {
        try writer.read { db in try Self.events(of: tag, in: db) }
    }

    /// What the lifecycle rules know about the device, derived from its history.
    public func facts(for tag: AssetTag) throws -> LifecycleFacts {
        EventReplay.facts(after: try history(of: tag).map(\.change))
    }

    /// Devices matching the filter, by asset tag.
    public func devices(matching filter: DeviceFilter) throws -> [Device] {
        try writer.read { db in
            var lotId: Int64?
            if let lot = filter.lot {
                lotId = try Int64.fetchOne(
                    db, LotRecord.filter(LotRecord.Columns.code == lot.text).select(LotRecord.Columns.id))
                if lotId == nil { return [] }
            }
            if let search = filter.search {
                guard let pattern = FTS5Pattern(matchingAllPrefixesIn: search) else { return [] }
                let ids = try Self.searchIds(pattern: pattern, filter: filter, lotId: lotId, in: db)
                return try DeviceWithLot.request()
                    .filter(ids.contains(DeviceRecord.Columns.id))
                    .order(DeviceRecord.Columns.id)
                    .fetchAll(db)
                    .map { try $0.domain() }
            }
            var request = DeviceWithLot.request()
            if let stage = filter.stage {
                request = request.filter(DeviceRecord.Columns.stage == stage.rawValue)
            }
            if let lotId {
                request = request.filter(DeviceRecord.Columns.lotId == lotId)
            }
            return try request.order(DeviceRecord.Columns.id)
                .limit(filter.limit, offset: filter.offset)
                .fetchAll(db)
                .map { try $0.domain() }
        }
    }

    /// The ids of the devices a search finds, a page of them in tag order. The search index drives the
    /// query (CROSS JOIN keeps it the outer loop) so that its rowid order serves the ORDER BY and the
    /// LIMIT stops it early: a broad word such as a brand matches a large part of the inventory.
    static func searchIds(pattern: FTS5Pattern, filter: DeviceFilter, lotId: Int64?, in db: Database) throws -> [Int64] {
        var conditions = ["device_ft MATCH ?", "device.voidedAt IS NULL"]
        var arguments: StatementArguments = [pattern]
        if let stage = filter.stage {
            conditions.append("device.stage = ?")
            arguments += [stage.rawValue]
        }
        if let lotId {
            conditions.append("device.lotId = ?")
            arguments += [lotId]
        }
        arguments += [filter.limit, filter.offset]
        return try Int64.fetchAll(db, sql: """
            SELECT device_ft.rowid FROM device_ft CROSS JOIN device ON device.id = device_ft.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY device_ft.rowid LIMIT ? OFFSET ?
            """, arguments: arguments)
    }

    static func events(of tag: AssetTag, in db: Database) throws -> [Event] {
        try EventRecord.filter(EventRecord.Columns.deviceId == Int64(tag.sequence))
            .order(EventRecord.Columns.id)
            .fetchAll(db)
            .map { try $0.event() }
    }

    // The two look-ups every scan makes run from statements prepared once per connection: building the
    // query through the query interface cost more than SQLite's own work (0.2 ms against 0.006 ms).
    static func device(tag: AssetTag, in db: Database) throws -> Device? {
        try device(where: "device.id = ?", [Int64(tag.sequence)], in: db)
    }

    static func device(serialKey: String, in db: Database) throws -> Device? {
        try device(where: "device.serialKey = ?", [serialKey], in: db)
    }

    /// A counted device (an undone intake is left out) with its lot's code. Every scan comes through
    /// here, so the columns are named and read by position rather than decoded through Codable, which
    /// took as long as the query itself.
    package static func deviceLookupSQL(where condition: String) -> String {
        """
        SELECT device.id, device.assetTag, lot.code, device.category, device.manufacturer, device.model,
               device.serial, device.stage, device.grade, device.priceCents, device.location, device.version,
               device.displayName
        FROM device JOIN lot ON lot.id = device.lotId
        WHERE device.voidedAt IS NULL AND \(condition)
        """
    }

    /// The device in a row of `deviceLookupSQL`, whatever reads the row's columns.
    package static func device(text: (Int32) -> String?, integer: (Int32) -> Int64?) throws -> Device {
        let id = integer(0) ?? 0
        guard let tag = text(1).flatMap({ try? AssetTag(parsing: $0) }),
              let lot = text(2).flatMap({ try? LotCode(parsing: $0) }),
              let category = text(3).flatMap(DeviceCategory.init(rawValue:)),
              let stage = text(7).flatMap(Stage.init(rawValue:)),
              let version = integer(11) else {
            throw StoreError.corruptRow(table: DeviceRecord.databaseTableName, id: id)
        }
        return Device(
            assetTag: tag, lotCode: lot, category: category, manufacturer: text(4), model: text(5),
            serial: text(6).map(SerialNumber.init(trusted:)), stage: stage,
            grade: text(8).flatMap(Grade.init(rawValue:)), price: integer(9).map { Money(cents: Int($0)) },
            location: text(10), version: Int(version), displayName: text(12))
    }

    private static func device(where condition: String, _ arguments: StatementArguments, in db: Database) throws -> Device? {
        let statement = try db.cachedStatement(sql: deviceLookupSQL(where: condition))
        // The cursor's row is read in place: it must outlive every read of it.
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        return try withExtendedLifetime(cursor) { () throws -> Device? in
            guard let row = try cursor.next() else { return nil }
            return try device(text: { row[Int($0)] }, integer: { row[Int($0)] })
        }
    }
}

extension AppDatabase {
    /// How many devices are at each stage (for the metrics and the dashboard).
    public func deviceCountsByStage() throws -> [String: Int] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT stage, COUNT(*) FROM device WHERE voidedAt IS NULL GROUP BY stage")
            return Dictionary(uniqueKeysWithValues: rows.map { (row: Row) -> (String, Int) in (row[0], row[1]) })
        }
    }
}
