import Foundation
import GRDBSQLite

/// The same workload written directly against SQLite's C API on the same schema: the floor that the
/// store's own overhead is measured against.
final class RawSQLiteRun {
    let path: String
    let data: SyntheticInventory
    private var connection: OpaquePointer?
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(path: String, schema: String, data: SyntheticInventory) throws {
        self.path = path
        self.data = data
        guard sqlite3_open(path, &connection) == SQLITE_OK else { throw RawError.sqlite("open") }
        try execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;")
        // FTS5 creates its shadow tables itself.
        let statements = schema.components(separatedBy: "\n\n")
            .filter { !$0.hasPrefix("--") && !$0.contains("CREATE TABLE 'device_ft_") }
        for statement in statements { try execute(statement) }
    }

    deinit { sqlite3_close(connection) }

    func importAll() throws -> Double {
        // The first site, which the migrations make and the lots' and devices' siteId default to (v18-sites).
        try execute("INSERT INTO site (id, code, name, createdAt) VALUES (1, 'ATELIER', 'Atelier', '2026-11-28 00:00:00.000')")
        try execute("INSERT INTO donor (name, createdAt) VALUES ('Donateur', '2026-11-28 00:00:00.000')")
        for number in 1...SyntheticInventory.lotCount {
            try execute("""
                INSERT INTO lot (code, year, number, donorId, receivedOn, createdAt)
                VALUES ('LOT-2026-\(String(format: "%04d", number))', 2026, \(number), 1, '2026-11-28', '2026-11-28 00:00:00.000')
                """)
        }
        // The same statements as the store's bulk import: many rows per INSERT, so that the full-text
        // index is written a few times per transaction rather than once per row.
        let devicesPerStatement = 2_000, eventsPerStatement = 5_000
        func insert(_ prefix: String, _ row: String, rows: Int) throws -> OpaquePointer? {
            try prepare(prefix + repeatElement(row, count: rows).joined(separator: ", "))
        }
        let devicePrefix = """
            INSERT INTO device (id, assetTag, lotId, category, manufacturer, model, serial, serialKey, stage, grade,
                                priceCents, location, version, createdAt, updatedAt) VALUES
            """
        let deviceRow = "(?, ?, ?, ?, ?, ?, ?, ?, 'diagnosed', ?, ?, NULL, 5, ?, ?)"
        let eventPrefix = "INSERT INTO event (deviceId, lotId, kind, payload, actorUser, actorStation, occurredAt) VALUES "
        let eventRow = "(?, NULL, ?, ?, 'bench', 'bench', ?)"
        let fullDevices = try insert(devicePrefix, deviceRow, rows: devicesPerStatement)
        let fullEvents = try insert(eventPrefix, eventRow, rows: eventsPerStatement)
        defer {
            sqlite3_finalize(fullDevices)
            sqlite3_finalize(fullEvents)
        }
        var deviceValues: [Value] = [], eventValues: [Value] = []
        func flush(_ values: inout [Value], perRow: Int, full: OpaquePointer?, rows: Int, prefix: String, row: String) throws {
            guard !values.isEmpty else { return }
            let statement = values.count == perRow * rows ? full : try insert(prefix, row, rows: values.count / perRow)
            bind(statement, values)
            try step(statement)
            if statement != full { sqlite3_finalize(statement) }
            values.removeAll(keepingCapacity: true)
        }
        let now = "2026-11-28 10:00:00.000"
        let kinds = ["received", "diagnostic-recorded", "moved", "graded", "priced"]
        let elapsed = try milliseconds {
            var index = 0
            while index < data.deviceCount {
                try execute("BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON")
                let end = min(index + 10_000, data.deviceCount)
                while index < end {
                    let id = index + 1
                    let serial = data.serial(index)
                    let grade = ["A", "B", "C"][index % 3]
                    deviceValues += [.int(id), .text("R\(id)"), .int(data.lotNumber(index)),
                                     .text(data.category(index).rawValue), .text(data.manufacturer(index)),
                                     .text(data.model(index)), .text(serial), .text(serial), .text(grade),
                                     .int(5_000 + (index % 200) * 100), .text(now), .text(now)]
                    if deviceValues.count == 12 * devicesPerStatement {
                        try flush(&deviceValues, perRow: 12, full: fullDevices, rows: devicesPerStatement,
                                  prefix: devicePrefix, row: deviceRow)
                    }
                    let payloads = [
                        "{\"lot\":\"LOT-2026-0001\",\"category\":\"laptop\",\"serial\":\"\(serial)\"}",
                        "{\"storage\":[\"D\(serial)\"]}",
                        "{\"from\":\"received\",\"to\":\"diagnosed\",\"reason\":null}",
                        "{\"grade\":\"\(grade)\"}",
                        "{\"priceCents\":\(5_000 + (index % 200) * 100)}",
                    ]
                    for (kind, payload) in zip(kinds, payloads) {
                        eventValues += [.int(id), .text(kind), .text(payload), .text(now)]
                        if eventValues.count == 4 * eventsPerStatement {
                            try flush(&eventValues, perRow: 4, full: fullEvents, rows: eventsPerStatement,
                                      prefix: eventPrefix, row: eventRow)
                        }
                    }
                    index += 1
                }
                try flush(&deviceValues, perRow: 12, full: fullDevices, rows: devicesPerStatement,
                          prefix: devicePrefix, row: deviceRow)
                try flush(&eventValues, perRow: 4, full: fullEvents, rows: eventsPerStatement,
                          prefix: eventPrefix, row: eventRow)
                try execute("COMMIT")
            }
        }
        return Double(data.deviceCount) / (elapsed / 1000)
    }

