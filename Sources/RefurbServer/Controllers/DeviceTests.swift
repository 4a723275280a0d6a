import Diagnostics
import Foundation
import RefurbCore
import RefurbStore

/// A device's tests as the bench page, the API and the printed record need them: the checklist of its
/// category (the current version), its latest record, and what the latest hardware report suggests for
/// the tests the probe measured.
struct DeviceTests {
    let device: Device
    let checklist: TestChecklist
    let record: TestRecord?
    let prefill: [String: TestRecord.Entry]

    static func load(_ tag: AssetTag, state: ServiceState, language: Language) throws -> DeviceTests {
        guard let device = try state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        guard let checklist = try state.database.testChecklist(for: device.category)?.checklist else {
            throw StoreError.notFound(Message("store.checklistMissing", device.category.rawValue))
        }
        let record = try state.database.facts(for: tag).tests
        var prefill: [String: TestRecord.Entry] = [:]
        if let body = try state.database.latestReport(of: tag), let report = try? HardwareReport.decode(from: body) {
            prefill = ChecklistPrefill.entries(for: checklist, measured: ProbeMeasurements(report), in: language)
        }
        return DeviceTests(device: device, checklist: checklist, record: record, prefill: prefill)
    }

    /// The answer to show for a test: the record's, else the report's suggestion, else none.
    func shown(_ item: ChecklistItem) -> (entry: TestRecord.Entry, answer: ChecklistAnswer?, suggested: Bool) {
        if let answer = record?.answers.first(where: { $0.item.key == item.key }), answer.outcome != nil || answer.note != nil {
            return (TestRecord.Entry(outcome: answer.outcome, note: answer.note), answer, false)
        }
        if let suggestion = prefill[item.key] { return (suggestion, nil, true) }
        return (TestRecord.Entry(outcome: nil), nil, false)
    }
}
