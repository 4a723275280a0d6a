import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

/// `refurb db copy`: a workshop's SQLite database moved into a PostgreSQL database, all of it or nothing.
///
/// The copy runs in one PostgreSQL transaction. It checks before it commits: every table's row count, and
/// the event log event for event (`EventLogDigest`). A failed check, a clash or an interruption leaves the
/// target as it was. Run twice, the second run finds the same log already there and does nothing. A target
/// that holds other data is refused: merging several workshops into one database needs sites (issue 16).
package struct PostgresCopy {
    package struct Report: Sendable, Encodable {
        package var tables: [Table]
        /// The event log's SHA-256, the same on both sides.
        package var eventDigest: String
        /// True when the target already held exactly this copy, and nothing was written.
        package var alreadyCopied: Bool

        package struct Table: Sendable, Encodable {
            package var name: String
            package var rows: Int
        }
    }

    /// What the copy refused, in words for the person running it.
    package enum Refusal: Error, Equatable {
        /// The target holds data that is not this workshop's copy: how many devices, and a tag of this
        /// workshop's found there, if any.
        case targetNotEmpty(devices: Int, clashingTag: String?)
        /// A check after copying found a difference (the transaction is rolled back).
        case mismatch(table: String, source: Int, target: Int)
        case eventLogMismatch
        /// A value that the target's column cannot hold (a damaged row in the source).
        case unreadableValue(table: String, column: String)
        /// The source has a table the copy does not know (a newer Refurb made it).
        case unknownTable(String)

        package var message: Message {
            switch self {
            case .targetNotEmpty(let devices, let tag?):
                Message("copy.targetHoldsThisWorkshop", String(devices), tag)
            case .targetNotEmpty(let devices, nil):
                Message("copy.targetNotEmpty", String(devices))
            case .mismatch(let table, let source, let target):
                Message("copy.mismatch", table, String(source), String(target))
            case .eventLogMismatch:
                Message("copy.eventLogMismatch")
            case .unreadableValue(let table, let column):
                Message("copy.unreadableValue", table, column)
            case .unknownTable(let table):
                Message("copy.unknownTable", table)
            }
        }
    }

    let source: AppDatabase
    let target: PostgresStore

    package init(from source: AppDatabase, to target: PostgresStore) {
        self.source = source
        self.target = target
    }

    /// Rows per INSERT: few enough statements to be quick, and well under PostgreSQL's 65,535 parameters.
    static let rowsPerStatement = 500

    package func run() async throws -> Report {
        let unknown = try source.tableNames().filter { !AppDatabase.copiedTables.contains($0) && !AppDatabase.tablesNotCopied.contains($0) }
        if let table = unknown.first { throw Refusal.unknownTable(table) }
        let sourceCounts = try AppDatabase.copiedTables.map { ($0, try source.rowCount(of: $0)) }
        let sourceDigest = try source.eventLogDigest().finalize()
        let logger = target.logger
        return try await target.transaction { connection in
            // Dates are written as SQLite keeps them, in UTC without a zone.
            try await connection.query("SET LOCAL TimeZone = 'UTC'", logger: logger)
            // One copy at a time: two runs started together must not both find the target empty.
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.copyLock))", logger: logger)
            let targetCounts = try await Self.counts(on: connection, logger: logger)
            // A new database holds its first site (v18-sites) and nothing else: that site makes way for the
            // workshop's own, which its rows point to.
            let onlyItsFirstSite = targetCounts.filter { $0.value > 0 }.keys.sorted() == ["site"] && targetCounts["site"] == 1
            if targetCounts.values.contains(where: { $0 > 0 }) && !onlyItsFirstSite {
                let digest = try await Self.eventLogDigest(on: connection, logger: logger)
                if digest.finalize() == sourceDigest,
                   sourceCounts.allSatisfy({ targetCounts[$0.0.lowercased()] == $0.1 }) {
                    return Report(tables: sourceCounts.map { .init(name: $0.0, rows: $0.1) }, eventDigest: digest.finalize(),
                                  alreadyCopied: true)
                }
                throw Refusal.targetNotEmpty(devices: targetCounts["device"] ?? 0,
                                             clashingTag: try await clashingTag(on: connection, logger: logger))
            }
            if onlyItsFirstSite {
                try await connection.query("DELETE FROM site", logger: logger)
            }
            for (table, _) in sourceCounts {
                try await copy(table, on: connection, logger: logger)
            }
            // The lots' live device counts came with the lots; the trigger counted each device once more.
            try await connection.query("""
                UPDATE lot SET liveDeviceCount = (SELECT count(*) FROM device WHERE device.lotId = lot.id AND device.voidedAt IS NULL)
                """, logger: logger)
            try await Self.restartIdentities(on: connection, logger: logger)
            let copied = try await Self.counts(on: connection, logger: logger)
            for (table, rows) in sourceCounts where copied[table.lowercased()] != rows {
                throw Refusal.mismatch(table: table, source: rows, target: copied[table.lowercased()] ?? 0)
            }
            let digest = try await Self.eventLogDigest(on: connection, logger: logger)
            guard digest.finalize() == sourceDigest else { throw Refusal.eventLogMismatch }
            return Report(tables: sourceCounts.map { .init(name: $0.0, rows: $0.1) }, eventDigest: digest.finalize(), alreadyCopied: false)
        }
    }

    /// The advisory lock held while copying ("copy" in ASCII).
    static let copyLock: Int64 = 0x63_6f_70_79

    /// One table, batch by batch, each value cast to its column's type in the target.
    func copy(_ table: String, on connection: PostgresConnection, logger: Logger) async throws {
        let types = try await Self.columnTypes(of: table, on: connection, logger: logger)
        var after: Int64 = .min
        while true {
            let (columns, rows, last) = try source.rows(of: table, after: after, limit: Self.rowsPerStatement)
            guard let last else { return }
            after = last
            var bindings = PostgresBindings()
            var tuples: [String] = []
            tuples.reserveCapacity(rows.count)
            for row in rows {
                var placeholders: [String] = []
                for (index, value) in row.enumerated() {
                    let column = columns[index]
                    guard let type = types[column.lowercased()] else { throw Refusal.unreadableValue(table: table, column: column) }
                    try Self.bind(value, as: type, into: &bindings, table: table, column: column)
                    placeholders.append("$\(bindings.count)::\(type)")
                }
                tuples.append("(" + placeholders.joined(separator: ", ") + ")")
            }
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES " + tuples.joined(separator: ", ")
            try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        }
    }

    static func bind(_ value: StoredValue, as type: String, into bindings: inout PostgresBindings,
                     table: String, column: String) throws {
        switch (value, type) {
        case (.null, _): bindings.appendNull()
        case (.integer(let integer), "boolean"): try bindings.append(integer != 0)
        case (.integer(let integer), "bigint"): try bindings.append(integer)
        case (.text(let text), "text"), (.text(let text), "timestamptz"): try bindings.append(text)
        case (.blob(let data), "bytea"): try bindings.append(data)
        case (.text(let text), "bytea"): try bindings.append(Data(text.utf8))
        default: throw Refusal.unreadableValue(table: table, column: column)
        }
    }

    /// The target's columns that a copy writes (generated ones left out), by lower-case name, with the type
    /// to cast each value to.
    static func columnTypes(of table: String, on connection: PostgresConnection, logger: Logger) async throws -> [String: String] {
        var types: [String: String] = [:]
        for try await (name, type) in try await connection.query("""
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = \(table.lowercased()) AND is_generated = 'NEVER'
            """, logger: logger).decode((String, String).self) {
            types[name] = switch type {
            case "timestamp with time zone": "timestamptz"
            default: type
            }
        }
        return types
    }

    /// Each copied table's row count in the target, by lower-case name.
    static func counts(on connection: PostgresConnection, logger: Logger) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in AppDatabase.copiedTables {
            for try await count in try await connection.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"), logger: logger)
                .decode(Int.self) { counts[table.lowercased()] = count }
        }
        return counts
    }

    /// A tag of this workshop's that the target already holds, if any.
    func clashingTag(on connection: PostgresConnection, logger: Logger) async throws -> String? {
        var after: Int64 = .min
        while true {
            let (columns, rows, last) = try source.rows(of: "device", after: after, limit: 1_000)
            guard let last, let index = columns.firstIndex(of: "assetTag") else { return nil }
            after = last
            let tags = rows.compactMap { row -> String? in if case .text(let tag) = row[index] { tag } else { nil } }
            for try await tag in try await connection.query(
                "SELECT assetTag FROM device WHERE assetTag = ANY(\(tags)) LIMIT 1", logger: logger).decode(String.self) {
                return tag
            }
        }
    }

    /// After explicit ids were written, each identity column goes on from the highest one.
    static func restartIdentities(on connection: PostgresConnection, logger: Logger) async throws {
        var columns: [(String, String)] = []
        for try await (table, column) in try await connection.query("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES' AND table_name <> 'refurb_migrations'
            """, logger: logger).decode((String, String).self) { columns.append((table, column)) }
        for (table, column) in columns {
            try await connection.query(PostgresQuery(unsafeSQL: """
                SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'), coalesce((SELECT max(\(column)) FROM \(table)), 0) + 1, false)
                """), logger: logger)
        }
    }

    /// The target's event log digest, computed as the source's is.
    static func eventLogDigest(on connection: PostgresConnection, logger: Logger) async throws -> EventLogDigest {
        var digest = EventLogDigest()
        for try await (id, deviceId, lotId, kind, payload, user, station, milliseconds) in try await connection.query("""
            SELECT id, deviceId, lotId, kind, payload, actorUser, actorStation,
                   round(extract(epoch FROM occurredAt) * 1000)::bigint
            FROM event ORDER BY id
            """, logger: logger).decode((Int64, Int64?, Int64?, String, String, String, String, Int64).self) {
            digest.add(id: id, deviceId: deviceId, lotId: lotId, kind: kind, payload: payload, actorUser: user,
                       actorStation: station, occurredAtMilliseconds: milliseconds)
        }
        return digest
    }
}
