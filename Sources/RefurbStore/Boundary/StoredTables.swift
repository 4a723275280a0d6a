import Crypto
import Foundation
import GRDB

/// A value as SQLite stores it, for moving a workshop's rows to another engine (`refurb db copy`)
/// without the other engine's adapter knowing GRDB.
package enum StoredValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

extension AppDatabase {
    /// Every table a workshop's data lives in, parents before the rows that point to them. Browser sessions
    /// are left out: whoever is signed in signs in again on the new store. A test holds this list to the
    /// tables a new database has, so that a new migration's table is not forgotten by the copy.
    package static let copiedTables = [
        "site", "donor", "lot", "device", "event",
        "account", "accountSiteRole", "apiToken", "stationKey", "hardwareReport", "certificate",
        "printer", "labelPrint", "pricingRules", "workshopIdentity",
        "journalEntry", "journalClosure", "receipt", "invoice", "saleSettings", "warrantyPolicy", "claim",
        "testChecklist", "referralPartner", "referralCode", "referralRedemption",
        "registerLine", "registerSeal",
    ]

    /// Tables that are not a workshop's data: the migrations' own, SQLite's, FTS5's, and sessions.
    package static let tablesNotCopied: Set<String> = [
        "grdb_migrations", "sqlite_sequence", "device_ft", "device_ft_data", "device_ft_idx", "device_ft_config", "webSession",
    ]

    /// The tables of this database, by name.
    package func tableNames() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    package func rowCount(of table: String) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0 }
    }

    /// Up to `limit` rows of `table` after the row whose rowid is `rowid`, in rowid order, with the columns'
    /// names and the last rowid read (nil when there were no more rows). A batch at a time keeps a large
    /// table's copy in bounded memory.
    package func rows(of table: String, after rowid: Int64, limit: Int) throws -> (columns: [String], rows: [[StoredValue]], last: Int64?) {
        try writer.read { db in
            let columns = try db.columns(in: table).map(\.name)
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, * FROM \(table.quotedDatabaseIdentifier) WHERE rowid > ? ORDER BY rowid LIMIT ?
                """, arguments: [rowid, limit])
            let values = rows.map { row in Array(row.databaseValues.dropFirst()).map(StoredValue.init) }
            return (columns, values, rows.last.map { $0[0] })
        }
    }
}

extension StoredValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = .integer(integer)
        case .double(let real): self = .real(real)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .blob(data)
        }
    }
}

/// A SHA-256 over the event log in id order: the same log gives the same digest whichever engine holds it,
/// so a copy is checked event for event without keeping both logs in memory.
package struct EventLogDigest {
    private var hasher = SHA256()
    package private(set) var count = 0

    package init() {}

    /// One event, as its stored columns; the time is in whole milliseconds since 1970 (both engines keep at
    /// least that).
    package mutating func add(id: Int64, deviceId: Int64?, lotId: Int64?, kind: String, payload: String,
                              actorUser: String, actorStation: String, occurredAtMilliseconds: Int64) {
        let fields = [String(id), deviceId.map(String.init) ?? "-", lotId.map(String.init) ?? "-", kind, payload,
                      actorUser, actorStation, String(occurredAtMilliseconds)]
        for field in fields {
            hasher.update(data: Data(field.utf8))
            hasher.update(data: Data([0]))
        }
        count += 1
    }

    package func finalize() -> String {
        hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

extension AppDatabase {
    /// The digest of this database's event log.
    package func eventLogDigest() throws -> EventLogDigest {
        try writer.read { db in
            var digest = EventLogDigest()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, deviceId, lotId, kind, payload, actorUser, actorStation, occurredAt FROM event ORDER BY id
                """)
            while let row = try rows.next() {
                let date: Date = row[7]
                digest.add(id: row[0], deviceId: row[1], lotId: row[2], kind: row[3], payload: row[4], actorUser: row[5],
                           actorStation: row[6], occurredAtMilliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded()))
            }
            return digest
        }
    }
}
