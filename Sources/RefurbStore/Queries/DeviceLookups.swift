import GRDB
import GRDBSQLite
import RefurbCore
import Synchronization

/// Read connections of their own for finding one device by tag or serial, the look-up behind every
/// scan. Through GRDB's reader pool a look-up cost three times what SQLite itself spends (taking a
/// reader, a dispatch queue, arguments and rows made generic): a third of a scan's own time. These
/// connections are handed out from a list under a lock, query-only, with their two statements
/// prepared once. Each SELECT is its own read transaction, so it sees the last commit of the writer.
final class DeviceLookups: Sendable {
    private let path: String
    private let idle = Mutex<[Connection]>([])
    /// More than the service's threads; a connection beyond it is closed when given back. Each keeps
    /// 4 MiB of pages: a look-up touches a handful, and the kernel's file cache holds the rest.
    private static let kept = 4

    init(path: String) {
        self.path = path
    }

    func device(tag: AssetTag) throws -> Device? {
        try withConnection { try $0.device(id: Int64(tag.sequence)) }
    }

    func device(serialKey: String) throws -> Device? {
        try withConnection { try $0.device(serialKey: serialKey) }
    }

    private func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? Connection(path: path)
        defer { idle.withLock { if $0.count < Self.kept { $0.append(connection) } } }
        return try body(connection)
    }

    /// One SQLite connection; only ever used by the one caller that took it from the list.
    private final class Connection: @unchecked Sendable {
        private var handle: OpaquePointer?
        private var byId: OpaquePointer?
        private var bySerialKey: OpaquePointer?

        init(path: String) throws {
            guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
                defer { sqlite3_close_v2(handle) }
                throw SQLiteC.error(handle, sql: "open")
            }
            guard sqlite3_exec(handle, "PRAGMA query_only = 1; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -4096",
                               nil, nil, nil) == SQLITE_OK else { throw SQLiteC.error(handle, sql: "pragmas") }
            byId = try prepare(AppDatabase.deviceLookupSQL(where: "device.id = ?"))
            bySerialKey = try prepare(AppDatabase.deviceLookupSQL(where: "device.serialKey = ?"))
        }

        deinit {
            sqlite3_finalize(byId)
            sqlite3_finalize(bySerialKey)
            sqlite3_close_v2(handle)
        }

        func device(id: Int64) throws -> Device? {
            defer { sqlite3_reset(byId) }
            sqlite3_bind_int64(byId, 1, id)
            return try row(of: byId)
        }

        func device(serialKey: String) throws -> Device? {
            defer {
                sqlite3_reset(bySerialKey)
                sqlite3_clear_bindings(bySerialKey)
            }
            guard SQLiteC.bind(serialKey, to: bySerialKey, at: 1) == SQLITE_OK else { throw SQLiteC.error(handle, sql: "bind") }
            return try row(of: bySerialKey)
        }

        private func row(of statement: OpaquePointer?) throws -> Device? {
            switch sqlite3_step(statement) {
            case SQLITE_DONE:
                return nil
            case SQLITE_ROW:
                return try AppDatabase.device(
                    text: { column in sqlite3_column_text(statement, column).map { String(cString: $0) } },
                    integer: { column in
                        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
                    })
            default:
                throw SQLiteC.error(handle, sql: "step")
            }
        }

        private func prepare(_ sql: String) throws -> OpaquePointer? {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK else {
                throw SQLiteC.error(handle, sql: sql)
            }
            return statement
        }
    }
}
