/// How hard to try before a range of the disk is recorded as failed. Failing drives often succeed on
/// a second attempt after a pause; a range that keeps failing is narrowed down by halving, so that the
/// certificate names the bad area rather than a whole chunk.
public struct RetryPolicy: Sendable, Hashable {
    /// Pauses before each retry of a failed chunk; their count is the number of retries.
    public var delays: [Duration]
    /// Failed chunks are halved down to this size (a multiple of 4096) to locate the bad area.
    public var smallestRange: Int
    /// This many chunks in a row failing entirely means the disk is dying or gone: stop instead of
    /// grinding through the rest of it.
    public var consecutiveFailedChunksLimit: Int
    /// No progress for this long means the disk stopped answering: end with a failed certificate.
    public var stallTimeout: Duration

    public init(delays: [Duration], smallestRange: Int, consecutiveFailedChunksLimit: Int, stallTimeout: Duration) {
        self.delays = delays
        self.smallestRange = smallestRange
        self.consecutiveFailedChunksLimit = consecutiveFailedChunksLimit
        self.stallTimeout = stallTimeout
    }

    public static let standard = RetryPolicy(
        delays: [.milliseconds(500), .seconds(2), .seconds(5)],
        smallestRange: 64 << 10,
        consecutiveFailedChunksLimit: 16,
        stallTimeout: .seconds(180)
    )
}
