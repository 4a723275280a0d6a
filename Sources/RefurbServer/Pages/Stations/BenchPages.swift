import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The bench station's pages: scan a device to open it, then everything the technician needs about
/// it on one page, and the live board of wipes across all benches. Every form works without script;
/// `bench.js` makes the moves answer in place and keeps the board live.
struct BenchPages {
    let state: ServiceState
    let pages: PageLibrary
    let progress: WipeProgressBoard

    /// Stages whose devices are waiting at the benches, listed on the landing page.
    static let benchStages: [Stage] = [.received, .diagnosed, .inRepair, .wiped]
    /// Devices listed when words typed in the scan field find several; more asks for another word.
    static let matchesShown = 12

    func register(on routes: APIRoutes) {
        routes.page(.get, "/bench", .permission(.submitDiagnostics)) { request, context -> Response in
            let code = request.uri.queryParameters["code"].map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard !code.isEmpty else { return try await landing(context, scanned: nil, error: nil).response(from: request, context: context) }
            do {
                switch try await state.database.resolve(scan: code) {
                case .device(let device):
                    return HTMLResponse.redirect(to: "/bench/\(device.assetTag.text)")
                case .lot(let summary):
                    let words = BenchWords(language: context.language)
                    return try await landing(context, scanned: code, error: (words("ui.bench.scan.isLot", summary.lot.code.text), .unprocessableContent))
                        .response(from: request, context: context)
                }
            } catch StoreError.deviceNotFound(let missing) {
                // Not a tag nor a serial: words (maker, model, start of a serial) searched in the device index.
                let found = try await state.database.devices(matching: DeviceFilter(search: code, limit: Self.matchesShown + 1))
                if found.count == 1 { return HTMLResponse.redirect(to: "/bench/\(found[0].assetTag.text)") }
                if found.isEmpty {
                    let (problem, _) = ProblemMiddleware.problem(for: StoreError.deviceNotFound(missing), language: context.language)
                    return try await landing(context, scanned: code, error: (problem.detail, HTTPResponse.Status(code: problem.status)))
                        .response(from: request, context: context)
                }
                return try await landing(context, scanned: code, error: nil, matches: found).response(from: request, context: context)
            } catch {
                let (problem, _) = ProblemMiddleware.problem(for: error, language: context.language)
                return try await landing(context, scanned: code, error: (problem.detail, HTTPResponse.Status(code: problem.status)))
                    .response(from: request, context: context)
            }
        }
        routes.page(.get, "/bench/{tag}", .permission(.submitDiagnostics)) { request, context in
            let tag = try DevicesController.tag(context)
            let feedback = BenchDevicePage.Feedback(done: request.uri.queryParameters["done"].map(String.init))
            return try await device(tag, context: context, feedback: feedback)
        }
        registerForms(on: routes)
        registerTestsForm(on: routes)
    }

    func device(_ tag: AssetTag, context: RefurbRequestContext, feedback: BenchDevicePage.Feedback,
                status: HTTPResponse.Status = .ok) async throws -> HTMLResponse {
        let values = try await BenchDevicePage(state: state, progress: progress).values(for: tag, context: context, feedback: feedback)
        return HTMLResponse(html: pages.render(values, page: "bench-device"), status: status)
    }

    private func landing(_ context: RefurbRequestContext, scanned: String?,
                         error: (text: String, status: HTTPResponse.Status)?, matches: [Device] = []) async throws -> HTMLResponse {
        let words = BenchWords(language: context.language)
        var values = PageContext.base(context, page: "bench", title: words("ui.bench.title"))
        values["code"] = scanned ?? ""
        if let error { values["scanError"] = error.text }
        if !matches.isEmpty {
            let shown = matches.prefix(Self.matchesShown)
            values["matches"] = shown.map { device -> [String: Any] in
                var row: [String: Any] = [
                    "tag": device.assetTag.text, "stage": words.text(device.stage.label),
                    "category": words("category." + device.category.rawValue), "lot": device.lotCode.text,
                    "serial": device.serial?.text ?? "—",
                ]
                let name = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
                if !name.isEmpty { row["name"] = name }
                return row
            }
            values["matchesText"] = matches.count > Self.matchesShown
                ? words("ui.bench.search.many", String(Self.matchesShown), scanned ?? "")
                : words("ui.bench.search.found", String(matches.count), scanned ?? "")
            if matches.count > Self.matchesShown { values["matchesMore"] = words("ui.bench.search.more", String(Self.matchesShown)) }
        }
        let now = Date()
        values["board"] = BenchBoard.values(progress.running(at: now), now: now, language: context.language)
        var waiting: [[String: Any]] = []
        for stage in Self.benchStages {
            for device in try await state.database.devices(matching: DeviceFilter(stage: stage, limit: 25)) {
                var row: [String: Any] = [
                    "tag": device.assetTag.text, "stage": words.text(stage.label),
                    "category": words("category." + device.category.rawValue), "lot": device.lotCode.text,
                ]
                let name = [device.manufacturer, device.model].compactMap { $0 }.joined(separator: " ")
                if !name.isEmpty { row["name"] = name }
                waiting.append(row)
            }
        }
        values["waiting"] = waiting
        values["hasWaiting"] = !waiting.isEmpty
        return HTMLResponse(html: pages.render(values, page: "bench"), status: error?.status ?? .ok)
    }
}
