import struct Foundation.Date
import Testing
@testable import RefurbCore

/// `ready` asks a complete checklist (every test answered) with no mandatory test failed, and the refusal
/// names the tests.
@Suite("Test checklists: completeness and the ready rule")
struct ChecklistCompletenessTests {
    static let laptop = DefaultChecklists.checklist(for: .laptop)
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func entries(_ outcome: ChecklistOutcome?, except changes: [String: ChecklistOutcome?] = [:]) -> [String: TestRecord.Entry] {
        Dictionary(uniqueKeysWithValues: laptop.items.map { item in
            (item.key, TestRecord.Entry(outcome: changes[item.key] ?? outcome))
        })
    }

    @Test("no record: ready names the missing checklist and the décret")
    func noRecord() {
        #expect(Lifecycle.testRules(nil) == [.needsTestChecklist])
        let text = LifecycleRule.needsTestChecklist.message(in: .fr)
        #expect(text.contains("Décret 2022-190"))
    }

    @Test("every test answered and nothing mandatory failed allows ready; a non-mandatory failure is only noted")
    func complete() throws {
        let record = try TestRecord.recording(Self.entries(.pass, except: ["webcam": .fail, "card-reader": .notApplicable]),
                                              checklist: Self.laptop, previous: nil, by: "camille", at: Self.start)
        #expect(record.unanswered.isEmpty)
        #expect(record.failedMandatory.isEmpty)
        #expect(record.allowsSale)
        #expect(Lifecycle.testRules(record).isEmpty)
        #expect(record.answers.allSatisfy { $0.testedBy == "camille" && $0.testedAt == Self.start })
        #expect(record.checklistVersion == 1)
    }

    @Test("tests not answered are named, in the reader's language, with their count")
    func unanswered() throws {
        var entries = Self.entries(.pass)
        entries["keyboard"] = TestRecord.Entry(outcome: nil)
        entries.removeValue(forKey: "wifi")
        let record = try TestRecord.recording(entries, checklist: Self.laptop, previous: nil, by: "camille", at: Self.start)
        #expect(Lifecycle.testRules(record) == [.testsNotDone(["keyboard", "wifi"])])
        #expect(LifecycleRule.testsNotDone(["keyboard", "wifi"]).message(in: .fr) == "Tests à faire (2) : Clavier, Wi-Fi.")
        #expect(LifecycleRule.testsNotDone(["keyboard", "wifi"]).message(in: .en) == "Tests still to do (2): Keyboard, Wi-Fi.")
    }

    @Test("a failed mandatory test refuses ready and is named; an added test is named in the admin's words")
    func mandatoryFailed() throws {
        var checklist = Self.laptop
        checklist.items.append(ChecklistItem(key: "custom-1", label: "Lecteur d'empreintes", mandatory: true))
        var entries = Self.entries(.pass, except: ["battery": .fail])
        entries["custom-1"] = TestRecord.Entry(outcome: .fail)
        let record = try TestRecord.recording(entries, checklist: checklist, previous: nil, by: "camille", at: Self.start)
        let rules = Lifecycle.testRules(record)
        #expect(rules == [.mandatoryTestsFailed(["battery", "Lecteur d'empreintes"])])
        let text = rules[0].message(in: .fr)
        #expect(text.contains("Batterie (seuil de santé), Lecteur d'empreintes"))
        let facts = LifecycleFacts(hasDiagnosticReport: true, erasure: ErasureEvidence(storageFound: ["A"], erased: ["A"]),
                                   grade: .b, price: Money(cents: 100), tests: record)
        #expect(Lifecycle.brokenRules(from: .wiped, to: .ready, facts: facts) == rules)
    }

