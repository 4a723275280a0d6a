import Testing
@testable import RefurbCore

/// A USB stick or card reader the probe found is not one of the device's drives (issue 13, item 5): it never
/// holds `wiped` or `ready` back, whether the report set it apart or, in a report recorded before that, a
/// person said what became of it.
@Suite("Removable media and the erasure rule")
struct RemovableMediaRuleTests {
    let lot = LotCode(year: 2026, number: 1)

    @Test("a stick the report set apart never blocks wiped or ready, decided or not")
    func setApartByTheReport() {
        let history: [Change] = [
            .received(lot: lot, category: .laptop, serial: "S1"),
            .diagnosticRecorded(storage: ["D1"]),
            .removableMediaFound(storage: ["STICK1"]),
            .moved(from: .received, to: .diagnosed, reason: nil),
            .erasureRecorded(storage: "D1", passed: true, certificate: "c1"),
            .graded(.b), .priced(Money(cents: 9_900)),
        ]
        let facts = EventReplay.facts(after: history)
        #expect(facts.erasure.storageFound == ["D1"])
        #expect(facts.erasure.removableMedia == ["STICK1"])
        #expect(facts.erasure.removableUndecided == ["STICK1"])
        #expect(facts.erasure.isCleared)
        #expect(Lifecycle.brokenRules(from: .diagnosed, to: .wiped, facts: facts).isEmpty)
        // `ready` asks other things too (the tests' checklist): none of its broken rules is about storage.
        #expect(Lifecycle.erasureRules(facts.erasure).isEmpty)
        #expect(!Lifecycle.brokenRules(from: .wiped, to: .ready, facts: facts).contains { rule in
            if case .storageNotErased = rule { return true }
            return rule == .noStorageNotConfirmed
        })

        let decided = EventReplay.facts(after: history + [.removableMediaSet(storage: "STICK1", disposition: .workshopStick, reason: "banc 2")])
        #expect(decided.erasure.removableUndecided.isEmpty)
        #expect(decided.erasure.removableDispositions == ["STICK1": .workshopStick])
    }

    @Test("a stick an older report listed as a drive stops counting once a person says what it is")
    func setApartByAPerson() {
        let before: [Change] = [
            .diagnosticRecorded(storage: ["D1", "STICK1"]),
            .erasureRecorded(storage: "D1", passed: true, certificate: "c1"),
        ]
        #expect(Lifecycle.brokenRules(from: .diagnosed, to: .wiped, facts: EventReplay.facts(after: before))
            == [.storageNotErased(["STICK1"])])
        let after = EventReplay.facts(after: before + [
            .removableMediaSet(storage: "STICK1", disposition: .returnedOrRemoved, reason: "rendue au donateur"),
        ])
        #expect(after.erasure.storageFound == ["D1"])
        #expect(after.erasure.removableMedia == ["STICK1"])
        #expect(Lifecycle.brokenRules(from: .diagnosed, to: .wiped, facts: after).isEmpty)
        // A later report listing it again still reads it as the medium it was said to be.
        let again = EventReplay.facts(after: before + [
            .removableMediaSet(storage: "STICK1", disposition: .returnedOrRemoved, reason: "rendue"),
            .diagnosticRecorded(storage: ["D1", "STICK1"]),
        ])
        #expect(again.erasure.storageFound == ["D1"])
    }

    @Test("a device where the probe found only a stick still needs a person to confirm it has no drive")
    func onlyAStick() {
        let found: [Change] = [.diagnosticRecorded(storage: []), .removableMediaFound(storage: ["STICK1"])]
        #expect(Lifecycle.brokenRules(from: .diagnosed, to: .wiped, facts: EventReplay.facts(after: found)) == [.noStorageNotConfirmed])
        let confirmed = EventReplay.facts(after: found + [.noStorageConfirmed(note: nil)])
        #expect(Lifecycle.brokenRules(from: .diagnosed, to: .wiped, facts: confirmed).isEmpty)
    }

    @Test("the next report's media replace the last one's")
    func nextReportReplaces() {
        let facts = EventReplay.facts(after: [
            .diagnosticRecorded(storage: ["D1"]), .removableMediaFound(storage: ["STICK1"]),
            .diagnosticRecorded(storage: ["D1"]),
        ])
        #expect(facts.erasure.removableMedia.isEmpty)
    }

    @Test("the history says it in words, with the choice in the screen's words")
    func summary() {
        let set = Change.removableMediaSet(storage: "STICK1", disposition: .workshopStick, reason: "banc 2")
        #expect(set.summary(in: .fr) == "Support amovible STICK1 : clé de l'atelier (banc 2)")
        #expect(set.kind == "removable-media-set")
        #expect(Change.removableMediaFound(storage: ["STICK1"]).summary(in: .en)
            == "Removable medium plugged in, not part of the device: STICK1")
    }
}
