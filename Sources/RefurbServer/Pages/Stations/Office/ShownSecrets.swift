import Foundation
import RefurbStore
import Synchronization

/// The made-up passwords and new token secrets the office shows after a form, held between the form's
/// POST and the page it redirects to (POST/redirect/GET), so that refreshing that page, or coming back
/// to it after a misclick, still shows the secret instead of losing it.
///
/// Why in memory, for a short time, and for one viewer only:
/// - the secret must not travel in the address (addresses end up in the request log, the browser's
///   history and a proxy's log), so the redirect names only the account or the token;
/// - the database keeps only hashes, and a plaintext password must not be written anywhere, so it is
///   never stored: a restart forgets it, which costs only a new password;
/// - each entry is readable only by the session (or token) that made it, so a page address that leaks
///   shows nothing to anyone else;
/// - it stays `lifetime` (10 minutes: enough to read it out to a volunteer or paste it on a bench
///   machine) or until the admin says it is noted, and at most `capacity` entries are kept (the oldest
///   go first), so that memory stays bounded however many forms are posted.
final class ShownSecrets: Sendable {
    struct Shown: Sendable, Equatable {
        let secret: String
        let shownUntil: Date
    }

    static let lifetime: TimeInterval = 10 * 60
    static let capacity = 64

    private struct Entry {
        let shown: Shown
        let savedAt: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let lifetime: TimeInterval
    private let capacity: Int

    init(lifetime: TimeInterval = ShownSecrets.lifetime, capacity: Int = ShownSecrets.capacity) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// Who is looking: the browser session (its CSRF token is as secret as its cookie and unique to it),
    /// or the API token. Nil for nobody, who is never shown anything.
    static func viewer(_ credential: Credential?) -> String? {
        switch credential?.kind {
        case .session(let csrf, _): "session:" + csrf
        case .token(let id, _): "token:\(id)"
        case nil: nil
        }
    }

    func keep(_ secret: String, about subject: String, for viewer: String, at now: Date = Date()) {
        entries.withLock { entries in
            entries = entries.filter { now.timeIntervalSince($0.value.savedAt) < lifetime }
            while entries.count >= capacity, let oldest = entries.min(by: { $0.value.savedAt < $1.value.savedAt })?.key {
                entries[oldest] = nil
            }
            entries[Self.key(subject, viewer)] = Entry(shown: Shown(secret: secret, shownUntil: now.addingTimeInterval(lifetime)),
                                                       savedAt: now)
        }
    }

    /// The secret kept for this viewer about `subject`, while it is still shown.
    func shown(about subject: String, for viewer: String, at now: Date = Date()) -> Shown? {
        entries.withLock { entries in
            guard let entry = entries[Self.key(subject, viewer)] else { return nil }
            guard now.timeIntervalSince(entry.savedAt) < lifetime else {
                entries[Self.key(subject, viewer)] = nil
                return nil
            }
            return entry.shown
        }
    }

    /// The admin has noted it: it is not shown again.
    func forget(about subject: String, for viewer: String) {
        _ = entries.withLock { $0.removeValue(forKey: Self.key(subject, viewer)) }
    }

    var count: Int { entries.withLock { $0.count } }

    private static func key(_ subject: String, _ viewer: String) -> String { viewer + "\u{0}" + subject }
}
