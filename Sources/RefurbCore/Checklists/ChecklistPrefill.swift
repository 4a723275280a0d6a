/// The answers the hardware report suggests for the tests the probe already measured (battery against the
/// checklist's threshold, SMART verdict, memory, drives), with a note saying what was measured. The
/// technician confirms them; nothing is recorded until they do. A measure that could not be read suggests
/// no answer, only the note.
public enum ChecklistPrefill {
    public static func entries(for checklist: TestChecklist, measured: ProbeMeasurements,
                               in language: Language) -> [String: TestRecord.Entry] {
        var entries: [String: TestRecord.Entry] = [:]
        for item in checklist.items {
            if let entry = entry(item.key, threshold: checklist.batteryThresholdPercent, measured: measured, language: language) {
                entries[item.key] = entry
            }
        }
        return entries
    }

    static func entry(_ key: String, threshold: Int, measured: ProbeMeasurements, language: Language) -> TestRecord.Entry? {
        func text(_ key: String, _ arguments: String...) -> String {
            Message(key: key, arguments: arguments).text(in: language, catalog: .core)
        }
        switch key {
        case "battery":
            guard !measured.batteryHealthPercents.isEmpty else {
                return TestRecord.Entry(outcome: nil, note: text("checklist.prefill.noBattery"))
            }
            let read = measured.batteryHealthPercents.compactMap { $0 }
            let shown = read.map { QuantityFormat.decimal($0, fractionDigits: 0, language: language) + (language == .fr ? "\u{00A0}%" : "%") }
                .joined(separator: ", ")
            guard read.count == measured.batteryHealthPercents.count else {
                return TestRecord.Entry(outcome: nil, note: text("checklist.prefill.batteryUnread", shown.isEmpty ? "—" : shown, String(threshold)))
            }
            let passed = read.allSatisfy { $0 >= Double(threshold) }
            return TestRecord.Entry(outcome: passed ? .pass : .fail, note: text("checklist.prefill.battery", shown, String(threshold)))
        case "storage-health":
            guard !measured.drives.isEmpty else { return TestRecord.Entry(outcome: nil, note: text("checklist.prefill.noDrive")) }
            let failed = measured.drives.filter { $0.smartPassed == false }.map(\.name)
            let unread = measured.drives.filter { $0.smartPassed == nil }.map(\.name)
            if !failed.isEmpty { return TestRecord.Entry(outcome: .fail, note: text("checklist.prefill.smartFailed", failed.joined(separator: ", "))) }
            if !unread.isEmpty { return TestRecord.Entry(outcome: nil, note: text("checklist.prefill.smartUnread", unread.joined(separator: ", "))) }
            return TestRecord.Entry(outcome: .pass, note: text("checklist.prefill.smartPassed", measured.drives.map(\.name).joined(separator: ", ")))
        case "memory":
            guard let bytes = measured.memoryBytes, bytes > 0 else { return nil }
            return TestRecord.Entry(outcome: .pass, note: text("checklist.prefill.memory",
                                                               QuantityFormat.memorySize(Double(bytes), language: language, unitSeparator: "\u{00A0}")))
        case "disks":
            guard !measured.drives.isEmpty else { return TestRecord.Entry(outcome: nil, note: text("checklist.prefill.noDrive")) }
            let listed = measured.drives.map {
                "\($0.name) " + QuantityFormat.diskSize(Double($0.sizeBytes), language: language, unitSeparator: "\u{00A0}")
            }.joined(separator: ", ")
            return TestRecord.Entry(outcome: .pass, note: text("checklist.prefill.disks", listed))
        default:
            return nil
        }
    }
}
