import RefurbCore
import Testing

/// The conditions a stage asks are the rules a move breaks: the checklist a page shows and the refusal a
/// move gets come from the same place and cannot disagree.
@Suite("Lifecycle conditions")
struct LifecycleConditionTests {
    static let unerased = LifecycleFacts(hasDiagnosticReport: true, erasure: ErasureEvidence(storageFound: ["S1", "S2"], erased: ["S1"]))

    @Test("every move in the graph breaks exactly the rules of its stage's unmet conditions", arguments: Stage.allCases)
    func sameAsTheRules(from: Stage) {
        let facts = [LifecycleFacts(), Self.unerased,
                     LifecycleFacts(hasDiagnosticReport: true, erasure: ErasureEvidence(storageFound: ["S1"], erased: ["S1"]),
                                    grade: .b, price: Money(cents: 12900))]
        for known in facts {
            for to in StageGraph.nextStages(from: from) {
                let fromConditions = Lifecycle.conditions(for: to).flatMap { $0.brokenRules(known) }
                #expect(Lifecycle.brokenRules(from: from, to: to, facts: known) == fromConditions, "\(from) → \(to)")
            }
        }
    }

    @Test("ready asks a report, a grade, a price, erased storage and the tests; each is met or not")
    func ready() {
        #expect(Lifecycle.conditions(for: .ready) == [.diagnosticReport, .grade, .price, .erasedStorage, .testChecklist])
        #expect(!LifecycleCondition.testChecklist.isMet(by: Self.unerased))
        #expect(Lifecycle.conditions(for: .diagnosed) == [.diagnosticReport])
        #expect(Lifecycle.conditions(for: .inRepair).isEmpty)
        #expect(Lifecycle.conditions(for: .sold) == [.erasedStorage])
        #expect(LifecycleCondition.diagnosticReport.isMet(by: Self.unerased))
        #expect(!LifecycleCondition.erasedStorage.isMet(by: Self.unerased))
        #expect(LifecycleCondition.erasedStorage.brokenRules(Self.unerased) == [.storageNotErased(["S2"])])
        #expect(!LifecycleCondition.grade.isMet(by: Self.unerased))
    }

    @Test("the usual way to the shop: received, diagnosed, wiped, ready, sold; a repair goes on to be wiped; exits end it")
    func usualNext() {
        #expect(Lifecycle.usualNext(from: .received) == .diagnosed)
        #expect(Lifecycle.usualNext(from: .diagnosed) == .wiped)
        #expect(Lifecycle.usualNext(from: .inRepair) == .wiped)
        #expect(Lifecycle.usualNext(from: .wiped) == .ready)
        #expect(Lifecycle.usualNext(from: .ready) == .sold)
        for stage in [Stage.sold, .forParts, .recycled, .donated] { #expect(Lifecycle.usualNext(from: stage) == nil) }
        for stage in Stage.allCases {
            if let next = Lifecycle.usualNext(from: stage) { #expect(StageGraph.allows(from: stage, to: next), "\(stage) → \(next)") }
        }
    }
}
