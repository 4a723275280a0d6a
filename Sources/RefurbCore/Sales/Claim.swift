/// How a return or a claim under the guarantee ends.
public enum ClaimOutcome: String, Codable, CaseIterable, Sendable {
    case repaired
    case replaced
    case refunded
    case storeCredit = "store-credit"
    case rejected

    public var label: Message { Message("claim.outcome.\(rawValue)") }

    /// The device goes back to its buyer (repaired, or the claim turned down); otherwise it stays at
    /// the workshop and goes through the bench like any received device.
    public var handsDeviceBack: Bool { self == .repaired || self == .rejected }
}

/// Where a claim stands: received, diagnosed, then settled by one outcome.
public enum ClaimState: Hashable, Sendable {
    case received
    case diagnosed
    case settled(ClaimOutcome)

    public init?(stored: String) {
        switch stored {
        case "received": self = .received
        case "diagnosed": self = .diagnosed
        default:
            guard let outcome = ClaimOutcome(rawValue: stored) else { return nil }
            self = .settled(outcome)
        }
    }

    public var stored: String {
        switch self {
        case .received: "received"
        case .diagnosed: "diagnosed"
        case .settled(let outcome): outcome.rawValue
        }
    }

    public var label: Message { Message("claim.state.\(stored)") }

    public var isOpen: Bool { if case .settled = self { false } else { true } }
}

/// The rules of a claim's steps and its answer: the seller has thirty days from the claim to repair or
/// replace (art. L217-10); a rejection says why.
public enum ClaimRules {
    public static let answerDays = 30
    public static let reasonLimit = 500

    public static func answerDue(receivedOn day: CivilDay) -> CivilDay { day.adding(days: answerDays) }

    /// Days left to answer, negative once the deadline has passed.
    public static func daysLeft(receivedOn day: CivilDay, today: CivilDay) -> Int {
        today.days(until: answerDue(receivedOn: day))
    }

    /// Whether `next` may follow `state`: received → diagnosed → one outcome.
    public static func allows(from state: ClaimState, to next: ClaimState) -> Bool {
        switch (state, next) {
        case (.received, .diagnosed): true
        case (.diagnosed, .settled): true
        default: false
        }
    }

    /// The refusal of a step, or nil when it may be taken.
    public static func refusal(from state: ClaimState, to next: ClaimState, reason: String?) -> Message? {
        guard allows(from: state, to: next) else {
            switch state {
            case .settled: return Message("claim.refused.settled")
            case .diagnosed: return Message("claim.refused.alreadyDiagnosed")
            case .received: return Message("claim.refused.notDiagnosed")
            }
        }
        if case .settled(.rejected) = next, reason == nil { return Message("claim.refused.reasonMissing") }
        return nil
    }
}
