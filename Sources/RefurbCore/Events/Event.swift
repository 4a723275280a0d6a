#if canImport(FoundationEssentials)
import struct FoundationEssentials.Date
#else
import struct Foundation.Date
#endif

/// A recorded change: what, to which device or lot, by whom, from where and when (UTC).
public struct Event: Hashable, Codable, Sendable {
    public var change: Change
    public var actor: Actor
    public var occurredAt: Date

    public init(change: Change, actor: Actor, occurredAt: Date) {
        self.change = change
        self.actor = actor
        self.occurredAt = occurredAt
    }
}
