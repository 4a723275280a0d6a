import Testing
@testable import RefurbCore

@Suite("Replaying history")
struct EventReplayTests {
    @Test("the stage and the facts follow the history")
    func replay() {
        let lot = LotCode(year: 2026, number: 1)
        let history: [Change] = [
            .received(lot: lot, category: .laptop, serial: "S1"),
            .diagnosticRecorded(storage: ["D1", "D2"]),
            .moved(from: .received, to: .diagnosed, reason: nil),
            .erasureRecorded(storage: "D1", passed: true, certificate: "c1"),
            .storageDestroyed(storage: "D2", note: nil),
            .graded(.a), .priced(Money(cents: 9_900)),
        ]
        #expect(EventReplay.stage(after: history) == .diagnosed)
        let facts = EventReplay.facts(after: history)
        #expect(facts.hasDiagnosticReport)
        #expect(facts.erasure.isCleared)
        #expect(facts.grade == .a)
        #expect(facts.price == Money(cents: 9_900))
    }

    @Test("a later failed erasure withdraws an earlier pass")
    func failedErasureWithdraws() {
        let facts = EventReplay.facts(after: [
            .diagnosticRecorded(storage: ["D1"]),
            .erasureRecorded(storage: "D1", passed: true, certificate: nil),
            .erasureRecorded(storage: "D1", passed: false, certificate: nil),
        ])
        #expect(facts.erasure.unerased == ["D1"])
    }
}
