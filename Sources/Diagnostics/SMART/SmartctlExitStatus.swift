/// smartctl's exit status is a bit mask (smartctl(8), "EXIT STATUS"). Only bit 3 says the disk is failing;
/// bits 0–2 say the probe itself had a problem; bits 4–7 are things worth a look.
public struct SmartctlExitStatus: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let commandLineError = SmartctlExitStatus(rawValue: 1 << 0)
    /// Open failed, no IDENTIFY data, or the disk is asleep.
    public static let deviceOpenFailed = SmartctlExitStatus(rawValue: 1 << 1)
    /// A SMART or ATA command failed, or a SMART data structure had a bad checksum.
    public static let commandFailed = SmartctlExitStatus(rawValue: 1 << 2)
    /// SMART status check returned "DISK FAILING".
    public static let diskFailing = SmartctlExitStatus(rawValue: 1 << 3)
    /// Prefail attributes at or below their threshold now.
    public static let prefailAttributesBelowThreshold = SmartctlExitStatus(rawValue: 1 << 4)
    /// Usage or prefail attributes were at or below threshold in the past.
    public static let attributesBelowThresholdInPast = SmartctlExitStatus(rawValue: 1 << 5)
    /// The device error log has records.
    public static let errorLogHasErrors = SmartctlExitStatus(rawValue: 1 << 6)
    /// The self-test log has errors.
    public static let selfTestLogHasErrors = SmartctlExitStatus(rawValue: 1 << 7)

    /// Bits 0 and 1: smartctl got no data from the disk at all.
    public var gotNoData: Bool { !isDisjoint(with: [.commandLineError, .deviceOpenFailed]) }
}
