/// The rules for moving a device from one stage to another (docs/architecture.md). Pure: it decides, the store
/// records.
public enum Lifecycle {
    /// Every rule the move would break; an empty list means the move is allowed.
    public static func brokenRules(from: Stage, to: Stage, facts: LifecycleFacts) -> [LifecycleRule] {
        if from == to { return [.alreadyThere(to)] }
        guard StageGraph.allows(from: from, to: to) else {
            if to == .sold || to == .donated { return [.mustBeReadyFirst(to: to)] }
            return [.moveNotAllowed(from: from, to: to)]
        }
        return conditions(for: to).flatMap { $0.brokenRules(facts) }
    }

    /// Every stage the device may move to now, given what is known about it.
    public static func possibleMoves(from: Stage, facts: LifecycleFacts) -> [Stage] {
        StageGraph.nextStages(from: from).filter { brokenRules(from: from, to: $0, facts: facts).isEmpty }
    }

    static func requiresDiagnosticReport(_ stage: Stage) -> Bool {
        stage == .diagnosed || stage == .wiped || stage == .ready
    }

    /// A device is wiped, ready, or leaving the workshop only with nothing left to leak.
    static func requiresErasedStorage(_ stage: Stage) -> Bool {
        stage == .wiped || stage == .ready || stage.hasLeftWorkshop
    }

    /// A complete checklist (every test answered) with no mandatory test failed; the refusal names the tests.
    static func testRules(_ record: TestRecord?) -> [LifecycleRule] {
        guard let record else { return [.needsTestChecklist] }
        var rules: [LifecycleRule] = []
        if !record.unanswered.isEmpty { rules.append(.testsNotDone(record.unanswered.map(\.reference))) }
        if !record.failedMandatory.isEmpty { rules.append(.mandatoryTestsFailed(record.failedMandatory.map(\.reference))) }
        return rules
    }

    static func erasureRules(_ evidence: ErasureEvidence) -> [LifecycleRule] {
        if !evidence.unerased.isEmpty { return [.storageNotErased(evidence.unerased)] }
        if !evidence.isCleared { return [.noStorageNotConfirmed] }
        return []
    }
}
