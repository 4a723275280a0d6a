import Foundation
import Synchronization

/// A refused form, held between its POST and the page it redirects to (POST/redirect/GET), so that the
/// page shows the refusal next to the form with what was typed, and so that Back, F5 and a reopened tab
/// never post the form again (a browser asks to "resend" a page that answered a POST; it re-reads a GET).
///
/// Why in memory, for a short time, and for one viewer only:
/// - a refusal is about a moment: it is shown again only while the thing it is about has not changed
///   (`version`), and for `lifetime` (10 minutes) at most; after that the page shows the thing as it is;
/// - what was typed must not travel in the address (addresses end up in logs and the browser's history);
/// - each entry is readable only by the session that posted it (`ShownSecrets.viewer`);
/// - at most `capacity` entries are kept (the oldest go first), so that memory stays bounded.
/// A restart forgets them, which costs only typing the form again.
final class RefusedForms: Sendable {
    struct Refusal: Sendable, Equatable {
        /// Which form of the page it is about ("price", "sale", "ready").
        let form: String
        let text: String
        let fields: [String: String]
        /// The version of the thing the form was about, when it was refused; nil when it has none.
        let version: Int?
        /// Every problem found, when the refusal lists them (the pricing rules' fields).
        var problems: [String]? = nil
    }

    static let lifetime: TimeInterval = 10 * 60
    static let capacity = 64

    private struct Entry {
        let refusal: Refusal
        let savedAt: Date
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let lifetime: TimeInterval
    private let capacity: Int

    init(lifetime: TimeInterval = RefusedForms.lifetime, capacity: Int = RefusedForms.capacity) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// Keeps the refusal of a form about `subject` (a page's path) for `viewer`, in place of the one before.
    func keep(_ refusal: Refusal, about subject: String, for viewer: String, at now: Date = Date()) {
        entries.withLock { entries in
            entries = entries.filter { now.timeIntervalSince($0.value.savedAt) < lifetime }
            while entries.count >= capacity, let oldest = entries.min(by: { $0.value.savedAt < $1.value.savedAt })?.key {
                entries[oldest] = nil
            }
            entries[Self.key(subject, viewer)] = Entry(refusal: refusal, savedAt: now)
        }
    }

    /// The refusal of `form` kept for this viewer about `subject`, while it is still about the same
    /// version of the thing and within its lifetime; an out-of-date one is forgotten.
    func refusal(of form: String, about subject: String, for viewer: String, version: Int?, at now: Date = Date()) -> Refusal? {
        entries.withLock { entries in
            let key = Self.key(subject, viewer)
            guard let entry = entries[key], entry.refusal.form == form else { return nil }
            guard now.timeIntervalSince(entry.savedAt) < lifetime, entry.refusal.version == version else {
                entries[key] = nil
                return nil
            }
            return entry.refusal
        }
    }

    var count: Int { entries.withLock { $0.count } }

    private static func key(_ subject: String, _ viewer: String) -> String { viewer + "\u{0}" + subject }
}
