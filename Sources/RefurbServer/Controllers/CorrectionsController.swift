import Foundation
import Hummingbird
import RefurbCore
import RefurbStore
import RefurbWire

/// Corrections of what was recorded about a device or a lot: the fields to change, a reason, and the
/// version that was read (a device or lot changed since is a 409, as for moves). Who may correct what is
/// `CorrectionRule`, checked in the store with the caller's roles.
struct CorrectionsController {
    let state: ServiceState

    struct DeviceBody: Decodable, Sendable {
        let serial: String?
        let category: String?
        let manufacturer: String?
        let model: String?
        /// What the shop calls the device on its price label and card.
        let displayName: String?
        let reason: String?
        let version: Int?
        /// The person confirmed a serial that does not look like one (too short, no letter or digit).
        let confirmUnusualSerial: Bool?
    }

    struct LotBody: Decodable, Sendable {
        let donor: String?
        let site: String?
        let declaredCount: Int?
        /// Kilograms as people write them: "12", "12.5" or "12,5".
        let weightKg: String?
        /// "public", "company", "association" or "individual"; absent leaves it as it is.
        let donorType: String?
        let reason: String?
        let version: Int?
    }

    func register(on routes: APIRoutes) {
        routes.add(.patch, "/api/devices/{tag}", .permission(.correct)) { request, context in
            let body = try await request.decode(as: DeviceBody.self, context: context)
            let device = try await Self.correctDevice(body, tag: try DevicesController.tag(context), state: state, context: context)
            return JSONResponse(DeviceView(device))
        }
        routes.add(.patch, "/api/lots/{code}", .permission(.openLot)) { request, context in
            let body = try await request.decode(as: LotBody.self, context: context)
            let code = try LotCode(parsing: try context.parameter("code"))
            try RequestNumbers.checkIfPresent(body.declaredCount, .deviceCount, field: "declaredCount")
            let correction = try LotCorrection(donorName: body.donor, site: body.site, declaredCount: body.declaredCount,
                                               weightKilograms: body.weightKg,
                                               donorType: try body.donorType.map(DonorType.init(parsing:)), reason: body.reason)
            let summary = try await state.database.correctLot(code, correction, expectedVersion: body.version,
                                                        actor: try context.actor(), at: Date())
            return JSONResponse(LotView(summary.lot, deviceCount: summary.deviceCount, version: summary.version))
        }
    }

    /// Shared by the API and the pages' forms.
    static func correctDevice(_ body: DeviceBody, tag: AssetTag, state: ServiceState, context: RefurbRequestContext) async throws -> Device {
        let credential = try context.require(.correct)
        let correction = try DeviceCorrection(serial: body.serial, category: body.category, manufacturer: body.manufacturer,
                                              model: body.model, displayName: body.displayName, reason: body.reason,
                                              confirmedUnusualSerial: body.confirmUnusualSerial ?? false)
        return try await state.database.correct(tag, correction, roles: credential.account.roles, expectedVersion: body.version,
                                          actor: try context.actor(), at: Date())
    }
}
