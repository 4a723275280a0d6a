import Crypto
import Foundation
import Synchronization

/// Slows down password guessing: after five failed logins for one name from one address within a
/// quarter of an hour, or twenty from one address, further attempts are refused for a while, growing
/// with each new failure. A success clears the name's count.
///
/// Deciding and counting are one step under one lock: an attempt is reserved (counted as a failure
/// that is still pending) before its password is hashed, and settled afterwards. Thirty guesses sent at
/// once were all checked when the decision and the count were two steps apart (issue 12): each read
/// "no failures yet" while the others were still hashing.
///
/// Memory is bounded whatever is sent: a name is kept as 16 bytes of its SHA-256 (a 1 MB name cost
/// 1 MB per record, kept for a quarter of an hour), an address as the normalised text of an IP
/// address, and there are at most `capacity` records: past it, the lapsed ones go, then the
/// least recently seen.
final class LoginThrottle: Sendable {
    struct Limits: Sendable {
        var window: TimeInterval = 15 * 60
        var perAccount = 5
        var perAddress = 20
        /// Records kept at most. About 500 bytes each, so a few megabytes at worst.
        var capacity = 10_000
    }

    /// One attempt allowed to go on, to be settled with `settle(_:succeeded:)` whatever happens.
    struct Attempt: Sendable {
        fileprivate let account: Key
        fileprivate let address: Key
    }

    enum Decision: Sendable {
        case proceed(Attempt)
        /// Seconds to wait (at least one).
        case wait(Int)
    }

    fileprivate struct Key: Hashable, Sendable {
        /// The normalised address, "?" when unknown; its length is that of an IP address.
        let address: String
        /// The first 16 bytes of the SHA-256 of the lower-cased name; zero for the address's own record.
        let nameHigh: UInt64
        let nameLow: UInt64
        let isAccount: Bool
    }

    private struct Record {
        /// Settled failures within the window, oldest first; never more than the limit plus the
        /// ten doublings of the wait.
        var failures: [Date] = []
        /// Attempts reserved and not yet settled.
        var pending = 0
        var blockedUntil: Date?
        var lastSeen: Date

        mutating func forget(before now: Date, window: TimeInterval) {
            if let first = failures.first, now.timeIntervalSince(first) >= window {
                failures.removeAll { now.timeIntervalSince($0) >= window }
            }
        }

        func isLapsed(at now: Date) -> Bool {
            pending == 0 && failures.isEmpty && (blockedUntil.map { $0 <= now } ?? true)
        }
    }

    let limits: Limits
    private let records = Mutex<[Key: Record]>([:])

    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Records held now, for tests and for memory figures.
    var recordCount: Int { records.withLock { $0.count } }

    /// Either an attempt may be made now, and it is counted as pending at once, or the seconds to wait.
    func reserve(username: String, address: String?, now: Date = Date()) -> Decision {
        let account = Self.accountKey(username: username, address: address)
        let addressKey = Self.addressKey(address)
        return records.withLock { records in
            var wait = 0
            for (key, limit) in [(account, limits.perAccount), (addressKey, limits.perAddress)] {
                guard var record = records[key] else { continue }
                record.forget(before: now, window: limits.window)
                records[key] = record
                if let until = record.blockedUntil, until > now {
                    wait = max(wait, Int(until.timeIntervalSince(now).rounded(.up)))
                } else if record.pending > 0, record.failures.count + record.pending >= limit {
                    // The attempts under way use up what is left (or, once a wait has lapsed, the one
                    // attempt it allows); they settle within a second or so.
                    wait = max(wait, 1)
                }
            }
            if wait > 0 { return .wait(wait) }
            if records.count + 2 > limits.capacity { makeRoom(in: &records, now: now) }
            for key in [account, addressKey] {
                records[key, default: Record(lastSeen: now)].pending += 1
                records[key]?.lastSeen = now
            }
            return .proceed(Attempt(account: account, address: addressKey))
        }
    }

    /// Settles a reserved attempt. A failure stays counted and may block the name and the address for
    /// a while; a success clears the name's record and takes the attempt off the address's count.
    func settle(_ attempt: Attempt, succeeded: Bool, now: Date = Date()) {
        records.withLock { records in
            if succeeded {
                records[attempt.account] = nil
            } else {
                fail(attempt.account, limit: limits.perAccount, in: &records, now: now)
            }
            if succeeded {
                if var record = records[attempt.address] {
                    record.pending = max(0, record.pending - 1)
                    records[attempt.address] = record.isLapsed(at: now) ? nil : record
                }
            } else {
                fail(attempt.address, limit: limits.perAddress, in: &records, now: now)
            }
        }
    }

    private func fail(_ key: Key, limit: Int, in records: inout [Key: Record], now: Date) {
        // A record taken out by `makeRoom` while its attempt was under way comes back with the failure.
        var record = records[key] ?? Record(lastSeen: now)
        record.pending = max(0, record.pending - 1)
        record.forget(before: now, window: limits.window)
        record.failures.append(now)
        if record.failures.count > limit + 10 { record.failures.removeFirst(record.failures.count - limit - 10) }
        if record.failures.count >= limit {
            // 30 s at the limit, doubling with every further failure, at most the window.
            let extra = record.failures.count - limit
            record.blockedUntil = now.addingTimeInterval(min(limits.window, 30 * pow(2, Double(min(extra, 10)))))
        }
        record.lastSeen = now
        records[key] = record
    }

    /// Called when full: drops the lapsed records, then, if that was not enough, the least recently
    /// seen tenth. Sorting happens once per tenth of the capacity, so it costs little per attempt.
    private func makeRoom(in records: inout [Key: Record], now: Date) {
        let window = limits.window
        records = records.filter { _, record in
            var record = record
            record.forget(before: now, window: window)
            return !record.isLapsed(at: now)
        }
        let target = limits.capacity - max(2, limits.capacity / 10)
        guard records.count > target else { return }
        let oldest = records.sorted { $0.value.lastSeen < $1.value.lastSeen }.prefix(records.count - target).map(\.key)
        for key in oldest { records[key] = nil }
    }

    private static func accountKey(username: String, address: String?) -> Key {
        let digest = SHA256.hash(data: Data(username.lowercased().utf8))
        var high: UInt64 = 0, low: UInt64 = 0
        for (index, byte) in digest.prefix(16).enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        return Key(address: addressText(address), nameHigh: high, nameLow: low, isAccount: true)
    }

    private static func addressKey(_ address: String?) -> Key {
        Key(address: addressText(address), nameHigh: 0, nameLow: 0, isAccount: false)
    }

    /// An IP address is at most 45 characters; anything longer was not one and is cut.
    private static func addressText(_ address: String?) -> String {
        guard let address else { return "?" }
        return address.utf8.count <= 45 ? address : String(decoding: address.utf8.prefix(45), as: UTF8.self)
    }
}
