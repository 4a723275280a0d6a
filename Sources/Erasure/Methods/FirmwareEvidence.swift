/// What happened when a firmware erasure ran, for the certificate: each command with its exit status,
/// the drive's status before and after, and whether the in-progress → done transition was seen.
public struct FirmwareEvidence: Codable, Sendable, Hashable {
    public enum Outcome: String, Codable, Sendable {
        case completed
        case completionNotProven = "completion-not-proven"
        case commandFailed = "command-failed"
        case driveReportedFailure = "drive-reported-failure"
        case frozen
        case timedOut = "timed-out"
        case toolMissing = "tool-missing"
    }

    public struct ExecutedCommand: Codable, Sendable, Hashable {
        public var commandLine: String
        public var exitCode: Int32?
        public var durationMilliseconds: Int
        public var output: String
    }

    public var commands: [ExecutedCommand] = []
    public var statusBefore: String?
    public var statusAfter: String?
    public var transitionObserved = false
    public var polls = 0
    public var outcome: Outcome = .commandFailed
}
