/// Decides when a sanitize really finished. A drive that is idle reports "last sanitize succeeded"
/// whether or not anything ran, so success counts only when it follows an observed "in progress", or
/// when the status before the command was not already a success, or when the drive records a different
/// sanitize command than before (NVMe SCDW10).
public struct SanitizeCompletionTracker: Sendable {
    public enum Verdict: Sendable, Equatable {
        case running(progress: Double?)
        case completed
        case completionNotProven
        case failed
        case frozen
    }

    public let before: SanitizeObservation?
    public private(set) var sawInProgress = false
    public private(set) var observations = 0

    public init(before: SanitizeObservation?) {
        self.before = before
    }

    public mutating func observe(_ observation: SanitizeObservation) -> Verdict {
        observations += 1
        if observation.frozen { return .frozen }
        if observation.failed { return .failed }
        if observation.inProgress {
            sawInProgress = true
            return .running(progress: observation.progress)
        }
        guard observation.lastSucceeded else { return .running(progress: nil) }
        if sawInProgress { return .completed }
        guard let before else { return .completed }
        if !before.lastSucceeded { return .completed }
        if let word = observation.commandWord, word != before.commandWord { return .completed }
        return .completionNotProven
    }

    public var transitionObserved: Bool { sawInProgress }
}
