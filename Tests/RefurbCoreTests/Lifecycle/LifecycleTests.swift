import Testing
@testable import RefurbCore

@Suite("Lifecycle rules")
struct LifecycleTests {
    /// Everything a device can have: a report with one erased drive, a grade, a price and its tests passed.
    static let complete = LifecycleFacts(
        hasDiagnosticReport: true,
        erasure: ErasureEvidence(storageFound: ["WD123"], erased: ["WD123"]),
        grade: .b, price: Money(cents: 12_000), tests: PassedTests.record())

    static let allPairs: [(Stage, Stage)] = Stage.allCases.flatMap { from in Stage.allCases.map { (from, $0) } }

    @Test("every move outside the lifecycle graph is refused and names the rule", arguments: allPairs)
    func forbiddenMovesAreRefused(from: Stage, to: Stage) {
        guard !StageGraph.allows(from: from, to: to) else { return }
        let broken = Lifecycle.brokenRules(from: from, to: to, facts: Self.complete)
        #expect(broken.count == 1)
        let rule = broken[0]
        if from == to {
            #expect(rule == .alreadyThere(to))
        } else if to == .sold || to == .donated {
            #expect(rule == .mustBeReadyFirst(to: to))
        } else {
            #expect(rule == .moveNotAllowed(from: from, to: to))
        }
        for language in Language.allCases {
            #expect(!rule.message(in: language).contains("rule."), "untranslated rule \(rule)")
        }
    }

    @Test("every move in the graph is allowed once the device has what it needs", arguments: allPairs)
    func allowedMovesPass(from: Stage, to: Stage) {
        guard StageGraph.allows(from: from, to: to) else { return }
        #expect(Lifecycle.brokenRules(from: from, to: to, facts: Self.complete).isEmpty)
    }

    @Test("ready needs a report, a grade, a price, erased storage and the tests, and says which are missing")
    func readyNamesWhatIsMissing() {
        let broken = Lifecycle.brokenRules(
            from: .wiped, to: .ready,
            facts: LifecycleFacts(hasDiagnosticReport: false, erasure: ErasureEvidence(storageFound: ["A", "B"], erased: ["A"])))
        #expect(broken == [.needsDiagnosticReport, .needsGrade, .needsPrice, .storageNotErased(["B"]), .needsTestChecklist])
        let french = LifecycleRefusal(from: .wiped, to: .ready, rules: broken).message(in: .fr)
        #expect(french.contains("B"))
        #expect(french.contains("refurb wipe"))
    }

    @Test("a drive destroyed and recorded counts as cleared")
    func destroyedDriveClears() {
        var facts = Self.complete
        facts.erasure = ErasureEvidence(storageFound: ["A", "B"], erased: ["A"], destroyed: ["B"])
        #expect(Lifecycle.brokenRules(from: .wiped, to: .ready, facts: facts).isEmpty)
    }

    @Test("a report without storage clears nothing until a person confirms there is none")
    func noStorageNeedsConfirmation() {
        var facts = Self.complete
        facts.erasure = ErasureEvidence()
        #expect(Lifecycle.brokenRules(from: .wiped, to: .ready, facts: facts) == [.noStorageNotConfirmed])
        facts.erasure.noStorageConfirmed = true
        #expect(Lifecycle.brokenRules(from: .wiped, to: .ready, facts: facts).isEmpty)
    }

    @Test("no device leaves the workshop with unerased storage, even to recycling")
    func leavingNeedsErasure() {
        let unerased = LifecycleFacts(hasDiagnosticReport: true, erasure: ErasureEvidence(storageFound: ["A"]),
                                      grade: .a, price: Money(cents: 100))
        #expect(Lifecycle.brokenRules(from: .ready, to: .sold, facts: unerased) == [.storageNotErased(["A"])])
        #expect(Lifecycle.brokenRules(from: .received, to: .recycled, facts: LifecycleFacts()) == [.noStorageNotConfirmed])
        #expect(Lifecycle.brokenRules(from: .received, to: .forParts, facts: LifecycleFacts()).isEmpty)
    }

    @Test("sold and donated need ready")
    func saleNeedsReady() {
        for from in Stage.allCases where from != .ready {
            #expect(Lifecycle.brokenRules(from: from, to: .sold, facts: Self.complete).first.map {
                $0 == .mustBeReadyFirst(to: .sold) || $0 == .alreadyThere(.sold)
            } == true)
        }
    }

    @Test func possibleMovesFollowTheFacts() {
        #expect(Lifecycle.possibleMoves(from: .received, facts: LifecycleFacts()) == [.forParts])
        #expect(Lifecycle.possibleMoves(from: .wiped, facts: Self.complete).contains(.ready))
    }
}
