import GRDB

extension AppDatabase {
    /// Whether `error` says that SQLite's lock stayed held by someone else past the busy timeout
    /// (SQLITE_BUSY, or SQLITE_LOCKED between connections of this process). Nothing was written then,
    /// and the same operation may succeed a moment later: the service answers 503 with Retry-After.
    public static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }
}
