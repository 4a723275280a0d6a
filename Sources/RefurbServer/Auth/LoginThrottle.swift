import Foundation

/// Slows down password guessing: after five failed logins for one name from one address within a
/// quarter of an hour, or twenty from one address, further attempts are refused for a while, growing
/// with each new failure. A success clears the name's count.
actor LoginThrottle {
    private struct Record {
        var failures: [Date] = []
        var blockedUntil: Date?
    }

    private var records: [String: Record] = [:]
    private let window: TimeInterval = 15 * 60
    private let perAccount = 5
    private let perAddress = 20

    /// Seconds to wait before trying again, or nil when an attempt may be made now.
    func retryAfter(username: String, address: String?, now: Date = Date()) -> Int? {
        let keys = [Self.key(username: username, address: address), Self.key(address: address)]
        let waits = keys.compactMap { records[$0]?.blockedUntil }.filter { $0 > now }.map { Int($0.timeIntervalSince(now).rounded(.up)) }
        return waits.max()
    }

    func recordFailure(username: String, address: String?, now: Date = Date()) {
        note(Self.key(username: username, address: address), limit: perAccount, now: now)
        note(Self.key(address: address), limit: perAddress, now: now)
        if records.count > 10_000 { forgetOld(now: now) }
    }

    func recordSuccess(username: String, address: String?) {
        records[Self.key(username: username, address: address)] = nil
    }

    private func note(_ key: String, limit: Int, now: Date) {
        var record = records[key] ?? Record()
        record.failures = record.failures.filter { now.timeIntervalSince($0) < window } + [now]
        if record.failures.count >= limit {
            // 30 s after the limit, doubling with every further failure, at most a quarter of an hour.
            let extra = record.failures.count - limit
            record.blockedUntil = now.addingTimeInterval(min(window, 30 * pow(2, Double(min(extra, 10)))))
        }
        records[key] = record
    }

    private func forgetOld(now: Date) {
        records = records.filter { _, record in
            (record.blockedUntil.map { $0 > now } ?? false) || record.failures.contains { now.timeIntervalSince($0) < window }
        }
    }

    private static func key(username: String, address: String?) -> String {
        "account|" + username.lowercased() + "|" + (address ?? "?")
    }

    private static func key(address: String?) -> String {
        "address|" + (address ?? "?")
    }
}
