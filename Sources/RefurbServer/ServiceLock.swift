import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HostSystem

/// An advisory lock beside the database, held while `refurb serve` runs: a second service on the same
/// file is refused, and `refurb restore` knows to ask for the service to be stopped first.
public final class ServiceLock: Sendable {
    private let descriptor: Int32
    public let path: String

    public static func path(forDatabase databasePath: String) -> String { databasePath + ".serve.lock" }

    /// Takes the lock, or returns nil when a running service holds it.
    public static func acquire(forDatabase databasePath: String) throws -> ServiceLock? {
        let path = path(forDatabase: databasePath)
        let descriptor = try SystemCallError.retryingInterrupts("open", path: path) { open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
        do {
            _ = try SystemCallError.retryingInterrupts("flock", path: path) { flock(descriptor, LOCK_EX | LOCK_NB) }
        } catch {
            close(descriptor)
            if error.meansWouldBlock { return nil }
            throw error
        }
        return ServiceLock(descriptor: descriptor, path: path)
    }

    /// Whether a running service holds the lock for this database.
    public static func isHeld(forDatabase databasePath: String) -> Bool {
        let path = path(forDatabase: databasePath)
        guard let descriptor = try? SystemCallError.retryingInterrupts("open", path: path, { open(path, O_RDWR | O_CLOEXEC) }) else {
            return false
        }
        defer { close(descriptor) }
        do {
            _ = try SystemCallError.retryingInterrupts("flock", path: path) { flock(descriptor, LOCK_EX | LOCK_NB) }
        } catch {
            // Held by a running service; any other failure says nothing of one either way, and is not a lock held.
            return error.meansWouldBlock
        }
        flock(descriptor, LOCK_UN)
        return false
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
