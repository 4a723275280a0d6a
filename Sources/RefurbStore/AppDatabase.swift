import Foundation
import GRDB
import RefurbCore

/// Owns the SQLite database: its configuration, its migrations, and every operation on it. Each
/// public operation runs in one transaction, so a refused or failed operation changes nothing.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// Connections of their own for the look-ups behind scans, on a database file in WAL mode.
    let lookups: DeviceLookups?

    /// Opens (and migrates) the database behind `writer`.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        lookups = writer is DatabasePool ? DeviceLookups(path: writer.path) : nil
        try Self.migrator.migrate(writer)
    }

    /// Opens the database file at `path` in WAL mode, creating it and its folder when missing.
    public static func open(path: String) throws -> AppDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        do {
            let pool = try DatabasePool(path: path, configuration: makeConfiguration())
            return try AppDatabase(pool)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path)
        }
    }

    public static func makeConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (the service, a second CLI) may hold the write lock for a moment.
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL loses no committed transaction on a crash of the process, only possibly
            // the last ones on a power cut, and it keeps commits fast.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MiB of page cache for the writer keeps the serial and tag indexes of a large inventory
            // in memory; SQLite's default of 2 MiB makes every intake read them from disk. Readers (the
            // service has several) take 16 MiB each: their look-ups touch a few pages, and the rest comes
            // from the kernel's file cache, which does not weigh on the service's own memory.
            try db.execute(sql: db.configuration.readonly ? "PRAGMA cache_size = -16384" : "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// Read-only access for queries that are not part of the public operations (tests, tools).
    public var reader: any DatabaseReader { writer }
}