    @Test("a second pass keeps who answered an unchanged test and when; a changed one is the new person's")
    func secondPass() throws {
        let first = try TestRecord.recording(Self.entries(.pass, except: ["screen": .fail]), checklist: Self.laptop, previous: nil,
                                             by: "camille", at: Self.start)
        let later = Self.start.addingTimeInterval(3600)
        let second = try TestRecord.recording(Self.entries(.pass), checklist: Self.laptop, previous: first, by: "sami", at: later)
        let screen = try #require(second.answers.first { $0.item.key == "screen" })
        #expect(screen.outcome == .pass && screen.testedBy == "sami" && screen.testedAt == later)
        let keyboard = try #require(second.answers.first { $0.item.key == "keyboard" })
        #expect(keyboard.testedBy == "camille" && keyboard.testedAt == Self.start)
        // Left out of the form: kept as it was.
        let partial = try TestRecord.recording(["wifi": TestRecord.Entry(outcome: .fail)], checklist: Self.laptop, previous: second,
                                               by: "lea", at: later)
        #expect(partial.answers.first { $0.item.key == "keyboard" }?.testedBy == "camille")
        #expect(partial.answers.first { $0.item.key == "wifi" }?.testedBy == "lea")
        #expect(Lifecycle.testRules(partial) == [.mandatoryTestsFailed(["wifi"])])
    }

    @Test("a note too long or with control characters is refused, naming the test")
    func badNote() {
        #expect(throws: ChecklistRecordError.noteMalformed("keyboard", TestRecord.noteLimit)) {
            try TestRecord.recording(["keyboard": TestRecord.Entry(outcome: .pass, note: String(repeating: "x", count: 301))],
                                     checklist: Self.laptop, previous: nil, by: "camille", at: Self.start)
        }
        let message = ChecklistRecordError.noteMalformed("keyboard", 300).message.text(in: .fr)
        #expect(message.contains("« Clavier »"))
    }

    @Test("a device sold and brought back is tested anew")
    func returnResetsTests() {
        let record = PassedTests.record()
        let history: [Change] = [.checklistRecorded(record), .moved(from: .ready, to: .sold, reason: nil)]
        #expect(EventReplay.facts(after: history).tests == record)
        #expect(EventReplay.facts(after: history + [.moved(from: .sold, to: .received, reason: nil)]).tests == nil)
    }

    @Test("an admin's checklist: standard tests, added ones with words, no duplicates, a threshold in range")
    func editing() throws {
        let edited = try TestChecklist.edited(category: .tablet, items: [
            ChecklistItem(key: "screen", label: "ignored", mandatory: true),
            ChecklistItem(key: "custom-1", label: "  Stylet  ", mandatory: false),
        ], batteryThresholdPercent: 75)
        #expect(edited.items.map(\.label) == [nil, "Stylet"])
        #expect(throws: ChecklistEditError.noItems) { try TestChecklist.edited(category: .tablet, items: [], batteryThresholdPercent: 70) }
        #expect(throws: ChecklistEditError.thresholdOutOfRange) {
            try TestChecklist.edited(category: .tablet, items: [ChecklistItem(key: "screen", mandatory: true)], batteryThresholdPercent: 0)
        }
        #expect(throws: ChecklistEditError.duplicateItem("screen")) {
            try TestChecklist.edited(category: .tablet, items: [ChecklistItem(key: "screen", mandatory: true),
                                                                ChecklistItem(key: "screen", mandatory: false)], batteryThresholdPercent: 70)
        }
        #expect(throws: ChecklistEditError.unknownItem("toaster")) {
            try TestChecklist.edited(category: .tablet, items: [ChecklistItem(key: "toaster", mandatory: true)], batteryThresholdPercent: 70)
        }
        #expect(throws: ChecklistEditError.labelMissing("custom-2")) {
            try TestChecklist.edited(category: .tablet, items: [ChecklistItem(key: "custom-2", label: " ", mandatory: true)], batteryThresholdPercent: 70)
        }
    }

    @Test("every category has a checklist whose tests all have words and help in both languages")
    func defaultsHaveWords() {
        for checklist in DefaultChecklists.all {
            #expect(!checklist.items.isEmpty)
            #expect(checklist.items.contains { $0.mandatory }, "\(checklist.category)")
            for item in checklist.items {
                for language in Language.allCases {
                    #expect(!item.name(in: language).hasPrefix("checklist."), "\(item.key)")
                    #expect(!(item.help(in: language) ?? "").hasPrefix("checklist."), "\(item.key)")
                }
            }
        }
        #expect(DefaultChecklists.checklist(for: .laptop).items.map(\.key).starts(with: ["keyboard", "touchpad", "usb-ports", "screen"]))
    }
}
