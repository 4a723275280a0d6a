/// What reading the disk back found.
public struct VerificationReport: Codable, Sendable, Hashable {
    public var mode: VerificationMode
    public var bytesRead: UInt64 = 0
    /// Share of the disk compared, in hundredths of a percent.
    public var coverageBasisPoints: Int = 0
    public var mismatchedSectors: UInt64 = 0
    /// Where the mismatches are (merged runs; the first ones, if there are very many).
    public var mismatchRanges: [ByteRange] = []
    public var unreadableRanges: [ByteRange] = []
    public var readErrors = 0
    public var retries = 0
    public var abort: PassAbort?
    public var samplingPlan: SamplingPlan?
    public var durationMilliseconds = 0

    public init(mode: VerificationMode) {
        self.mode = mode
    }

    public var passed: Bool {
        mode != .none && abort == nil && mismatchedSectors == 0 && unreadableRanges.isEmpty
    }

    static let storedRangeLimit = 256
}
