/// Why a pass over the disk stopped before its end.
public enum PassAbort: String, Codable, Sendable {
    /// The disk vanished (unplugged, capacity dropped to zero).
    case deviceGone = "device-gone"
    /// Too many chunks in a row could not be written or read.
    case tooManyFailures = "too-many-failures"
    /// No progress for longer than the stall timeout.
    case stalled
    case cancelled
}
