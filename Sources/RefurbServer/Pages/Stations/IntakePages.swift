import Foundation
import HTTPTypes
import Hummingbird
import RefurbCore
import RefurbStore

/// The intake station: open or choose a lot, then scan each device's serial number; the device is
/// created, its label prints, and the lot's scans run in a list with undo of the last one.
/// `intake.js` does the scanning in place (keyboard-wedge speed, double reads, category keys, printing);
/// without it the forms below still work, one page load per scan.
struct IntakePages {
    let state: ServiceState
    let pages: PageLibrary

    func register(on routes: APIRoutes) {
        routes.page(.get, "/intake", .permission(.intake)) { request, context in
            let query = request.uri.queryParameters
            return try await render(context, request: IntakePage.Request(
                lot: query["lot"].map(String.init), tag: query["tag"].map(String.init),
                done: query["done"].map(String.init)))
        }
        routes.page(.post, "/intake/lots", .permission(.openLot)) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            do {
                let lot = try await IntakeForms.openLot(form, state: state, context: context)
                return HTMLResponse.redirect(to: IntakePage.path(lot: lot.code.text))
            } catch {
                let detail = IntakeForms.describe(error, language: context.language)
                return try await render(context, request: IntakePage.Request(lot: form["current"], lotForm: form, lotError: detail),
                                  status: .unprocessableContent).response(from: request, context: context)
            }
        }
        // The pallet's label, on the default printer (POST/redirect/GET); a refusal is said above the scans.
        routes.page(.post, "/intake/lots/{code}/label", .permission(.printLabel)) { request, context -> Response in
            let code = try LotCode(parsing: try context.parameter("code"))
            do {
                _ = try await LabelsController(state: state).printLotLabel(code, printer: nil, language: context.language)
                return HTMLResponse.redirect(to: IntakePage.path(lot: code.text, done: "lot-label"))
            } catch {
                let detail = IntakeForms.describe(error, language: context.language)
                let status = HTTPResponse.Status(code: ProblemMiddleware.problem(for: error, language: context.language).0.status)
                return try await render(context, request: IntakePage.Request(lot: code.text, scanError: detail), status: status)
                    .response(from: request, context: context)
            }
        }
        routes.page(.post, "/intake/scan", .permission(.intake)) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            do {
                return HTMLResponse.redirect(to: try await IntakeForms.scan(form, state: state, context: context))
            } catch {
                let detail = IntakeForms.describe(error, language: context.language)
                var page = IntakePage.Request(lot: form["lot"], category: form["category"], scanError: detail)
                if case IntakeInputError.scan(.scannerKeyboardLayout) = error { page.scannerLayoutError = true }
                return try await render(context, request: page, status: .unprocessableContent).response(from: request, context: context)
            }
        }
        routes.page(.post, "/intake/void", .permission(.intake)) { request, context -> Response in
            var request = request
            let form = FormFields(String(buffer: try await request.collectBody(upTo: 16 * 1024)))
            do {
                return HTMLResponse.redirect(to: try await IntakeForms.void(form, state: state, context: context))
            } catch {
                let detail = IntakeForms.describe(error, language: context.language)
                return try await render(context, request: IntakePage.Request(lot: form["lot"], scanError: detail),
                                  status: .unprocessableContent).response(from: request, context: context)
            }
        }
    }

    private func render(_ context: RefurbRequestContext, request: IntakePage.Request,
                        status: HTTPResponse.Status = .ok) async throws -> HTMLResponse {
        let values = try await IntakePage(state: state).values(for: request, context: context)
        return HTMLResponse(html: pages.render(values, page: "intake"), status: status)
    }
}
