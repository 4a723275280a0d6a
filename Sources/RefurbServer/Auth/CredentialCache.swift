import Synchronization
import RefurbStore

/// API tokens recognised in the last few seconds. Every request from a station or a bench machine
/// carries its token, and looking it up with its account was a third of the work of a scan.
/// A change to accounts or tokens made through the service empties the cache at once (see
/// `APIRoutes`); one made behind its back (another program writing the database) within `lifetime`.
final class CredentialCache: Sendable {
    private struct Entry {
        let credential: Credential
        let until: ContinuousClock.Instant
    }

    /// Far more than a workshop has tokens; past it the cache starts again rather than grow.
    private static let capacity = 1_024
    private let lifetime: Duration
    /// `generation` counts the times the cache was emptied: a look-up that began before an emptying
    /// must not put back what the database said before the change.
    private let state = Mutex<(entries: [String: Entry], generation: Int)>(([:], 0))

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    /// The credential of a token by the hash of its secret, from the cache or else from `lookUp`.
    /// An unknown or revoked token is never cached: it is refused by the database every time.
    func credential(tokenSecretHash: String, lookUp: () async throws -> Credential?) async rethrows -> Credential? {
        let now = ContinuousClock.now
        let (cached, generation) = state.withLock { ($0.entries[tokenSecretHash], $0.generation) }
        if let cached, cached.until > now {
            return cached.credential
        }
        guard let credential = try await lookUp() else { return nil }
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.entries.count >= Self.capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[tokenSecretHash] = Entry(credential: credential, until: now.advanced(by: lifetime))
        }
        return credential
    }

    /// The credential of a token if it is in the cache and still fresh; nil asks the database.
    func cached(tokenSecretHash: String) -> Credential? {
        let now = ContinuousClock.now
        return state.withLock { $0.entries[tokenSecretHash] }.flatMap { $0.until > now ? $0.credential : nil }
    }

    /// Forgets every token: called after anything that may revoke a token or change an account.
    func removeAll() {
        state.withLock { state in
            state.entries.removeAll()
            state.generation &+= 1
        }
    }
}