    func lookups(count: Int) throws -> (tag: Percentiles, serial: Percentiles) {
        let byId = try prepare("SELECT device.*, lot.code FROM device JOIN lot ON lot.id = device.lotId WHERE device.id = ?")
        let bySerial = try prepare("SELECT device.*, lot.code FROM device JOIN lot ON lot.id = device.lotId WHERE device.serialKey = ?")
        defer {
            sqlite3_finalize(byId)
            sqlite3_finalize(bySerial)
        }
        var random = SeededGenerator(state: 42)
        var tagTimes: [Double] = []
        var serialTimes: [Double] = []
        for _ in 0..<count {
            let index = Int.random(in: 0..<data.deviceCount, using: &random)
            tagTimes.append(try milliseconds { try fetchOneRow(byId, [.int(index + 1)]) })
            let serial = data.serial(index)
            serialTimes.append(try milliseconds { try fetchOneRow(bySerial, [.text(serial)]) })
        }
        return (Percentiles(tagTimes), Percentiles(serialTimes))
    }

    func searches(count: Int) throws -> Percentiles {
        let search = try prepare("""
            SELECT device_ft.rowid FROM device_ft CROSS JOIN device ON device.id = device_ft.rowid
            WHERE device_ft MATCH ? ORDER BY device_ft.rowid LIMIT 50
            """)
        let byId = try prepare("SELECT device.*, lot.code FROM device JOIN lot ON lot.id = device.lotId WHERE device.id = ?")
        defer {
            sqlite3_finalize(search)
            sqlite3_finalize(byId)
        }
        var times: [Double] = []
        for index in 0..<count {
            // The same prefix query the store builds: every word, as the start of a token.
            let pattern = data.searchQuery(index).split(separator: " ").map { "\"\($0)\"*" }.joined(separator: " ")
            times.append(try milliseconds {
                bind(search, [.text(pattern)])
                var ids: [Int] = []
                while sqlite3_step(search) == SQLITE_ROW { ids.append(Int(sqlite3_column_int64(search, 0))) }
                sqlite3_reset(search)
                for id in ids { try fetchOneRow(byId, [.int(id)]) }
            })
        }
        return Percentiles(times)
    }

    func fileSize() -> Double { fileSizeMB(path) }

    // MARK: - C API plumbing

    enum Value {
        case int(Int)
        case text(String)
    }

    enum RawError: Error {
        case sqlite(String)
    }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(connection, sql, nil, nil, nil) == SQLITE_OK else {
            throw RawError.sqlite(String(cString: sqlite3_errmsg(connection)) + " in " + sql)
        }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK else {
            throw RawError.sqlite(String(cString: sqlite3_errmsg(connection)))
        }
        return statement
    }

    private func bind(_ statement: OpaquePointer?, _ values: [Value]) {
        sqlite3_reset(statement)
        for (offset, value) in values.enumerated() {
            switch value {
            case .int(let number): sqlite3_bind_int64(statement, Int32(offset + 1), Int64(number))
            case .text(let text): sqlite3_bind_text(statement, Int32(offset + 1), text, -1, Self.transient)
            }
        }
    }

    private func step(_ statement: OpaquePointer?) throws {
        guard sqlite3_step(statement) == SQLITE_DONE else {
            throw RawError.sqlite(String(cString: sqlite3_errmsg(connection)))
        }
    }

    private func fetchOneRow(_ statement: OpaquePointer?, _ values: [Value]) throws {
        bind(statement, values)
        guard sqlite3_step(statement) == SQLITE_ROW else { throw RawError.sqlite("row not found") }
        // Read every column, as the store does when it builds a device.
        for column in 0..<sqlite3_column_count(statement) {
            _ = sqlite3_column_text(statement, column)
        }
        sqlite3_reset(statement)
    }
}
