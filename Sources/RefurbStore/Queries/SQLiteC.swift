import GRDB
import GRDBSQLite

/// What the store's two users of SQLite's C API (`BulkInsert`, `DeviceLookups`) share.
enum SQLiteC {
    /// Binds `text` for SQLite to copy (SQLITE_TRANSIENT), so the Swift string need not outlive the call.
    static func bind(_ text: String, to statement: OpaquePointer?, at index: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            sqlite3_bind_text(statement, index, bytes.baseAddress, Int32(bytes.count), transient)
        }
    }

    /// The connection's last error, as GRDB reports its own.
    static func error(_ connection: OpaquePointer?, sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: connection.map(sqlite3_extended_errcode) ?? SQLITE_CANTOPEN),
                      message: connection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
