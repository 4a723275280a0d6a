import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The register of second-hand goods in the office: choose the days, see the last lines (each day with
/// its seal), download the whole as CSV or PDF (`GET /api/register`).
struct OfficeRegisterPage {
    let state: ServiceState
    let pages: PageLibrary

    /// The most lines the preview shows: the last ones of the range; the files have them all.
    static let previewLimit = 200

    func register(on routes: APIRoutes) {
        let section = Office.Section.register
        routes.page(.get, section.path, section.access) { request, context -> Response in
            let query = request.uri.queryParameters
            let today = CivilDay(WorkshopClock.today())!
            let typed = ["from": query["from"].map(String.init) ?? today.adding(days: -30).text,
                         "to": query["to"].map(String.init) ?? today.text]
            do {
                let (from, to) = try RegisterExport.range(from: typed["from"]!, to: typed["to"]!)
                let extract = try await RegisterController.extract(state, from: from, to: to, actor: try context.actor())
                return try render(context, typed: typed, extract: extract, range: (from, to)).response(from: request, context: context)
            } catch {
                let refusal = Office.refusal(error, in: context.language)
                guard refusal.status.code < 500 else { throw error }
                return try render(context, status: refusal.status, typed: typed, extract: nil, range: nil, error: refusal.text)
                    .response(from: request, context: context)
            }
        }
    }

    private func render(_ context: RefurbRequestContext, status: HTTPResponse.Status = .ok, typed: [String: String],
                        extract: RegisterExtract?, range: (CivilDay, CivilDay)?, error: String? = nil) throws -> HTMLResponse {
        let language = context.language
        var values = Office.values(context, section: .register, title: Office.text("ui.register.title", in: language))
        values["typed"] = typed
        if let error { values["error"] = error }
        if let extract, let (from, to) = range {
            let shown = extract.lines.suffix(Self.previewLimit)
            let label = { (message: Message) in message.text(in: language, catalog: UIMessages.catalog) }
            var days: [[String: Any]] = []
            for line in shown {
                let row = Office.compact([
                    "number": line.number.map(String.init) ?? "—", "time": WorkshopClock.displayTime(line.occurredAt),
                    "movement": label(line.movement.label), "entry": line.movement == .entry ? "true" : nil,
                    "reason": label(line.reason.label), "tag": line.assetTag, "object": line.description, "serial": line.serial ?? "—",
                    "provenance": line.provenance, "payment": RegisterExport.paymentWords(line, in: language),
                    "amount": line.amountCents.map { MoneyFormat.string(Money(cents: Int($0)), in: language) },
                ])
                if days.last?["day"] as? String != line.day {
                    let day = CivilDay(line.day)?.shown(in: language) ?? line.day
                    let seal = extract.seals[line.day]
                    days.append(Office.compact([
                        "day": line.day, "shown": day, "lines": [[String: Any]](),
                        "seal": seal.map { Office.text("ui.register.sealedDay", String($0.firstNumber), String($0.lastNumber), $0.shortHash, $0.keyId, in: language) },
                        "open": seal == nil ? Office.text(line.day == extract.today ? "register.today" : "register.unsealed", in: language) : nil,
                    ]))
                }
                var last = days.removeLast()
                last["lines"] = (last["lines"] as? [[String: Any]] ?? []) + [row]
                days.append(last)
            }
            values["days"] = days
            values["count"] = Office.text("ui.register.count", String(extract.lines.count), String(extract.seals.count), in: language)
            if extract.lines.count > shown.count {
                values["truncated"] = Office.text("ui.register.truncated", String(shown.count), in: language)
            }
            if extract.lines.isEmpty { values["none"] = true }
            values["csvHref"] = "/api/register?from=\(from.text)&to=\(to.text)&format=csv"
            values["pdfHref"] = "/api/register?from=\(from.text)&to=\(to.text)&format=pdf"
        }
        return HTMLResponse(html: pages.render(values, page: "office-register"), status: status)
    }
}
