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

    static func load(_ tag: AssetTag, state: ServiceState, language: Language) async throws -> DeviceTests {
        guard let device = try await state.database.device(tag: tag) else { throw StoreError.deviceNotFound(tag.text) }
        let report = try await state.database.latestReport(of: tag).flatMap { try? HardwareReport.decode(from: $0) }
        return try await load(device, facts: try await state.database.facts(for: tag), report: report, state: state, language: language)
    }

    /// The same from what a page has already read (the device, its facts, its latest report decoded), so that
    /// the bench page does not read and decode them twice.
    static func load(_ device: Device, facts: LifecycleFacts, report: HardwareReport?, state: ServiceState,
                     language: Language) async throws -> DeviceTests {
        guard let checklist = try await state.database.testChecklist(for: device.category, version: nil)?.checklist else {
            throw StoreError.notFound(Message("store.checklistMissing", device.category.rawValue))
        }
        let prefill = report.map { ChecklistPrefill.entries(for: checklist, measured: ProbeMeasurements($0), in: language) } ?? [:]
        return DeviceTests(device: device, checklist: checklist, record: facts.tests, prefill: prefill)
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
