import PostgresNIO
import RefurbCore
import RefurbStore

/// The two look-ups behind every scan, prepared once per connection (postgres-nio keeps them by name), as
/// SQLite's adapter keeps them in its statement cache. Sent as plain queries they were parsed and planned
/// again on every scan: 0.13× what pgbench gets from the same SELECT prepared (scripts/bench/postgres).
struct DeviceByID: PostgresPreparedStatement {
    static let sql = AppDatabase.deviceLookupSQL(where: "device.id = $1")
    typealias Row = Device
    var id: Int64

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(id)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Device { try PostgresStore.device(in: row) }
}

struct DeviceBySerialKey: PostgresPreparedStatement {
    static let sql = AppDatabase.deviceLookupSQL(where: "device.serialKey = $1")
    typealias Row = Device
    var serialKey: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(serialKey)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Device { try PostgresStore.device(in: row) }
}
