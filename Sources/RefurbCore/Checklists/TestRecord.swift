import struct FoundationEssentials.Date

/// One test as recorded: the item as the checklist had it, what was found, a note, and who found it
/// when. `fromReport` says the answer was the one the hardware report suggested, confirmed by the person.
public struct ChecklistAnswer: Hashable, Codable, Sendable {
    public var item: ChecklistItem
    public var outcome: ChecklistOutcome?
    public var note: String?
    public var fromReport: Bool
    public var testedBy: String?
    public var testedAt: Date?

    public init(item: ChecklistItem, outcome: ChecklistOutcome? = nil, note: String? = nil, fromReport: Bool = false,
                testedBy: String? = nil, testedAt: Date? = nil) {
        self.item = item
        self.outcome = outcome
        self.note = note
        self.fromReport = fromReport
        self.testedBy = testedBy
        self.testedAt = testedAt
    }
}

/// A device's test record: every test of the checklist it was tested with (category and version), each
/// answered or not yet. It is kept in the device's history; the latest one counts.
public struct TestRecord: Hashable, Codable, Sendable {
    public var category: DeviceCategory
    public var checklistVersion: Int
    public var batteryThresholdPercent: Int
    public var answers: [ChecklistAnswer]

    public init(category: DeviceCategory, checklistVersion: Int, batteryThresholdPercent: Int, answers: [ChecklistAnswer]) {
        self.category = category
        self.checklistVersion = checklistVersion
        self.batteryThresholdPercent = batteryThresholdPercent
        self.answers = answers
    }

    public static let noteLimit = 300

    /// What a person sent for one test (the form's radio group and note).
    public struct Entry: Hashable, Sendable {
        public var outcome: ChecklistOutcome?
        public var note: String?

        public init(outcome: ChecklistOutcome?, note: String? = nil) {
            self.outcome = outcome
            self.note = note
        }
    }

    /// The record after a person went through `checklist`: each test answered here is theirs, now; one they
    /// left as it was keeps who answered it and when (a test of the same name in the previous record, even
    /// of an older version, is the same test). `prefill` is what the report suggested: an answer equal to it
    /// (outcome and note) is marked as confirmed from the report. Keys not in the checklist are ignored.
    public static func recording(_ entries: [String: Entry], checklist: TestChecklist, previous: TestRecord?,
                                 prefill: [String: Entry] = [:], by user: String, at date: Date) throws(ChecklistRecordError) -> TestRecord {
        var answers: [ChecklistAnswer] = []
        for item in checklist.items {
            let before = previous?.answers.first { $0.item.key == item.key }
            guard let entry = entries[item.key] else {
                answers.append(before.map { var kept = $0; kept.item = item; return kept } ?? ChecklistAnswer(item: item))
                continue
            }
            let note = cleanedText(entry.note)
            if let note {
                guard note.count <= noteLimit, !note.containsControlCharacters else {
                    throw .noteMalformed(item.reference, noteLimit)
                }
            }
            if let before, before.outcome == entry.outcome, before.note == note {
                var kept = before
                kept.item = item
                answers.append(kept)
                continue
            }
            guard entry.outcome != nil || note != nil else {
                answers.append(ChecklistAnswer(item: item))
                continue
            }
            let suggested = prefill[item.key]
            // Confirmed from the report only when taken as it was suggested: the same answer and the same note.
            let fromReport = suggested.map { $0.outcome == entry.outcome && $0.outcome != nil && cleanedText($0.note) == note } ?? false
            answers.append(ChecklistAnswer(item: item, outcome: entry.outcome, note: note, fromReport: fromReport,
                                           testedBy: user, testedAt: date))
        }
        return TestRecord(category: checklist.category, checklistVersion: checklist.version,
                          batteryThresholdPercent: checklist.batteryThresholdPercent, answers: answers)
    }

    /// Tests not answered yet (pass, fail or not applicable).
    public var unanswered: [ChecklistItem] { answers.filter { $0.outcome == nil }.map(\.item) }

    /// Mandatory tests that failed: each keeps the device from the shop until repaired and tested again.
    public var failedMandatory: [ChecklistItem] { answers.filter { $0.item.mandatory && $0.outcome == .fail }.map(\.item) }

    /// Every test answered and no mandatory one failed.
    public var allowsSale: Bool { unanswered.isEmpty && failedMandatory.isEmpty }
}

public enum ChecklistRecordError: Error, Hashable, Sendable {
    /// The test (`ChecklistItem.reference`) and the note's length limit.
    case noteMalformed(String, Int)

    public var message: Message {
        switch self {
        case .noteMalformed(let item, let limit): Message("checklist.record.noteMalformed", item, String(limit))
        }
    }
}
