import Foundation
import Hummingbird
import RefurbCore
import RefurbStore

/// The office dashboard: devices in and out per week, time spent at each stage, kg diverted from
/// waste and the stock by stage, as charts drawn on the server with a table beside each.
struct OfficeDashboardPage {
    let state: ServiceState
    let pages: PageLibrary

    static let weeks = 12
    static let inColor = "#0b5cad"
    static let outColor = "#a34c00"

    func register(on routes: APIRoutes) {
        routes.page(.get, Office.Section.dashboard.path, Office.Section.dashboard.access) { _, context in
            try await render(context, now: Date())
        }
    }

    func render(_ context: RefurbRequestContext, now: Date) async throws -> HTMLResponse {
        let language = context.language
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = WorkshopClock.timeZone
        let statistics = try await state.database.workshopStatistics(weeks: Self.weeks, now: now, calendar: calendar)
        let stock = try await state.database.deviceCountsByStage()

        var values = Office.values(context, section: .dashboard, title: Office.text("ui.office.dashboard.title", in: language))
        let since = statistics.periodStart.map { Office.day($0, in: language) } ?? ""
        values["since"] = since
        values.merge(flows(statistics.weeks, since: since, in: language)) { _, new in new }
        values.merge(stageTimes(statistics.stageTimes, since: since, in: language)) { _, new in new }
        values.merge(stockValues(stock, in: language)) { _, new in new }
        values["weight"] = weightValues(statistics.weight, in: language)
        return HTMLResponse(html: pages.render(values, page: "office"))
    }

    private func flows(_ weeks: [WeeklyFlow], since: String, in language: Language) -> [String: Any] {
        let received = weeks.reduce(0) { $0 + $1.received }
        let left = weeks.reduce(0) { $0 + $1.left }
        let chart = GroupedBarChart(
            id: "chart-flow",
            title: Office.text("ui.office.flow.title", in: language),
            description: Office.text("ui.office.flow.desc", String(weeks.count), since, String(received), String(left), in: language),
            series: [.init(name: Office.text("ui.office.flow.in", in: language), cssClass: "series-in", color: Self.inColor),
                     .init(name: Office.text("ui.office.flow.out", in: language), cssClass: "series-out", color: Self.outColor)],
            groups: weeks.map { .init(label: OfficeFormat.weekLabel($0.weekStart, in: language), values: [$0.received, $0.left]) })
        return [
            "flowChart": chart.svg(),
            "flowRows": weeks.map { week -> [String: Any] in
                ["week": Office.day(week.weekStart, in: language), "received": week.received, "sold": week.sold,
                 "donated": week.donated, "recycled": week.recycled, "left": week.left]
            },
            "flowTotals": ["received": received, "sold": weeks.reduce(0) { $0 + $1.sold }, "donated": weeks.reduce(0) { $0 + $1.donated },
                           "recycled": weeks.reduce(0) { $0 + $1.recycled }, "left": left],
        ]
    }

    private func stageTimes(_ times: [StageTime], since: String, in language: Language) -> [String: Any] {
        let noData = Office.text("ui.office.stages.noData", in: language)
        let bars = times.map { time in
            HorizontalBarChart.Bar(label: time.stage.label.text(in: language, catalog: UIMessages.catalog), value: time.medianDays,
                                   valueText: time.medianDays.map { OfficeFormat.duration(days: $0, in: language) } ?? noData)
        }
        let chart = HorizontalBarChart(id: "chart-stages", title: Office.text("ui.office.stages.title", in: language),
                                       description: Office.text("ui.office.stages.desc", since, in: language), bars: bars)
        return [
            "stageChart": chart.svg(),
            "stageRows": zip(times, bars).map { time, bar -> [String: Any] in
                ["stage": bar.label, "median": bar.valueText, "stays": time.stays]
            },
        ]
    }

    private func stockValues(_ counts: [String: Int], in language: Language) -> [String: Any] {
        let rows = Stage.allCases.map { stage in (stage, counts[stage.rawValue] ?? 0) }
        let inWorkshop = rows.filter { !$0.0.hasLeftWorkshop }.reduce(0) { $0 + $1.1 }
        let bars = rows.map { stage, count in
            HorizontalBarChart.Bar(label: stage.label.text(in: language, catalog: UIMessages.catalog), value: Double(count),
                                   valueText: OfficeFormat.grouped(count, in: language))
        }
        var chart = HorizontalBarChart(id: "chart-stock", title: Office.text("ui.office.stock.title", in: language),
                                       description: Office.text("ui.office.stock.desc", String(inWorkshop), in: language), bars: bars)
        chart.cssClass = "bar-stock"
        chart.color = "#14304f"
        return [
            "stockChart": chart.svg(),
            "stockRows": zip(rows, bars).map { row, bar -> [String: Any] in
                ["stage": bar.label, "count": bar.valueText, "left": row.0.hasLeftWorkshop]
            },
            "stockInWorkshop": OfficeFormat.grouped(inWorkshop, in: language),
        ]
    }

    private func weightValues(_ weight: DivertedWeight, in language: Language) -> [String: Any] {
        [
            "collected": OfficeFormat.kilograms(grams: weight.collectedGrams, in: language),
            "reused": OfficeFormat.kilograms(grams: weight.reusedGrams, in: language),
            "recycled": OfficeFormat.kilograms(grams: weight.recycledGrams, in: language),
            "inWorkshop": OfficeFormat.kilograms(grams: weight.inWorkshopGrams, in: language),
            "basis": Office.text("ui.office.weight.basis", String(weight.weighedLots), String(weight.unweighedLots),
                                 String(weight.estimatedDevices), in: language)
                + (weight.outOfRangeLots > 0 ? " " + Office.text("range.lotsOutOfRange", String(weight.outOfRangeLots), in: language) : ""),
            "typical": DeviceCategory.allCases.map { category -> [String: Any] in
                ["category": Message("category.\(category.rawValue)").text(in: language, catalog: UIMessages.catalog),
                 "weight": OfficeFormat.kilograms(grams: category.typicalWeightGrams, in: language)]
            },
        ]
    }
}
