import Foundation
import Hummingbird
import RefurbCore
import RefurbStore

/// Returns per model, per grade at the sale and per technician, with the rate of each: what the
/// workshop had better stop selling, or test better.
struct OfficeReturnsPage {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        let section = Office.Section.returns
        routes.page(.get, section.path, section.access) { _, context in
            let language = context.language
            var values = Office.values(context, section: section, title: Office.text("ui.office.returns.title", in: language))
            let statistics = try await state.database.claimStatistics()
            let unknown = Office.text("ui.office.returns.unknown", in: language)
            func rows(_ list: [ClaimStatistics.Row], name: (String) -> String) -> [[String: String]] {
                list.map { row in
                    ["key": row.key.isEmpty ? unknown : name(row.key), "sold": String(row.sold), "returned": String(row.returned),
                     "rate": Self.rate(row, in: language)]
                }
            }
            values["byModel"] = rows(statistics.byModel) { key in
                key.hasPrefix("category:") ? Office.text("category.\(key.dropFirst("category:".count))", in: language) : key
            }
            values["byGrade"] = rows(statistics.byGrade) { Grade(rawValue: $0)?.label.text(in: language, catalog: UIMessages.catalog) ?? $0 }
            values["byTechnician"] = rows(statistics.byTechnician) { $0 }
            if statistics.byModel.isEmpty { values["none"] = true }
            return HTMLResponse(html: pages.render(values, page: "office-returns"))
        }
    }

    /// "12 %" or "12%": whole percent, rounded half up.
    static func rate(_ row: ClaimStatistics.Row, in language: Language) -> String {
        let percent = row.sold == 0 ? 0 : (row.returned * 200 + row.sold) / (row.sold * 2)
        return language == .fr ? "\(percent)\u{00A0}%" : "\(percent)%"
    }
}
