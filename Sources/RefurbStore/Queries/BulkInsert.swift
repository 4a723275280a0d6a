import GRDB
import GRDBSQLite

/// Inserts many rows into one table with multi-row `INSERT … VALUES (…), (…)` statements bound through
/// SQLite's C API. A bulk import spends most of its time starting statements and passing arguments
/// through GRDB's generic `StatementArguments`; this writes a few hundred rows per statement and binds
/// each value once. It runs inside the caller's transaction, on the caller's connection.
final class BulkInsert {
    enum Value {
        case text(String)
        case integer(Int64)
        case null

        init(_ text: String?) { self = text.map(Value.text) ?? .null }
        init(_ integer: Int?) { self = integer.map { .integer(Int64($0)) } ?? .null }
        init(_ integer: Int64) { self = .integer(integer) }
    }

    private let db: Database
    private let prefix: String
    private let rowTemplate: String
    private let valuesPerRow: Int
    private let rowsPerStatement: Int
    private var pending: [Value] = []
    /// The statement for a full batch of rows, prepared once; a shorter last batch gets its own.
    private var fullStatement: OpaquePointer?

    /// `rowTemplate` is one row's `(?, …)`; rows are written `rowsPerStatement` at a time. Tables fill
    /// at their own pace, so rows that refer to another table's rows (events to their device) need
    /// `PRAGMA defer_foreign_keys` in the transaction.
    init(_ db: Database, into prefix: String, row rowTemplate: String, rowsPerStatement: Int) {
        self.db = db
        self.prefix = prefix
        self.rowTemplate = rowTemplate
        valuesPerRow = rowTemplate.count(where: { $0 == "?" })
        self.rowsPerStatement = rowsPerStatement
        pending.reserveCapacity(valuesPerRow * rowsPerStatement)
    }

    /// Queues one row's values, in the order of the template's `?`; a full statement is written at once.
    func append(_ values: Value...) throws {
        precondition(values.count == valuesPerRow, "a row of \(prefix) takes \(valuesPerRow) values")
        pending += values
        if pending.count == valuesPerRow * rowsPerStatement { try flush() }
    }

    /// Writes the rows still queued. Call it before reading the table back.
    func flush() throws {
        guard !pending.isEmpty else { return }
        guard let connection = db.sqliteConnection else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the connection is closed", sql: prefix + " …")
        }
        let rows = pending.count / valuesPerRow
        let sql = prefix + repeatElement(rowTemplate, count: rows).joined(separator: ", ")
        let statement: OpaquePointer
        if rows == rowsPerStatement, let fullStatement {
            statement = fullStatement
            sqlite3_reset(statement)
        } else {
            var prepared: OpaquePointer?
            guard sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil) == SQLITE_OK,
                  let prepared else {
                sqlite3_finalize(prepared)
                throw SQLiteC.error(connection, sql: prefix + " …")
            }
            statement = prepared
        }
        defer {
            if rows == rowsPerStatement {
                fullStatement = statement
                sqlite3_reset(statement)
            } else {
                sqlite3_finalize(statement)
            }
        }
        for (offset, value) in pending.enumerated() {
            let index = Int32(offset + 1)
            let bound: Int32
            switch value {
            case .text(let text):
                bound = SQLiteC.bind(text, to: statement, at: index)
            case .integer(let integer):
                bound = sqlite3_bind_int64(statement, index, integer)
            case .null:
                bound = sqlite3_bind_null(statement, index)
            }
            guard bound == SQLITE_OK else { throw SQLiteC.error(connection, sql: prefix + " …") }
        }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw SQLiteC.error(connection, sql: prefix + " …") }
        pending.removeAll(keepingCapacity: true)
    }

    deinit { sqlite3_finalize(fullStatement) }
}
