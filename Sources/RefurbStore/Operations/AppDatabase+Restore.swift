import Foundation
import GRDB
import RefurbCore

extension AppDatabase {
    /// Replaces the database at `path` with the backup at `backupPath`. The backup is checked first (it
    /// exists, SQLite finds every page sound, it holds Refurb's tables): a refusal leaves the folder exactly
    /// as it was, with no copy made and nothing opened for writing. Only then is the database being replaced
    /// copied to `aside` (when it exists and `aside` is given), and the backup brought in, migrated to the
    /// running version. Returns whether a copy was kept aside. The service must be stopped (`ServiceLock`).
    @discardableResult
    public static func restore(from backupPath: String, to path: String, keepingReplacedAt aside: String?) throws -> Bool {
        let source = try soundBackup(at: backupPath)
        var kept = false
        if let aside, FileManager.default.fileExists(atPath: path) {
            try keepCopy(of: path, at: aside)
            kept = true
        }
        let target = try DatabasePool(path: path, configuration: makeConfiguration())
        try source.backup(to: target)
        try target.close()
        try source.close()
        // Migrations bring an older backup up to the running version.
        _ = try AppDatabase.open(path: path)
        return kept
    }

    /// The backup, opened read-only, once it is known to be a sound Refurb database.
    private static func soundBackup(at backupPath: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: backupPath) else {
            throw StoreError.notFound(Message("store.backupMissing", backupPath))
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let source = try DatabaseQueue(path: backupPath, configuration: configuration)
            let problems = try source.read { db -> [String] in
                let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                guard try db.tableExists("device"), try db.tableExists("event") else { return ["not a Refurb database"] }
                return lines == ["ok"] ? [] : lines
            }
            guard problems.isEmpty else {
                try source.close()
                throw StoreError.invalidInput(Message("store.backupUnsound", backupPath, problems.prefix(3).joined(separator: "; ")))
            }
            return source
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(backupPath)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw StoreError.invalidInput(Message("store.backupUnsound", backupPath, error.message ?? "SQLITE_CORRUPT"))
        }
    }

    /// A clean copy of the database being replaced, read as it stands (no migration): through SQLite, so that
    /// the last transactions still in its WAL come along. A file SQLite cannot read (the damage that the
    /// restore is there to repair) is kept byte for byte instead, and moved out of the way of the restore.
    private static func keepCopy(of path: String, at aside: String) throws {
        guard !FileManager.default.fileExists(atPath: aside) else {
            throw StoreError.conflict(Message("store.backupTargetExists", aside))
        }
        do {
            let current = try DatabaseQueue(path: path)
            let copy = try DatabaseQueue(path: aside)
            try current.backup(to: copy)
            try copy.close()
            try current.close()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            try? FileManager.default.removeItem(atPath: aside)
            try FileManager.default.moveItem(atPath: path, toPath: aside)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}
