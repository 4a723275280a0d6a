import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// Lots of donated equipment: opened at reception, listed, looked up by code.
struct LotsController {
    let state: ServiceState

    struct NewLot: Decodable, Sendable {
        let donor: String
        let site: String?
        let declaredCount: Int?
        /// Kilograms as people write them: "12", "12.5" or "12,5".
        let weightKg: String?
        /// "public", "company", "association" or "individual"; absent when nobody said.
        let donorType: String?
    }

    func register(on routes: APIRoutes) {
        routes.add(.post, "/api/lots", .permission(.openLot)) { request, context in
            let body = try await request.decode(as: NewLot.self, context: context)
            let input = try LotInput(donorName: body.donor, site: body.site, declaredCount: body.declaredCount,
                                     weightKilograms: body.weightKg, donorType: try body.donorType.map(DonorType.init(parsing:)))
            let now = Date()
            let lot = try await state.database.openLot(input, receivedOn: WorkshopClock.today(now), actor: try context.actor(), at: now)
            return JSONResponse(LotView(lot, deviceCount: 0), status: .created)
        }
        routes.add(.get, "/api/lots", .signedIn) { _, _ in
            JSONResponse(try await state.database.lots().map { LotView($0.lot, deviceCount: $0.deviceCount) })
        }
        routes.add(.get, "/api/lots/{code}", .signedIn) { _, context in
            let code = try LotCode(parsing: try context.parameter("code"))
            guard let summary = try await state.database.lot(code: code) else { throw StoreError.lotNotFound(code.text) }
            return JSONResponse(LotView(summary.lot, deviceCount: summary.deviceCount, version: summary.version))
        }
    }
}
