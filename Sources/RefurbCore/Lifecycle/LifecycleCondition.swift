/// What a stage asks of a device before it may go there: a diagnostic report, a grade, a price, storage
/// with nothing left to leak. `Lifecycle.brokenRules` is made of these conditions, so that the checklist a
/// page shows (each condition met or not) and the refusal a move gets can never disagree.
public enum LifecycleCondition: String, Hashable, Sendable, CaseIterable {
    case diagnosticReport = "diagnostic-report"
    case grade
    case price
    case erasedStorage = "erased-storage"
    /// Décret 2022-190: tests of all its functions before a device is sold as refurbished.
    case testChecklist = "test-checklist"

    /// The rules this condition breaks for a device with these facts; empty when it is met.
    public func brokenRules(_ facts: LifecycleFacts) -> [LifecycleRule] {
        switch self {
        case .diagnosticReport: facts.hasDiagnosticReport ? [] : [.needsDiagnosticReport]
        case .grade: facts.grade == nil ? [.needsGrade] : []
        case .price: facts.price == nil ? [.needsPrice] : []
        case .erasedStorage: Lifecycle.erasureRules(facts.erasure)
        case .testChecklist: Lifecycle.testRules(facts.tests)
        }
    }

    public func isMet(by facts: LifecycleFacts) -> Bool {
        brokenRules(facts).isEmpty
    }
}

extension Lifecycle {
    /// The conditions a device must meet to go to `stage`, in the order a refusal lists them.
    public static func conditions(for stage: Stage) -> [LifecycleCondition] {
        var conditions: [LifecycleCondition] = []
        if requiresDiagnosticReport(stage) { conditions.append(.diagnosticReport) }
        if stage == .ready { conditions += [.grade, .price] }
        if requiresErasedStorage(stage) { conditions.append(.erasedStorage) }
        if stage == .ready { conditions.append(.testChecklist) }
        return conditions
    }

    /// The stage a device usually goes to next on its way to the shop (received, diagnosed, wiped, ready,
    /// sold), or nil where the usual way ends (sold, or out of the sale: for parts, recycled, donated).
    /// A device in repair goes on to be wiped. Other moves stay possible; this is only the one to offer first.
    public static func usualNext(from stage: Stage) -> Stage? {
        switch stage {
        case .received: .diagnosed
        case .diagnosed, .inRepair: .wiped
        case .wiped: .ready
        case .ready: .sold
        case .sold, .forParts, .recycled, .donated: nil
        }
    }
}
