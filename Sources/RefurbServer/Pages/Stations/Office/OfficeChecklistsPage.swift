import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// Admins change each category's test checklist: which tests are in it, which are mandatory, tests of the
/// workshop's own, and the battery's threshold. Saving makes a new version; devices already tested keep
/// the version they were tested with.
struct OfficeChecklistsPage {
    let state: ServiceState
    let pages: PageLibrary
    /// Empty lines offered for tests of the workshop's own.
    static let newLines = 2

    func register(on routes: APIRoutes) {
        let section = Office.Section.checklists
        routes.page(.get, section.path, section.access) { request, context in
            let category = request.uri.queryParameters["category"].flatMap { DeviceCategory(rawValue: String($0)) } ?? .laptop
            return try await render(context, category: category, form: nil, extra: Office.noticeValues(from: request, in: context.language))
        }
        routes.page(.post, section.path, section.access) { request, context -> Response in
            let form = try await Office.form(request)
            let category = form["category"].flatMap(DeviceCategory.init(rawValue:)) ?? .laptop
            do {
                let edited = try Self.checklist(from: form, category: category)
                let saved = try await state.database.saveTestChecklist(edited, actor: try context.actor(), at: Date())
                let subject = Office.text("ui.office.checklists.subject", Office.text("category.\(category.rawValue)", in: context.language),
                                          String(saved.checklist.version), in: context.language)
                return HTMLResponse.redirect(to: "\(section.path)?category=\(category.rawValue)&done=checklist-saved&subject="
                                             + (subject.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try await render(context, category: category, form: form, status: refusal.status, extra: ["error": refusal.text])
                    .response(from: request, context: context)
            }
        }
    }

    /// The checklist the form describes, in the rows' order: each row kept (`include.KEY`), mandatory or not,
    /// an added test with its words; a new line with words becomes a test of the workshop's own.
    static func checklist(from form: FormFields, category: DeviceCategory) throws -> TestChecklist {
        let order = (form["order"] ?? "").split(separator: ",").map(String.init)
        var items: [ChecklistItem] = []
        for key in order where form["include.\(key)"] == "yes" {
            items.append(ChecklistItem(key: key, label: key.hasPrefix("custom-") ? form["label.\(key)"] : nil,
                                       mandatory: form["mandatory.\(key)"] == "yes"))
        }
        var used = Set(order)
        for line in 1...newLines {
            guard let label = form["new.\(line).label"]?.trimmingSpaces(), !label.isEmpty else { continue }
            var number = 1
            while used.contains("custom-\(number)") { number += 1 }
            used.insert("custom-\(number)")
            items.append(ChecklistItem(key: "custom-\(number)", label: label, mandatory: form["new.\(line).mandatory"] == "yes"))
        }
        guard let threshold = Int((form["threshold"] ?? "").trimmingSpaces()) else {
            throw Office.InputError(message: Message("checklist.edit.threshold"))
        }
        do {
            return try TestChecklist.edited(category: category, items: items, batteryThresholdPercent: threshold)
        } catch {
            throw Office.InputError(message: error.message)
        }
    }

    private func render(_ context: RefurbRequestContext, category: DeviceCategory, form: FormFields?,
                        status: HTTPResponse.Status = .ok, extra: [String: Any]) async throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .checklists, title: Office.text("ui.office.checklists.title", in: language))
        let all = try await state.database.testChecklists()
        values["categories"] = all.map { saved -> [String: Any] in
            ["value": saved.checklist.category.rawValue, "current": saved.checklist.category == category,
             "label": Office.text("ui.office.checklists.tab", Office.text("category.\(saved.checklist.category.rawValue)", in: language),
                                  String(saved.checklist.version), in: language)]
        }
        guard let saved = all.first(where: { $0.checklist.category == category }) else {
            throw StoreError.notFound(Message("store.checklistMissing", category.rawValue))
        }
        let checklist = saved.checklist
        values["category"] = category.rawValue
        values["heading"] = Office.text("ui.office.checklists.heading", Office.text("category.\(category.rawValue)", in: language), in: language)
        values["version"] = Office.text("ui.office.checklists.version", String(checklist.version),
                                        Office.day(saved.savedAt, in: language), saved.savedBy, in: language)
        let rows = checklist.items.map { ($0, true) }
            + ChecklistItem.standardKeys.filter { key in !checklist.items.contains { $0.key == key } }
                .map { (ChecklistItem(key: $0, mandatory: false), false) }
        values["order"] = rows.map(\.0.key).joined(separator: ",")
        values["rows"] = rows.map { item, included -> [String: Any] in
            var row: [String: Any] = [
                "key": item.key, "name": item.name(in: language, catalog: UIMessages.catalog),
                "included": form.map { $0["include.\(item.key)"] == "yes" } ?? included,
                "mandatory": form.map { $0["mandatory.\(item.key)"] == "yes" } ?? item.mandatory,
                "custom": !item.isStandard,
            ]
            if !item.isStandard { row["label"] = form?["label.\(item.key)"] ?? item.label ?? "" }
            if let help = item.help(in: language) { row["help"] = help }
            return row
        }
        values["newLines"] = (1...Self.newLines).map { line -> [String: Any] in
            ["line": line, "label": form?["new.\(line).label"] ?? "", "mandatory": form?["new.\(line).mandatory"] == "yes"]
        }
        values["threshold"] = form?["threshold"] ?? String(checklist.batteryThresholdPercent)
        values.merge(extra) { _, new in new }
        return HTMLResponse(html: pages.render(values, page: "office-checklists"), status: status)
    }
}
