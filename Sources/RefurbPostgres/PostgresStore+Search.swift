import Foundation
import PostgresNIO
import RefurbCore
import RefurbStore

extension PostgresStore {
    /// Devices matching the filter, by asset tag, as `AppDatabase.devices(matching:)` finds them. Search
    /// words go through `refurb_prefix_query` against the device's generated `search` vector: each word
    /// must start a word of the tag, serial, manufacturer or model, case and accents ignored, as FTS5's
    /// prefix queries with the unicode61 tokenizer on SQLite.
    public func devices(matching filter: DeviceFilter) async throws -> [Device] {
        try await client.withConnection { connection in
            var conditions: [String] = []
            var bindings = PostgresBindings()
            func bind(_ value: some PostgresEncodable & Sendable) throws -> String {
                try bindings.append(value)
                return "$\(bindings.count)"
            }
            if let lot = filter.lot {
                guard let (lotId, _) = try await Self.lotIdentity(code: lot, on: connection, logger: logger) else { return [] }
                conditions.append("device.lotId = " + (try bind(lotId)))
            }
            if let stage = filter.stage {
                conditions.append("device.stage = " + (try bind(stage.rawValue)))
            }
            if let search = filter.search {
                // No letter or digit at all: FTS5Pattern gives no pattern and SQLite finds nothing.
                guard search.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
                    return []
                }
                conditions.append("device.search @@ refurb_prefix_query(" + (try bind(search)) + ")")
            }
            let sql = AppDatabase.deviceLookupSQL(where: conditions.isEmpty ? "TRUE" : conditions.joined(separator: " AND "))
                + " ORDER BY device.id LIMIT " + (try bind(Int64(filter.limit))) + " OFFSET " + (try bind(Int64(filter.offset)))
            var devices: [Device] = []
            for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger) {
                devices.append(try Self.device(in: row))
            }
            return devices
        }
    }
}

extension PostgresStore: InventoryStore {}
