import Foundation
import RefurbCore

/// The test checklist on the bench page: each test of the device's checklist as a radio group (works,
/// fails, not applicable) with a note, the report's suggestion chosen in advance for what the probe
/// measured (marked as such: the person confirms it by saving), and who answered each test when.
/// `bench-tests.js` lets a person answer by keys alone: 1, 2, 3 (or o, p, s / y, f, n) answer the test and
/// go to the next one.
struct BenchTestsView {
    let values: [String: Any]

    init(_ tests: DeviceTests, fields: [String: String]?, words: BenchWords) {
        let language = words.language
        var values: [String: Any] = [
            "checklistVersion": tests.checklist.version,
            "intro": words("ui.bench.tests.intro", words("category." + tests.checklist.category.rawValue),
                           String(tests.checklist.version), String(tests.checklist.items.count),
                           String(tests.checklist.items.filter(\.mandatory).count)),
            "pdfPath": "/api/devices/\(tests.device.assetTag.text)/tests/pdf",
        ]
        if let record = tests.record {
            let broken = LifecycleCondition.testChecklist.brokenRules(LifecycleFacts(tests: record))
                .map { $0.message(in: language, catalog: UIMessages.catalog) }
            values["state"] = broken.isEmpty
                ? ["tone": "good", "text": words("ui.bench.tests.complete")] as [String: Any]
                : ["tone": "warn", "text": broken.joined(separator: " ")] as [String: Any]
            if record.checklistVersion != tests.checklist.version {
                values["olderVersion"] = words("ui.bench.tests.olderVersion", String(record.checklistVersion), String(tests.checklist.version))
            }
        }
        values["items"] = tests.checklist.items.enumerated().map { index, item -> [String: Any] in
            let (entry, answer, suggested) = tests.shown(item)
            // A form sent back after a refusal shows what the person chose, not what was stored.
            let outcome = fields.map { $0["outcome.\(item.key)"].flatMap(ChecklistOutcome.init(rawValue:)) } ?? entry.outcome
            let note = fields.map { $0["note.\(item.key)"] ?? "" } ?? entry.note ?? ""
            var values: [String: Any] = [
                "key": item.key, "index": index + 1,
                "name": item.name(in: language, catalog: UIMessages.catalog),
                "mandatory": item.mandatory, "note": note,
                "outcomes": ChecklistOutcome.allCases.enumerated().map { position, choice -> [String: Any] in
                    ["value": choice.rawValue, "label": words.text(choice.label), "checked": outcome == choice,
                     "shortcut": String(position + 1), "tone": Self.tone(choice)]
                },
            ]
            if let help = item.help(in: language) { values["help"] = help }
            if suggested, fields == nil { values["suggested"] = words("ui.bench.tests.suggested") }
            if let answer, let by = answer.testedBy, let at = answer.testedAt {
                values["answered"] = words(answer.fromReport ? "ui.bench.tests.confirmedBy" : "ui.bench.tests.answeredBy",
                                           by, WorkshopClock.display(at, in: language))
            }
            if outcome == .fail { values["failed"] = true }
            return values
        }
        self.values = values
    }

    private static func tone(_ outcome: ChecklistOutcome) -> String {
        switch outcome {
        case .pass: "good"
        case .fail: "bad"
        case .notApplicable: "muted"
        }
    }

    /// What the form sent, as the store takes it: every test of the checklist, answered or not.
    static func entries(_ form: FormFields, checklist: TestChecklist) -> [String: TestRecord.Entry] {
        var entries: [String: TestRecord.Entry] = [:]
        for item in checklist.items {
            let outcome = form["outcome.\(item.key)"].flatMap(ChecklistOutcome.init(rawValue:))
            entries[item.key] = TestRecord.Entry(outcome: outcome, note: form["note.\(item.key)"])
        }
        return entries
    }
}
