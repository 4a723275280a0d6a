import Testing
@testable import RefurbCore

/// The tests the probe measured come with an answer to confirm: the battery against the checklist's
/// threshold, the SMART verdict, the memory, the drives. A measure not read suggests no answer.
@Suite("Test checklists: answers suggested by the hardware report")
struct ChecklistPrefillTests {
    static let laptop = DefaultChecklists.checklist(for: .laptop)

    static let measured = ProbeMeasurements(
        batteryHealthPercents: [82.4], memoryBytes: 8 * 1 << 30,
        drives: [ProbeMeasurements.Drive(name: "nvme0n1", sizeBytes: 256_060_514_304, smartPassed: true)])

    @Test("a healthy laptop: battery, SMART, memory and drives pass, each with what was measured")
    func healthy() {
        let entries = ChecklistPrefill.entries(for: Self.laptop, measured: Self.measured, in: .fr)
        #expect(Set(entries.keys) == ["battery", "storage-health", "memory", "disks"])
        #expect(entries.values.allSatisfy { $0.outcome == .pass })
        #expect(entries["battery"]?.note == "Santé mesurée : 82\u{00A0}% (seuil 70\u{00A0}%)")
        #expect(entries["memory"]?.note == "8\u{00A0}Go relevés par le diagnostic")
        #expect(entries["disks"]?.note?.contains("nvme0n1 256\u{00A0}Go") == true)
        #expect(ChecklistPrefill.entries(for: Self.laptop, measured: Self.measured, in: .en)["battery"]?.note == "Measured health: 82% (threshold 70%)")
    }

    @Test("a battery under the threshold fails; the threshold is the checklist's")
    func wornBattery() {
        var measured = Self.measured
        measured.batteryHealthPercents = [64]
        #expect(ChecklistPrefill.entries(for: Self.laptop, measured: measured, in: .fr)["battery"]?.outcome == .fail)
        var lenient = Self.laptop
        lenient.batteryThresholdPercent = 60
        #expect(ChecklistPrefill.entries(for: lenient, measured: measured, in: .fr)["battery"]?.outcome == .pass)
        // Two batteries: the worse one decides.
        measured.batteryHealthPercents = [95, 64]
        #expect(ChecklistPrefill.entries(for: Self.laptop, measured: measured, in: .fr)["battery"]?.outcome == .fail)
    }

    @Test("what was not read suggests no answer, only a note to check")
    func unread() {
        let measured = ProbeMeasurements(batteryHealthPercents: [nil], memoryBytes: nil,
                                         drives: [ProbeMeasurements.Drive(name: "sda", sizeBytes: 1, smartPassed: nil)])
        let entries = ChecklistPrefill.entries(for: Self.laptop, measured: measured, in: .fr)
        #expect(entries["battery"]?.outcome == nil)
        #expect(entries["battery"]?.note?.contains("à vérifier") == true)
        #expect(entries["storage-health"]?.outcome == nil)
        #expect(entries["memory"] == nil)
        let none = ChecklistPrefill.entries(for: Self.laptop, measured: ProbeMeasurements(), in: .fr)
        #expect(none["battery"] == TestRecord.Entry(outcome: nil, note: "Aucune batterie trouvée par le diagnostic"))
        #expect(none["disks"]?.outcome == nil)
    }

    @Test("a failing SMART verdict fails the drives' health and names the drive")
    func smartFailed() {
        var measured = Self.measured
        measured.drives.append(ProbeMeasurements.Drive(name: "sda", sizeBytes: 500_000_000_000, smartPassed: false))
        let entry = ChecklistPrefill.entries(for: Self.laptop, measured: measured, in: .fr)["storage-health"]
        #expect(entry == TestRecord.Entry(outcome: .fail, note: "SMART en échec : sda"))
    }

    @Test("a suggestion confirmed as it was is marked as from the report; a changed one is not")
    func confirmed() throws {
        let prefill = ChecklistPrefill.entries(for: Self.laptop, measured: Self.measured, in: .fr)
        var entries = prefill
        entries["keyboard"] = TestRecord.Entry(outcome: .pass)
        entries["memory"] = TestRecord.Entry(outcome: .fail, note: "une barrette HS")
        let record = try TestRecord.recording(entries, checklist: Self.laptop, previous: nil, prefill: prefill, by: "camille", at: .init(timeIntervalSince1970: 0))
        #expect(record.answers.first { $0.item.key == "battery" }?.fromReport == true)
        #expect(record.answers.first { $0.item.key == "memory" }?.fromReport == false)
        #expect(record.answers.first { $0.item.key == "keyboard" }?.fromReport == false)
    }
}
