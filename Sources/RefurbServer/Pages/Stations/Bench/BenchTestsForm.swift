import Foundation
import RefurbCore
import RefurbStore

extension BenchPages {
    /// The bench's test checklist form: every test at once, recorded through the same store operation as
    /// `POST /api/devices/{tag}/tests`, then back to the tests on the device page.
    func registerTestsForm(on routes: APIRoutes) {
        routes.page(.post, "/bench/{tag}/tests", .permission(.submitDiagnostics)) { request, context in
            try await submit(request, context, section: "tests") { tag, form in
                let tests = try await DeviceTests.load(tag, state: state, language: context.language)
                _ = try await state.database.recordTests(tag, entries: BenchTestsView.entries(form, checklist: tests.checklist),
                                                   checklistVersion: form["checklistVersion"].flatMap { Int($0) },
                                                   prefill: tests.prefill, expectedVersion: nil, actor: try context.actor(), at: Date())
                return "tests"
            }
        }
    }
}
